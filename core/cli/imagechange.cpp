// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl images tag, rm, prune
#include "base/humanformat.h"
#include "cli/engineerror.h"
#include "cli/enginesession.h"
#include "cli/imagesubcommands.h"
#include "cli/referencecheck.h"

#include <QJsonDocument>

namespace Berth::Cli::ImageSubcommands {

int tag(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImagesText::tr("Give the image SOURCE the name TARGET."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), ImagesText::tr("Image name or ID."));
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 ImagesText::tr("New name, e.g. registry:5000/team/app:1.0."));
    if (const auto code = parseSubcommand(parser, QStringLiteral("tag"), args, console, 2, 2))
        return *code;
    const auto target =
        parseImageReference(parser.positionalArguments().at(1), ReferenceUse::CreatesTag, console);
    if (!target)
        return ExitFailure; // as docker: the grammar's reason, exit 1
    if (target->hasDigest()) {
        console.err(ImagesText::tr("berthctl: a tag target cannot name a digest: %1\n")
                        .arg(parser.positionalArguments().at(1)));
        return ExitUsage;
    }
    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;
    const QString source = parser.positionalArguments().first();
    const auto result = session->wait<void>([&](QObject *context, auto done) {
        session->images().tag(source, *target, context, done);
    });
    return result ? int(ExitOk) : reportError(result.error(), console);
}

int remove(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Remove images; says which were removed and which were not."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), ImagesText::tr("Image names or IDs."),
                                 QStringLiteral("IMAGE..."));
    const QCommandLineOption forceOption(
        {QStringLiteral("f"), QStringLiteral("force")},
        ImagesText::tr("Remove even when stopped containers use it or it has several tags."));
    const QCommandLineOption noPruneOption(QStringLiteral("no-prune"),
                                           ImagesText::tr("Keep untagged parents."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), ImagesText::tr("Print one JSON object per line and image."));
    parser.addOptions({forceOption, noPruneOption, jsonOption});
    if (const auto code = parseSubcommand(parser, QStringLiteral("rm"), args, console, 1, -1))
        return *code;
    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;

    int exitCode = ExitOk;
    QString out;
    for (const QString &name : parser.positionalArguments()) {
        const auto result = session->wait<Engine::RemovedImage>([&](QObject *context, auto done) {
            session->images().remove(name, parser.isSet(forceOption), parser.isSet(noPruneOption),
                                     context, done);
        });
        if (parser.isSet(jsonOption)) {
            QJsonObject object{{QStringLiteral("image"), name},
                               {QStringLiteral("removed"), result.ok()}};
            if (result) {
                object.insert(QStringLiteral("untagged"),
                              QJsonArray::fromStringList(result->untagged));
                object.insert(QStringLiteral("deleted"),
                              QJsonArray::fromStringList(result->deleted));
            } else {
                object.insert(QStringLiteral("error"), result.error().message());
            }
            out += QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
        } else if (result) {
            for (const QString &untagged : result->untagged)
                out += QStringLiteral("Untagged: %1\n").arg(untagged);
            for (const QString &deleted : result->deleted)
                out += QStringLiteral("Deleted: %1\n").arg(deleted);
        }
        if (!result)
            exitCode = qMax(exitCode, reportError(result.error(), console));
    }
    console.out(out);
    return exitCode;
}

int prune(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImagesText::tr("Remove dangling (untagged, unused) images."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ImagesText::tr("Print the result as JSON."));
    parser.addOption(jsonOption);
    if (const auto code = parseSubcommand(parser, QStringLiteral("prune"), args, console, 0, 0))
        return *code;
    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;
    const auto result = session->wait<Engine::PruneReport>(
        [&](QObject *context, auto done) { session->images().pruneDangling(context, done); });
    if (!result)
        return reportError(result.error(), console);
    if (parser.isSet(jsonOption)) {
        const QJsonObject object{
            {QStringLiteral("deleted"), QJsonArray::fromStringList(result->deleted)},
            {QStringLiteral("untagged"), QJsonArray::fromStringList(result->untagged)},
            {QStringLiteral("spaceReclaimed"), result->spaceReclaimed}};
        console.out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                    u'\n');
        return ExitOk;
    }
    QString out;
    for (const QString &deleted : result->deleted)
        out += QStringLiteral("Deleted: %1\n").arg(deleted);
    out += ImagesText::tr("Total reclaimed space: %1\n")
               .arg(HumanFormat::size(result->spaceReclaimed));
    console.out(out);
    return ExitOk;
}

} // namespace Berth::Cli::ImageSubcommands
