// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/enginescommand.h"

#include "cli/commandline.h"
#include "cli/imagesubcommands.h"
#include "cli/interruptiblewait.h"
#include "engine/enginediscovery.h"
#include "engine/engineprobe.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

namespace {

// Long enough for a local socket on a loaded machine and an ssh login on a LAN; short
// enough that a dead host does not keep the list waiting.
constexpr std::chrono::seconds DefaultProbeTimeout{5};

QJsonObject toJson(const Engine::EngineStatus &status)
{
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    return QJsonObject{
        {QStringLiteral("name"), status.engine.name},
        {QStringLiteral("endpoint"), status.engine.endpoint.url()},
        {QStringLiteral("source"), status.engine.source},
        {QStringLiteral("current"), status.engine.current},
        {QStringLiteral("reachable"), status.reachable},
        {QStringLiteral("kind"), text(status.kind)},
        {QStringLiteral("version"), text(status.version)},
        {QStringLiteral("apiVersion"), text(status.apiVersion)},
        {QStringLiteral("error"), text(status.error)},
    };
}

} // namespace

QString EnginesCommand::summary() const
{
    return tr("List every engine Berth knows, with its kind, version and whether it answers");
}

int EnginesCommand::run(const QStringList &args, const GlobalOptions &global,
                        const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the engines Berth knows: the docker CLI's contexts (default: DOCKER_HOST or "
           "the local socket), rootless Docker's socket and Podman's sockets. Each is asked "
           "at once for its kind (Docker or Podman) and version; one that does not answer "
           "within --timeout seconds (default %1) is listed as unreachable, with the reason.")
            .arg(DefaultProbeTimeout.count()));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object per line and engine."));
    parser.addOption(jsonOption);
    if (const auto code =
            parseArguments(parser, QStringLiteral("berthctl engines"), args, console, 0, 0))
        return *code;

    const auto known = Engine::EngineDiscovery::discover();
    if (!known) {
        console.err(QStringLiteral("berthctl: ") + known.error().message() + u'\n');
        return ExitFailure;
    }
    const std::chrono::milliseconds timeout = global.timeoutSeconds > 0
                                                  ? std::chrono::seconds(global.timeoutSeconds)
                                                  : DefaultProbeTimeout;
    Interrupt interrupt;
    const auto statuses = interruptibleWait<QList<Engine::EngineStatus>>(
        interrupt, tr("cancelled"),
        [&](QObject *context,
            std::function<void(const Result<QList<Engine::EngineStatus>> &)> done) -> Canceller {
            auto *probe = new Engine::EngineProbe(context);
            QObject::connect(probe, &Engine::EngineProbe::finished, context,
                             [done](const QList<Engine::EngineStatus> &list) { done(list); });
            probe->probe(*known, timeout);
            return {};
        });
    if (!statuses) {
        console.err(QStringLiteral("berthctl: ") + statuses.error().message() + u'\n');
        return Interrupt::cancelExitCode();
    }

    QString out;
    if (parser.isSet(jsonOption)) {
        for (const Engine::EngineStatus &status : *statuses)
            out += QString::fromUtf8(QJsonDocument(toJson(status)).toJson(QJsonDocument::Compact)) +
                   u'\n';
        console.out(out);
        return ExitOk;
    }
    // A table is data, as docker's are: its words are never translated.
    QList<QStringList> rows{{QStringLiteral("NAME"), QStringLiteral("KIND"),
                             QStringLiteral("VERSION"), QStringLiteral("ENDPOINT"),
                             QStringLiteral("SOURCE"), QStringLiteral("STATUS")}};
    for (const Engine::EngineStatus &status : *statuses) {
        // As `docker context ls` marks the current context.
        const QString name =
            status.engine.name + (status.engine.current ? QStringLiteral(" *") : QString());
        rows.append({name, status.reachable ? status.kind : QStringLiteral("-"),
                     status.reachable ? status.version : QStringLiteral("-"),
                     status.engine.endpoint.url(), status.engine.source,
                     status.reachable ? QStringLiteral("reachable")
                                      : QStringLiteral("unreachable: ") + status.error});
    }
    console.out(formatTable(rows));
    return ExitOk;
}

} // namespace Berth::Cli
