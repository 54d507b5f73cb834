// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Berth::Registry {

// What a caller may do to one try of a request while it runs, whichever transport carries
// it (RegistryRequest through Qt's network access, DirectRequest on a socket of its own).
class RequestHandle : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void cancel() = 0;
    // Streaming: stops reading the answer (the socket's buffer fills and TCP slows the
    // sender) until resume(); the idle timer does not run meanwhile.
    virtual void pause() = 0;
    virtual void resume() = 0;
};

} // namespace Berth::Registry
