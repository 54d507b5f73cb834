// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "cli/command.h"
#include "cli/interruptiblewait.h"
#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "engine/enginestream.h"

#include <QPointer>

#include <memory>

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
        return interruptibleWait<T>(
            *m_interrupt, cancelledText(),
            [&start](QObject *context, std::function<void(const Result<T> &)> done) -> Canceller {
                if constexpr (std::is_same_v<decltype(start(context, done)),
                                             Engine::EngineStream *>) {
                    QPointer<Engine::EngineStream> stream = start(context, done);
                    return [stream] {
                        if (!stream)
                            return false;
                        stream->cancel(); // reports Cancelled through done
                        return true;
                    };
                } else {
                    start(context, done);
                    return {};
                }
            });
    }

private:
    EngineSession(const Engine::EngineEndpoint &endpoint, const GlobalOptions &global);
    static QString cancelledText();

    QObject m_context;
    Engine::EngineClient *m_client;
    Engine::EngineImages *m_images;
    Interrupt *m_interrupt;
};

} // namespace Berth::Cli
