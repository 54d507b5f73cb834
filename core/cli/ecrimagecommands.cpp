// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ecrimagecommands.h"

#include "aws/awscredentialchain.h"
#include "aws/awsendpoints.h"
#include "aws/ecrimageops.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/interrupt.h"
#include "cli/interruptiblewait.h"
#include "cli/jobrunner.h"
#include "cli/storedlogins.h"
#include "credentials/sessioncredentials.h"
#include "engine/loginrefusal.h"
#include "reference/imagereference.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <unistd.h>

namespace Berth::Cli {

namespace {

using Aws::EcrClient;
using Aws::EcrImageOps;

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

// The options every ECR command shares, and the client they make.
struct AwsOptions
{
    QCommandLineOption profile{QStringLiteral("profile"),
                               EcrImageCommands::tr("Use this AWS profile."),
                               QStringLiteral("NAME")};
    QCommandLineOption region{QStringLiteral("region"),
                              EcrImageCommands::tr("Use this AWS region."),
                              QStringLiteral("REGION")};
    QCommandLineOption endpoint{
        QStringLiteral("endpoint-url"),
        EcrImageCommands::tr("Send ECR API calls to URL instead of AWS's (an emulator)."),
        QStringLiteral("URL")};
    QCommandLineOption json{QStringLiteral("json"),
                            EcrImageCommands::tr("Print one JSON object per line.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({profile, region, endpoint, json});
    }

    // The client, or the exit code after the reason was printed.
    std::unique_ptr<EcrClient> client(const QCommandLineParser &parser, const QString &program,
                                      const Console &console, int *exitCode) const
    {
        Aws::AwsChainOptions options;
        options.profile = parser.value(profile);
        options.region = parser.value(region);
        options.keptAccount = StoredLogins::keptAwsAccounts();
        const auto found = Aws::AwsCredentialChain(options).resolve();
        if (!found) {
            *exitCode = reportRegistryError(found.error(), console);
            return nullptr;
        }
        if (found->region.isEmpty()) {
            console.err(usageError(
                program, EcrImageCommands::tr("no AWS region: give --region, set AWS_REGION, "
                                              "or set region in the profile")));
            *exitCode = ExitUsage;
            return nullptr;
        }
        const auto environment = QProcessEnvironment::systemEnvironment();
        const auto resolve = [&](const QString &service) {
            return Aws::AwsEndpoints::resolve(service, found->region, parser.value(endpoint),
                                              environment, found->endpointUrl);
        };
        return std::make_unique<EcrClient>(
            *found,
            EcrClient::Endpoints{resolve(QStringLiteral("ecr")), resolve(QStringLiteral("sts"))});
    }
};

// Waits for one EcrImageOps step while Ctrl-C cancels the wait.
template<typename T>
Result<T> wait(Interrupt &interrupt, const std::function<void(EcrClient::Callback<T>)> &start)
{
    return interruptibleWait<T>(
        interrupt, EcrImageCommands::tr("cancelled"),
        [&start](QObject *, std::function<void(const Result<T> &)> done) -> Canceller {
            start(std::move(done));
            return {};
        });
}

// What retag and rm act on: the image their first argument names, the client and its
// operations, and the Ctrl-C that cancels the wait for them.
struct ImageTarget
{
    ImageTarget(EcrImageOps::ImageId id, std::unique_ptr<EcrClient> ecr)
        : image(std::move(id))
        , client(std::move(ecr))
        , ops(*client)
    {}

    EcrImageOps::ImageId image;
    std::unique_ptr<EcrClient> client;
    EcrImageOps ops;
    Interrupt interrupt;
};

// What retag and rm take first: their description, IMAGE, then the AWS options.
void addImageArguments(QCommandLineParser &parser, const AwsOptions &aws,
                       const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 EcrImageCommands::tr("REPOSITORY:TAG or @DIGEST"));
    aws.addTo(parser);
}

// Parses `args` (IMAGE and `positionals - 1` more), runs `check` (the command's own usage
// check; false: exit 2, already said), and opens the image. Null after a message, with
// *exitCode set.
std::unique_ptr<ImageTarget> openImage(QCommandLineParser &parser, const AwsOptions &aws,
                                       const QString &program, const QStringList &args,
                                       int positionals, const Console &console, int *exitCode,
                                       const std::function<bool()> &check = {})
{
    if (const auto code =
            parseArguments(parser, program, args, console, positionals, positionals)) {
        *exitCode = *code;
        return nullptr;
    }
    if (check && !check()) {
        *exitCode = ExitUsage;
        return nullptr;
    }
    const QString text = parser.positionalArguments().first();
    auto image = EcrImageOps::ImageId::parse(text);
    if (!image) {
        console.err(usageError(program, EcrImageCommands::tr("'%1' is not REPOSITORY:TAG or "
                                                             "REPOSITORY@DIGEST")
                                            .arg(text)));
        *exitCode = ExitUsage;
        return nullptr;
    }
    auto client = aws.client(parser, program, console, exitCode);
    if (!client)
        return nullptr;
    return std::make_unique<ImageTarget>(*image, std::move(client));
}

} // namespace

bool EcrImageCommands::handles(const QString &sub)
{
    return sub == u"push" || sub == u"retag" || sub == u"rm";
}

int EcrImageCommands::run(const QStringList &args, const GlobalOptions &global,
                          const Console &console)
{
    const QString sub = args.value(1);
    const QStringList rest = QStringList{args.first() + u' ' + sub} + args.mid(2);
    if (sub == u"push")
        return push(rest, global, console);
    if (sub == u"retag")
        return retag(rest, console);
    return remove(rest, console);
}

int EcrImageCommands::push(const QStringList &args, const GlobalOptions &global,
                           const Console &console)
{
    const QString program = QStringLiteral("berthctl ecr push");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Push a local image to Amazon ECR in one step: the repository (named after the "
           "image unless --repository; created when missing with --create), a registry token, "
           "the tag, the push through the engine, and the digest confirmed with ECR. Prints "
           "the image URI."));
    parser.addPositionalArgument(QStringLiteral("LOCAL_IMAGE"),
                                 tr("A local image: NAME[:TAG] or an ID."));
    const AwsOptions aws;
    const QCommandLineOption repository(QStringLiteral("repository"),
                                        tr("The ECR repository (default: the image's name)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption tag(QStringLiteral("tag"),
                                 tr("The tag in ECR (default: the image's tag, else latest)."),
                                 QStringLiteral("TAG"));
    const QCommandLineOption create(QStringLiteral("create"),
                                    tr("Create the repository when it does not exist."));
    aws.addTo(parser);
    parser.addOptions({repository, tag, create});
    if (const auto code = parseArguments(parser, program, args, console, 1, 1))
        return *code;
    const QString local = parser.positionalArguments().first();
    if (const auto reference = Reference::ImageReference::parse(local); !reference) {
        console.err(usageError(program, reference.error().message()));
        return ExitUsage;
    }
    const auto [defaultName, defaultTag] = EcrImageOps::defaultTarget(local);
    const QString repositoryName =
        parser.isSet(repository) ? parser.value(repository) : defaultName;
    const QString tagName = parser.isSet(tag) ? parser.value(tag) : defaultTag;

    int exitCode = ExitOk;
    const auto client = aws.client(parser, program, console, &exitCode);
    if (!client)
        return exitCode;
    EcrImageOps ops(*client);
    Interrupt interrupt;
    const auto repo = wait<EcrImageOps::Repository>(interrupt, [&](auto done) {
        ops.ensureRepository(repositoryName, parser.isSet(create), std::move(done));
    });
    if (!repo) {
        if (repo.error().kind() == ErrorKind::NotFound) {
            console.err(tr("berthctl: %1: give --create, or create it with berthctl ecr create "
                           "%2\n")
                            .arg(repo.error().message(), repositoryName));
            return ExitFailure;
        }
        return reportRegistryError(repo.error(), console);
    }
    if (repo->created)
        console.err(tr("Created repository %1\n").arg(repo->uri));
    const QString host = repo->uri.section(u'/', 0, 0);
    const QString target = repo->uri + u':' + tagName;

    const auto runner = JobRunner::open(global, console);
    if (!runner)
        return ExitUsage;
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Retag;
    spec.endpoint = runner->endpoint();
    spec.references = {local, target};
    spec.login = {host, QStringLiteral("AWS")};
    // A token fetched now is fresh for hours; one that lapses during the push (the machine
    // slept) is refused, and the push runs once more with a new token: the engine skips the
    // layers the registry has, so only what failed is sent again.
    Result<QList<Jobs::JobRecord>> records = Error(ErrorKind::Internal, QString());
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto token = wait<EcrImageOps::RegistryToken>(
            interrupt, [&](auto done) { ops.registryToken(std::move(done)); });
        if (!token)
            return reportRegistryError(token.error(), console);
        auto logins = std::make_shared<Auth::SessionCredentials>();
        Credentials credentials;
        credentials.username = QStringLiteral("AWS");
        credentials.password = token->password;
        logins->add(host, credentials);
        records = runner->run({spec}, logins);
        if (!records)
            return reportError(records.error(), console);
        const auto &error = records->constFirst().error;
        if (!error || !Engine::isLoginRefusal(error->message()) || attempt > 0)
            break;
        console.err(tr("The registry refused the token (it lapsed during the push): pushing "
                       "again with a new one; the layers ECR has are skipped\n"));
    }
    if (const int code = runner->exitCode(*records))
        return code;
    const QString pushed = records->constFirst().digest;
    const auto described = wait<QJsonObject>(interrupt, [&](auto done) {
        ops.describe({repo->name, {{QStringLiteral("imageTag"), tagName}}}, std::move(done));
    });
    if (!described)
        return reportRegistryError(described.error(), console);
    const QString digest = described->value(QLatin1String("imageDigest")).toString();
    if (!pushed.isEmpty() && digest != pushed) {
        console.err(tr("berthctl: the engine pushed %1 but ECR lists %2 under %3\n")
                        .arg(pushed, digest, target));
        return ExitFailure;
    }
    if (parser.isSet(aws.json))
        console.out(jsonLine({{QStringLiteral("uri"), target},
                              {QStringLiteral("digest"), digest},
                              {QStringLiteral("repository"), repo->name},
                              {QStringLiteral("created"), repo->created}}));
    else
        console.out(target + u'\n');
    return ExitOk;
}

int EcrImageCommands::retag(const QStringList &args, const Console &console)
{
    const QString program = QStringLiteral("berthctl ecr retag");
    QCommandLineParser parser;
    const AwsOptions aws;
    addImageArguments(parser, aws,
                      tr("Give an image in ECR another tag without moving a blob (BatchGetImage, "
                         "then PutImage of the same manifest). Prints REPOSITORY:NEWTAG and the "
                         "digest."));
    parser.addPositionalArgument(QStringLiteral("NEWTAG"), tr("The new tag."));
    int exitCode = ExitOk;
    const auto target = openImage(parser, aws, program, args, 2, console, &exitCode);
    if (!target)
        return exitCode;
    const QString newTag = parser.positionalArguments().at(1);
    const EcrImageOps::ImageId *image = &target->image;
    const auto digest = wait<QString>(
        target->interrupt, [&](auto done) { target->ops.retag(*image, newTag, std::move(done)); });
    if (!digest)
        return reportRegistryError(digest.error(), console);
    const QString named = image->repository + u':' + newTag;
    if (parser.isSet(aws.json))
        console.out(
            jsonLine({{QStringLiteral("image"), named}, {QStringLiteral("digest"), *digest}}));
    else
        console.out(named + u'@' + *digest + u'\n');
    return ExitOk;
}

int EcrImageCommands::remove(const QStringList &args, const Console &console)
{
    const QString program = QStringLiteral("berthctl ecr rm");
    QCommandLineParser parser;
    const AwsOptions aws;
    addImageArguments(parser, aws,
                      tr("Delete an image from ECR: by tag, that tag (the image goes with its "
                         "last tag); by digest, the image and every tag. Lists what goes, then "
                         "asks on a terminal."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Delete without asking (required without a terminal)."));
    parser.addOption(yes);
    int exitCode = ExitOk;
    const auto target = openImage(parser, aws, program, args, 1, console, &exitCode, [&] {
        if (parser.isSet(yes) || ::isatty(STDIN_FILENO) == 1)
            return true;
        console.err(usageError(program, tr("without a terminal to ask on, give --yes")));
        return false;
    });
    if (!target)
        return exitCode;
    const EcrImageOps::ImageId *image = &target->image;
    const auto described = wait<QJsonObject>(
        target->interrupt, [&](auto done) { target->ops.describe(*image, std::move(done)); });
    if (!described)
        return reportRegistryError(described.error(), console);
    const QString digest = described->value(QLatin1String("imageDigest")).toString();
    QStringList tags;
    for (const QJsonValue &value : described->value(QLatin1String("imageTags")).toArray())
        tags.append(value.toString());
    const bool byTag = image->id.contains(QLatin1String("imageTag"));
    const bool imageGoes = !byTag || tags.size() <= 1;
    console.err(imageGoes ? tr("Deletes %1 (%2) with its tags: %3\n")
                                .arg(image->repository, digest,
                                     tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", ")))
                          : tr("Removes the tag %1 from %2 (%3 keeps its other tags)\n")
                                .arg(image->id.value(QLatin1String("imageTag")).toString(),
                                     image->repository, digest));
    if (!parser.isSet(yes) && !console.askYes(tr("Delete? [y/N] "))) {
        console.err(tr("Nothing deleted\n"));
        return ExitFailure;
    }
    const auto deleted = wait<QJsonArray>(
        target->interrupt, [&](auto done) { target->ops.remove(*image, std::move(done)); });
    if (!deleted)
        return reportRegistryError(deleted.error(), console);
    QString out;
    for (const QJsonValue &value : *deleted) {
        const QJsonObject id = value.toObject();
        if (parser.isSet(aws.json))
            out += jsonLine(id);
        else
            out += tr("Deleted %1").arg(id.value(QLatin1String("imageDigest")).toString()) +
                   (id.contains(QLatin1String("imageTag"))
                        ? u' ' + tr("(tag %1)").arg(id.value(QLatin1String("imageTag")).toString())
                        : QString()) +
                   u'\n';
    }
    console.out(out);
    return ExitOk;
}

} // namespace Berth::Cli
