// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/enginesession.h"

#include "cli/interrupt.h"

#include <QCoreApplication>

namespace Berth::Cli {

std::unique_ptr<EngineSession> EngineSession::open(const GlobalOptions &global,
                                                   const Console &console)
{
    const auto endpoint = Engine::EngineEndpoint::resolve(global.context, global.host);
    if (!endpoint) {
        console.err(QStringLiteral("berthctl: ") + endpoint.error().message() + u'\n');
        return nullptr;
    }
    return std::unique_ptr<EngineSession>(new EngineSession(*endpoint, global));
}

EngineSession::EngineSession(const Engine::EngineEndpoint &endpoint, const GlobalOptions &global)
    : m_client(new Engine::EngineClient(endpoint, &m_context))
    , m_images(new Engine::EngineImages(m_client, &m_context))
    , m_interrupt(new Interrupt(&m_context))
{
    if (global.timeoutSeconds > 0)
        m_client->setApiIdleTimeout(std::chrono::seconds(global.timeoutSeconds));
}

EngineSession::~EngineSession() = default;

QString EngineSession::cancelledText()
{
    return QCoreApplication::translate("Berth::Cli::EngineSession", "cancelled");
}

} // namespace Berth::Cli
