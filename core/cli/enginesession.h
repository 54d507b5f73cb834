// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "cli/command.h"
#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "engine/enginestream.h"

#include <QEventLoop>
#include <QPointer>

#include <memory>
#include <optional>

namespace Berth::Cli {

// The engine as one berthctl command uses it: the client for --host / DOCKER_HOST, and a
// way to wait for an asynchronous result while Ctrl-C cancels what is running.
class EngineSession final
{
public:
    // Fails (with a usage error printed) when the endpoint is not an address.
    static std::unique_ptr<EngineSession> open(const GlobalOptions &global, const Console &console);
    ~EngineSession();

    Engine::EngineClient &client() { return *m_client; }
    Engine::EngineImages &images() { return *m_images; }

    // Runs start(context, done) and the event loop until done is called. If start returns
    // a stream, Ctrl-C cancels it; otherwise Ctrl-C ends the wait with Cancelled.
    template<typename T, typename Start> Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        QEventLoop loop;
        auto done = [&result, &loop](const Result<T> &r) {
            result = r;
            loop.quit();
        };
        QPointer<Engine::EngineStream> stream;
        if constexpr (std::is_same_v<decltype(start(&loop, done)), Engine::EngineStream *>)
            stream = start(&loop, done);
        else
            start(&loop, done);
        const auto connection = onInterrupt([&] {
            if (stream)
                stream->cancel();
            else {
                result = Error(ErrorKind::Cancelled, cancelledText());
                loop.quit();
            }
        });
        if (!result)
            loop.exec();
        QObject::disconnect(connection);
        return *result;
    }

private:
    EngineSession(const Engine::EngineEndpoint &endpoint, const GlobalOptions &global);
    QMetaObject::Connection onInterrupt(std::function<void()> handler);
    static QString cancelledText();

    QObject m_context;
    Engine::EngineClient *m_client;
    Engine::EngineImages *m_images;
    QObject *m_interrupt;
};

} // namespace Berth::Cli
