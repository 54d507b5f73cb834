// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Peers the integration tests run as processes (curl, the docker CLI) and the fault
// proxy's control API. Expected values come from these, never from Berth itself.
#include "testenv.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <optional>

namespace TestPeers {

// Runs a peer to completion; returns its stdout, trimmed, or nullopt (with a warning).
inline std::optional<QString> run(const QString &program, const QStringList &args,
                                  const QByteArray &input = {})
{
    QProcess process;
    process.start(program, args);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << program << args.join(u' ')
                             << "failed:" << process.readAllStandardError();
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

inline QByteArray curl(const QStringList &args)
{
    return run(QStringLiteral("curl"), QStringList{QStringLiteral("-sf")} + args)
        .value_or(QString())
        .toUtf8();
}

// Debian's docker CLI against the private dockerd.
inline std::optional<QString> docker(const QStringList &args)
{
    return run(QStringLiteral("/usr/bin/docker"),
               QStringList{QStringLiteral("-H"), TestEnv::dockerHost()} + args);
}

inline QString proxyControl()
{
    return TestEnv::readState(QStringLiteral("faultproxy"), QStringLiteral("control_url"));
}

// The fault proxy's control API (POST /control, /reset; GET /stats).
inline bool proxyFault(const QByteArray &json)
{
    return run(QStringLiteral("curl"),
               {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("POST"),
                QStringLiteral("-d"), QString::fromUtf8(json),
                proxyControl() + QStringLiteral("/control")})
        .has_value();
}

inline bool proxyReset()
{
    return run(QStringLiteral("curl"),
               {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("POST"),
                proxyControl() + QStringLiteral("/reset")})
        .has_value();
}

// GET /stats as it is now, or nullopt when it cannot be read: a test that counts what the
// proxy saw must not take an unreachable endpoint for "no requests".
inline std::optional<QJsonObject> readProxyStats()
{
    const auto body = run(QStringLiteral("curl"),
                          {QStringLiteral("-sf"), proxyControl() + QStringLiteral("/stats")});
    if (!body)
        return std::nullopt;
    const QJsonObject stats = QJsonDocument::fromJson(body->toUtf8()).object();
    if (!stats.contains(u"requests_total") || !stats.value(u"log").isArray())
        return std::nullopt;
    return stats;
}

// GET /stats once every request the proxy began is in its log, or nullopt. The proxy logs a
// request after it has answered it, so a client that has its answer may read the statistics
// before its request is in them. (The log keeps the last 1000.)
inline std::optional<QJsonObject> proxyStats()
{
    std::optional<QJsonObject> stats;
    const bool settled = QTest::qWaitFor(
        [&] {
            stats = readProxyStats();
            return stats && stats->value(u"log").toArray().size() ==
                                qMin(stats->value(u"requests_total").toInt(), 1000);
        },
        30000);
    if (!settled)
        qWarning("the proxy's log never caught up with its requests");
    return settled ? stats : std::nullopt;
}

// The client connections open at the proxy now, or -1 when its statistics cannot be read.
inline int proxyConnectionsOpen()
{
    const auto stats = readProxyStats();
    return stats ? stats->value(u"connections_open").toInt(-1) : -1;
}

// skopeo's digest of the manifest a tag names: the hash of its bytes as the registry serves
// them (run() trims the end, which a JSON body lacks). Empty when skopeo fails.
inline QString skopeoDigest(const QString &reference)
{
    const auto raw = run(QStringLiteral("skopeo"),
                         {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"),
                          QStringLiteral("--raw"), QStringLiteral("docker://") + reference});
    if (!raw)
        return {};
    return QStringLiteral("sha256:") +
           QString::fromLatin1(
               QCryptographicHash::hash(raw->toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace TestPeers
