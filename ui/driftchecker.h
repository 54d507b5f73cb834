// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/driftstate.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace Berth::Ui {

class RegistryClientPool;

// Asks registries what local tags name now (DriftProbe's manifest HEAD), on the browsing
// thread with the pool's clients (each registry's stored login, or anonymous). At most
// InFlightPerHost requests per registry at a time, so a page of rows is no burst against
// one registry; each registry has a queue of its own, so a host that does not answer
// (or resolve) holds up none of the others.
class DriftChecker final : public QObject
{
    Q_OBJECT

public:
    static constexpr int InFlightPerHost = 2;

    explicit DriftChecker(RegistryClientPool *pool, QObject *parent = nullptr);

    // From any thread: asks for each reference ("host/repository:tag", or a familiar one
    // such as "alpine:3.19") unless it is queued or under way already.
    void check(const QStringList &references);

Q_SIGNALS:
    void answered(const QString &reference, const Berth::Registry::RemoteTagAnswer &answer);

private:
    struct Host
    {
        QStringList queue;
        int running = 0;
    };

    void checkHere(const QStringList &references);
    void pump(const QString &domain);
    void finish(const QString &reference, const Registry::RemoteTagAnswer &answer);

    RegistryClientPool *m_pool;
    QHash<QString, Host> m_hosts;
    QSet<QString> m_asked; // queued or under way
};

} // namespace Berth::Ui
