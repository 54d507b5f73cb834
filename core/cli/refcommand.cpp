// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/refcommand.h"

#include "cli/commandline.h"
#include "cli/referencecheck.h"
#include "reference/imagereference.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

using Reference::ImageReference;

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const Result<ImageReference> &result)
{
    if (!result.ok()) {
        return QJsonObject{
            {QStringLiteral("valid"), false},
            {QStringLiteral("error"), result.error().message()},
            {QStringLiteral("normalized"), QJsonValue::Null},
            {QStringLiteral("familiar"), QJsonValue::Null},
            {QStringLiteral("domain"), QJsonValue::Null},
            {QStringLiteral("path"), QJsonValue::Null},
            {QStringLiteral("tag"), QJsonValue::Null},
            {QStringLiteral("digest"), QJsonValue::Null},
        };
    }
    const ImageReference &reference = result.value();
    return QJsonObject{
        {QStringLiteral("valid"), true},
        {QStringLiteral("error"), QJsonValue::Null},
        {QStringLiteral("normalized"), reference.normalized()},
        {QStringLiteral("familiar"), reference.familiar()},
        {QStringLiteral("domain"), reference.domain()},
        {QStringLiteral("path"), reference.path()},
        {QStringLiteral("tag"), stringOrNull(reference.tag())},
        {QStringLiteral("digest"), stringOrNull(reference.digest())},
    };
}

} // namespace

QString RefCommand::summary() const
{
    return tr("Check an image reference and show its parts");
}

int RefCommand::run(const QStringList &args, const GlobalOptions &, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check an image reference and show how Berth reads it: the normalized and familiar "
           "forms, the registry domain, the repository path, the tag and the digest. Exits with "
           "1 when the reference is not valid."));
    parser.addPositionalArgument(QStringLiteral("reference"),
                                 tr("The image reference, e.g. ubuntu:24.04. Put -- before a "
                                    "reference that starts with '-'."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object with the fields valid, error, "
                                           "normalized, familiar, domain, path, tag and digest."));
    parser.addOption(jsonOption);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("berthctl ref")} + args.mid(1))) {
        console.err(usageError(
            QStringLiteral("berthctl ref"),
            tr("%1 (put -- before a reference that starts with '-')").arg(parser.errorText())));
        return ExitUsage;
    }
    if (const auto code = printHelpIfAsked(parser, QStringLiteral("berthctl ref"), console))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        console.err(tr("berthctl ref: expected one image reference; see 'berthctl ref --help'\n"));
        return ExitUsage;
    }

    const QString &input = positional.first();
    Result<ImageReference> result = ImageReference::parse(input);
    // As docker reads it: a name the daemon refuses is not a reference it takes.
    if (const auto refused = result ? daemonRefusal(*result, ReferenceUse::Read) : std::nullopt)
        result = Error(ErrorKind::Invalid, *refused);
    if (parser.isSet(jsonOption)) {
        console.out(
            QString::fromUtf8(QJsonDocument(toJson(result)).toJson(QJsonDocument::Compact)) +
            u'\n');
        return result.ok() ? ExitOk : ExitFailure;
    }
    if (!result.ok()) {
        console.err(
            tr("berthctl ref: invalid reference '%1': %2\n").arg(input, result.error().message()));
        return ExitFailure;
    }

    const ImageReference &reference = result.value();
    // Data, like --json's fields: never translated.
    const QString none = QStringLiteral("(none)");
    QString text = reference.normalized() + u'\n';
    text += QStringLiteral("  familiar: %1\n").arg(reference.familiar());
    text += QStringLiteral("  domain:   %1\n").arg(reference.domain());
    text += QStringLiteral("  path:     %1\n").arg(reference.path());
    text += QStringLiteral("  tag:      %1\n").arg(reference.hasTag() ? reference.tag() : none);
    text +=
        QStringLiteral("  digest:   %1\n").arg(reference.hasDigest() ? reference.digest() : none);
    console.out(text);
    return ExitOk;
}

} // namespace Berth::Cli
