// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the tests find the services of tests/env, which CTest fixtures start before them.
#include <QFile>
#include <QProcessEnvironment>
#include <QString>
#include <QTest>

namespace TestEnv {

inline QString envDir()
{
    return qEnvironmentVariable("BERTH_ENV_DIR");
}

inline QString binaryDir()
{
    return qEnvironmentVariable("BERTH_BINARY_DIR");
}

inline QString readState(const QString &service, const QString &file)
{
    QFile f(envDir() + u'/' + service + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

// The private dockerd's endpoint (unix://...), or empty when it does not run.
inline QString dockerHost()
{
    return envDir().isEmpty() ? QString()
                              : readState(QStringLiteral("dockerd"), QStringLiteral("host"));
}

inline bool isCi()
{
    return qEnvironmentVariable("CI") == u"true";
}

inline QString skipReason(const QString &service)
{
    const QString reason = readState(service, QStringLiteral("skip"));
    if (!reason.isEmpty())
        return service + QStringLiteral(" is not running: ") + reason;
    return service +
           QStringLiteral(" is not running (run the test through ctest, which starts it)");
}

} // namespace TestEnv

// Skips the test when a service is missing, but fails it under CI=true, where every
// service must run.
#define BERTH_REQUIRE_SERVICE(value, service)                                                      \
    do {                                                                                           \
        if ((value).isEmpty()) {                                                                   \
            if (TestEnv::isCi())                                                                   \
                QFAIL(qPrintable(TestEnv::skipReason(QStringLiteral(service))));                   \
            QSKIP(qPrintable(TestEnv::skipReason(QStringLiteral(service))));                       \
        }                                                                                          \
    } while (false)
