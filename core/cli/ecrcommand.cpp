// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ecrcommand.h"

#include "aws/awscredentialchain.h"
#include "aws/awsendpoints.h"
#include "aws/ecrclient.h"
#include "base/humanformat.h"
#include "cli/commandline.h"
#include "cli/ecrimagecommands.h"
#include "cli/engineerror.h"
#include "cli/imagesubcommands.h"
#include "cli/interrupt.h"
#include "cli/interruptiblewait.h"
#include "cli/storedlogins.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace Berth::Cli {

namespace {

using Aws::EcrClient;

const QStringList Subcommands{
    QStringLiteral("repos"),    QStringLiteral("images"), QStringLiteral("create"),
    QStringLiteral("findings"), QStringLiteral("login"),  QStringLiteral("whoami"),
    QStringLiteral("push"),     QStringLiteral("retag"),  QStringLiteral("rm")};

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QString timeText(const QJsonValue &epochSeconds)
{
    const QDateTime when =
        QDateTime::fromMSecsSinceEpoch(qint64(epochSeconds.toDouble() * 1000), Qt::UTC);
    return when.toString(Qt::ISODate);
}

// Waits for one client call while Ctrl-C cancels the wait.
template<typename T> class Waiter final
{
public:
    using Start = std::function<void(EcrClient &, typename EcrClient::Callback<T>)>;
    static Result<T> run(EcrClient &client, Interrupt &interrupt, const Start &start)
    {
        return interruptibleWait<T>(
            interrupt, EcrCommand::tr("cancelled"),
            [&client, &start](QObject *, std::function<void(const Result<T> &)> done) -> Canceller {
                start(client, std::move(done));
                return {};
            });
    }
};

} // namespace

QString EcrCommand::summary() const
{
    return tr("Amazon ECR: repositories, images, scan findings, registry login, push, retag, rm");
}

int EcrCommand::run(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    // push, retag and rm take options and arguments of their own.
    if (EcrImageCommands::handles(args.value(1)))
        return EcrImageCommands::run(args, global, console);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Amazon ECR, with AWS credentials found as the AWS CLI finds them: the "
           "environment (AWS_ACCESS_KEY_ID, AWS_PROFILE, ...), ~/.aws/credentials and "
           "~/.aws/config (profiles, credential_process, role_arn with source_profile), then the "
           "AWS accounts berthctl login --aws keeps in the keychain (--profile NAME also names "
           "one when no profile file has NAME). For "
           "IAM Identity Center (SSO) profiles set credential_process = aws configure "
           "export-credentials --profile NAME --format process.\n\n"
           "Commands:\n"
           "  repos                 The repositories, one name a line\n"
           "  images REPOSITORY     Its images: tags, digest, size, push time, scan status\n"
           "  create REPOSITORY     Create it (--scan-on-push, --immutable)\n"
           "  findings REPO:TAG     The scan findings of an image\n"
           "  login                 Get a registry token: prints the registry and its expiry\n"
           "                        (--password prints the password, as aws ecr "
           "get-login-password)\n"
           "  whoami                The account, region and where the credentials came from\n"
           "  push LOCAL_IMAGE      Push a local image to ECR in one step (--repository, "
           "--tag,\n"
           "                        --create); prints the image URI\n"
           "  retag REPO:TAG NEWTAG Another tag for an image in ECR, no blob moved\n"
           "  rm REPO:TAG|@DIGEST   Delete an image or a tag from ECR (--yes without a "
           "terminal)\n\n"
           "berthctl ecr push --help (retag, rm) names their options."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Use this AWS profile."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"), tr("Use this AWS region."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint-url"),
        tr("Send ECR API calls to URL instead of AWS's (an emulator: http://HOST:PORT)."),
        QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object per line, as AWS gives it."));
    const QCommandLineOption scanOnPush(QStringLiteral("scan-on-push"),
                                        tr("create: scan every image pushed."));
    const QCommandLineOption immutable(QStringLiteral("immutable"),
                                       tr("create: tags cannot be moved once pushed."));
    const QCommandLineOption password(QStringLiteral("password"),
                                      tr("login: print only the password."));
    parser.addOptions({profile, region, endpoint, json, scanOnPush, immutable, password});
    parser.addPositionalArgument(QStringLiteral("command"), Subcommands.join(u'|'));
    parser.addPositionalArgument(QStringLiteral("argument"), tr("REPOSITORY or REPO:TAG"),
                                 QStringLiteral("[argument]"));
    const QString program = QStringLiteral("berthctl ecr");
    if (const auto code = parseArguments(parser, program, args, console, 1, 2))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.first();
    if (!Subcommands.contains(sub)) {
        console.err(usageError(program, tr("unknown command \"%1\"").arg(sub)));
        return ExitUsage;
    }
    const bool takesArgument = sub == u"images" || sub == u"create" || sub == u"findings";
    if (takesArgument != (positional.size() == 2)) {
        console.err(usageError(program, takesArgument ? tr("%1 needs a repository").arg(sub)
                                                      : tr("%1 takes no argument").arg(sub)));
        return ExitUsage;
    }

    Aws::AwsChainOptions chainOptions;
    chainOptions.profile = parser.value(profile);
    chainOptions.region = parser.value(region);
    chainOptions.keptAccount = StoredLogins::keptAwsAccounts();
    const auto found = Aws::AwsCredentialChain(chainOptions).resolve();
    if (!found)
        return reportRegistryError(found.error(), console);
    if (found->region.isEmpty()) {
        console.err(usageError(program, tr("no AWS region: give --region, set AWS_REGION, or "
                                           "set region in the profile")));
        return ExitUsage;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    EcrClient::Endpoints endpoints{
        Aws::AwsEndpoints::resolve(QStringLiteral("ecr"), found->region, parser.value(endpoint),
                                   environment, found->endpointUrl),
        Aws::AwsEndpoints::resolve(QStringLiteral("sts"), found->region, parser.value(endpoint),
                                   environment, found->endpointUrl)};
    EcrClient client(*found, endpoints);
    Interrupt interrupt;
    const bool asJson = parser.isSet(json);
    const QString argument = positional.value(1);

    if (sub == u"whoami") {
        const auto who = Waiter<QJsonObject>::run(
            client, interrupt, [](EcrClient &c, auto done) { c.callerIdentity(std::move(done)); });
        if (!who)
            return reportRegistryError(who.error(), console);
        QJsonObject out = *who;
        out.insert(QStringLiteral("Region"), found->region);
        out.insert(QStringLiteral("Source"), found->source);
        if (asJson) {
            console.out(jsonLine(out));
            return ExitOk;
        }
        console.out(tr("account  %1\narn      %2\nregion   %3\nsource   %4\n")
                        .arg(out.value(QLatin1String("Account")).toString(),
                             out.value(QLatin1String("Arn")).toString(), found->region,
                             found->source));
        return ExitOk;
    }

    if (sub == u"login") {
        const auto token = Waiter<QJsonObject>::run(client, interrupt, [](EcrClient &c, auto done) {
            c.call(QStringLiteral("GetAuthorizationToken"), {}, std::move(done));
        });
        if (!token)
            return reportRegistryError(token.error(), console);
        const QJsonObject data =
            token->value(QLatin1String("authorizationData")).toArray().first().toObject();
        const QByteArray decoded = QByteArray::fromBase64(
            data.value(QLatin1String("authorizationToken")).toString().toLatin1());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return reportRegistryError(
                Error(ErrorKind::Protocol, tr("GetAuthorizationToken answered without a "
                                              "token")),
                console);
        if (parser.isSet(password)) {
            console.out(QString::fromUtf8(decoded.mid(colon + 1)) + u'\n');
            return ExitOk;
        }
        const QString registry = data.value(QLatin1String("proxyEndpoint")).toString();
        const QString expires = timeText(data.value(QLatin1String("expiresAt")));
        if (asJson) {
            console.out(jsonLine({{QStringLiteral("registry"), registry},
                                  {QStringLiteral("user"), QStringLiteral("AWS")},
                                  {QStringLiteral("expiresAt"), expires}}));
            return ExitOk;
        }
        console.out(tr("%1 (user AWS), token valid until %2\n").arg(registry, expires));
        return ExitOk;
    }

    if (sub == u"repos") {
        const auto repos = Waiter<QJsonArray>::run(client, interrupt, [](EcrClient &c, auto done) {
            c.callAll(QStringLiteral("DescribeRepositories"), {}, QStringLiteral("repositories"),
                      std::move(done));
        });
        if (!repos)
            return reportRegistryError(repos.error(), console);
        QString out;
        for (const QJsonValue &repo : *repos)
            out += asJson
                       ? jsonLine(repo.toObject())
                       : repo.toObject().value(QLatin1String("repositoryName")).toString() + u'\n';
        console.out(out);
        return ExitOk;
    }

    if (sub == u"create") {
        QJsonObject request{
            {QStringLiteral("repositoryName"), argument},
            {QStringLiteral("imageTagMutability"),
             parser.isSet(immutable) ? QStringLiteral("IMMUTABLE") : QStringLiteral("MUTABLE")},
            {QStringLiteral("imageScanningConfiguration"),
             QJsonObject{{QStringLiteral("scanOnPush"), parser.isSet(scanOnPush)}}}};
        const auto created =
            Waiter<QJsonObject>::run(client, interrupt, [&request](EcrClient &c, auto done) {
                c.call(QStringLiteral("CreateRepository"), request, std::move(done));
            });
        if (!created)
            return reportRegistryError(created.error(), console);
        const QJsonObject repo = created->value(QLatin1String("repository")).toObject();
        console.out(asJson ? jsonLine(repo)
                           : repo.value(QLatin1String("repositoryUri")).toString() + u'\n');
        return ExitOk;
    }

    if (sub == u"images") {
        const auto images =
            Waiter<QJsonArray>::run(client, interrupt, [&argument](EcrClient &c, auto done) {
                c.callAll(QStringLiteral("DescribeImages"),
                          {{QStringLiteral("repositoryName"), argument}},
                          QStringLiteral("imageDetails"), std::move(done));
            });
        if (!images)
            return reportRegistryError(images.error(), console);
        QString out;
        // A table is data, as docker's are: its words are never translated.
        QList<QStringList> rows{{QStringLiteral("TAGS"), QStringLiteral("DIGEST"),
                                 QStringLiteral("SIZE"), QStringLiteral("PUSHED"),
                                 QStringLiteral("SCAN")}};
        for (const QJsonValue &value : *images) {
            const QJsonObject image = value.toObject();
            if (asJson) {
                out += jsonLine(image);
                continue;
            }
            QStringList tags;
            for (const QJsonValue &tag : image.value(QLatin1String("imageTags")).toArray())
                tags.append(tag.toString());
            rows.append({tags.isEmpty() ? QStringLiteral("<untagged>") : tags.join(u','),
                         image.value(QLatin1String("imageDigest")).toString(),
                         HumanFormat::size(
                             qint64(image.value(QLatin1String("imageSizeInBytes")).toDouble())),
                         timeText(image.value(QLatin1String("imagePushedAt"))),
                         image.value(QLatin1String("imageScanStatus"))
                             .toObject()
                             .value(QLatin1String("status"))
                             .toString(QStringLiteral("-"))});
        }
        if (!asJson)
            out = formatTable(rows);
        console.out(out);
        return ExitOk;
    }

    // findings REPO:TAG (or REPO@sha256:...)
    const qsizetype at = argument.indexOf(u'@');
    const qsizetype colon = argument.lastIndexOf(u':');
    QJsonObject imageId;
    QString repository;
    if (at > 0) {
        repository = argument.left(at);
        imageId.insert(QStringLiteral("imageDigest"), argument.mid(at + 1));
    } else if (colon > 0 && !argument.mid(colon).contains(u'/')) {
        repository = argument.left(colon);
        imageId.insert(QStringLiteral("imageTag"), argument.mid(colon + 1));
    } else {
        console.err(usageError(program, tr("findings needs REPOSITORY:TAG or REPOSITORY@DIGEST")));
        return ExitUsage;
    }
    const auto findings = Waiter<QJsonObject>::run(client, interrupt, [&](EcrClient &c, auto done) {
        c.call(
            QStringLiteral("DescribeImageScanFindings"),
            {{QStringLiteral("repositoryName"), repository}, {QStringLiteral("imageId"), imageId}},
            std::move(done));
    });
    if (!findings)
        return reportRegistryError(findings.error(), console);
    const QJsonArray list = findings->value(QLatin1String("imageScanFindings"))
                                .toObject()
                                .value(QLatin1String("findings"))
                                .toArray();
    QString out;
    QList<QStringList> rows{
        {QStringLiteral("SEVERITY"), QStringLiteral("NAME"), QStringLiteral("PACKAGE")}};
    for (const QJsonValue &value : list) {
        const QJsonObject finding = value.toObject();
        if (asJson) {
            out += jsonLine(finding);
            continue;
        }
        QString package;
        for (const QJsonValue &attribute : finding.value(QLatin1String("attributes")).toArray()) {
            if (attribute.toObject().value(QLatin1String("key")).toString() == u"package_name")
                package = attribute.toObject().value(QLatin1String("value")).toString();
        }
        rows.append({finding.value(QLatin1String("severity")).toString(),
                     finding.value(QLatin1String("name")).toString(),
                     package.isEmpty() ? QStringLiteral("-") : package});
    }
    if (!asJson)
        out = formatTable(rows);
    console.out(out);
    return ExitOk;
}

} // namespace Berth::Cli
