// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcommand.h"

#include "base/humanformat.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/imagesubcommands.h"
#include "cli/interrupt.h"
#include "cli/interruptiblewait.h"
#include "cli/passwordinput.h"
#include "cli/storedlogins.h"
#include "hub/hubclient.h"
#include "hub/hubratelimitprobe.h"
#include "registry/registryclient.h"
#include "registry/registryconfig.h"
#include "registry/registryendpoint.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Berth::Cli {

namespace {

using Hub::HubClient;

const QStringList Subcommands{QStringLiteral("search"), QStringLiteral("repos"),
                              QStringLiteral("tags"),   QStringLiteral("rm"),
                              QStringLiteral("limit"),  QStringLiteral("create")};

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QString timeText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

// Waits for one client call while Ctrl-C cancels the wait.
template<typename T>
Result<T> waitFor(Interrupt &interrupt, const std::function<void(HubClient::Callback<T>)> &start)
{
    return interruptibleWait<T>(
        interrupt, HubCommand::tr("cancelled"),
        [&start](QObject *, std::function<void(const Result<T> &)> done) -> Canceller {
            start(std::move(done));
            return {};
        });
}

QJsonObject searchJson(const Hub::HubSearchResult &result)
{
    return {{QStringLiteral("name"), result.name},
            {QStringLiteral("description"), result.description},
            {QStringLiteral("stars"), result.stars},
            {QStringLiteral("pulls"), result.pulls},
            {QStringLiteral("official"), result.official},
            {QStringLiteral("verified"), result.verified},
            {QStringLiteral("automated"), result.automated}};
}

QJsonObject repositoryJson(const Hub::HubRepository &repository)
{
    return {{QStringLiteral("namespace"), repository.namespaceName},
            {QStringLiteral("name"), repository.name},
            {QStringLiteral("description"), repository.description},
            {QStringLiteral("private"), repository.isPrivate},
            {QStringLiteral("stars"), repository.stars},
            {QStringLiteral("pulls"), repository.pulls},
            {QStringLiteral("lastUpdated"), timeText(repository.lastUpdated)}};
}

QJsonObject tagJson(const Hub::HubTag &tag)
{
    QJsonArray images;
    for (const Hub::HubTagImage &image : tag.images)
        images.append(QJsonObject{{QStringLiteral("os"), image.os},
                                  {QStringLiteral("architecture"), image.architecture},
                                  {QStringLiteral("variant"), image.variant},
                                  {QStringLiteral("digest"), image.digest},
                                  {QStringLiteral("size"), image.size}});
    return {{QStringLiteral("name"), tag.name},
            {QStringLiteral("digest"), tag.digest},
            {QStringLiteral("size"), tag.fullSize},
            {QStringLiteral("lastPushed"), timeText(tag.lastPushed)},
            {QStringLiteral("images"), images}};
}

// A description shortened for a table row, as docker search shortens it.
QString shortened(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 45 ? line.left(44) + QChar(0x2026) : line;
}

} // namespace

QString HubCommand::summary() const
{
    return tr("Docker Hub: search, repositories, tags, delete a tag, the pull rate limit");
}

int HubCommand::run(const QStringList &args, const GlobalOptions &, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Docker Hub through its REST API, signed in with the Docker Hub login berthctl "
           "login (or docker login) stored, else anonymous; -u USER --password-stdin signs in "
           "with a password or personal access token instead.\n\n"
           "Commands:\n"
           "  search QUERY          Repositories matching QUERY: official first, stars, pulls\n"
           "  repos [NAMESPACE]     A namespace's repositories; without one, those of every\n"
           "                        namespace the signed-in account can see\n"
           "  tags REPOSITORY       Its tags: digest, size, platforms, push time\n"
           "  rm REPOSITORY:TAG     Delete a tag (asks on a terminal; --yes without one)\n"
           "  create NAMESPACE/NAME Create a repository (--private, --description TEXT)\n"
           "  limit [REPO[:TAG]]    The pull rate limit the registry states, in words (a HEAD\n"
           "                        of the manifest, which counts no pull)"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object per line."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("search: at most N results (default 25)."),
                                   QStringLiteral("N"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("rm: delete without asking."));
    const QCommandLineOption username({QStringLiteral("u"), QStringLiteral("username")},
                                      tr("Sign in as USER instead of the stored login."),
                                      QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password or token from stdin."));
    const QCommandLineOption hubUrl(
        QStringLiteral("hub-url"),
        tr("Docker Hub's API at URL (default https://hub.docker.com, or BERTH_HUB_URL)."),
        QStringLiteral("URL"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("Ask for N items a page (1-100; default 100)."),
                                      QStringLiteral("N"));
    const QCommandLineOption isPrivate(QStringLiteral("private"),
                                       tr("create: a private repository."));
    const QCommandLineOption description(QStringLiteral("description"),
                                         tr("create: the repository's short description."),
                                         QStringLiteral("TEXT"));
    parser.addOptions(
        {json, limit, yes, username, passwordStdin, hubUrl, pageSize, isPrivate, description});
    parser.addPositionalArgument(QStringLiteral("command"), Subcommands.join(u'|'));
    parser.addPositionalArgument(QStringLiteral("argument"),
                                 tr("QUERY, NAMESPACE, REPOSITORY or REPOSITORY:TAG"),
                                 QStringLiteral("[argument]"));
    const QString program = QStringLiteral("berthctl hub");
    if (const auto code = parseArguments(parser, program, args, console, 1, 2))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.first();
    const QString argument = positional.value(1);
    if (!Subcommands.contains(sub)) {
        console.err(usageError(program, tr("unknown command \"%1\"").arg(sub)));
        return ExitUsage;
    }
    if ((sub == u"search" || sub == u"tags" || sub == u"rm" || sub == u"create") &&
        argument.isEmpty()) {
        console.err(usageError(program, tr("%1 needs an argument").arg(sub)));
        return ExitUsage;
    }
    bool numberOk = true;
    const int maxResults = parser.isSet(limit) ? parser.value(limit).toInt(&numberOk) : 25;
    if (!numberOk || maxResults < 1) {
        console.err(usageError(program, tr("--limit needs a positive number")));
        return ExitUsage;
    }
    const int perPage =
        parser.isSet(pageSize) ? parser.value(pageSize).toInt(&numberOk) : HubClient::MaxPageSize;
    if (!numberOk || perPage < 1 || perPage > HubClient::MaxPageSize) {
        console.err(usageError(program, tr("--page-size needs a number from 1 to 100")));
        return ExitUsage;
    }
    const qsizetype colon = argument.lastIndexOf(u':');
    if (sub == u"rm" && (colon <= 0 || argument.mid(colon).contains(u'/'))) {
        console.err(usageError(program, tr("rm needs REPOSITORY:TAG")));
        return ExitUsage;
    }
    if (sub == u"rm" && !parser.isSet(yes) && ::isatty(STDIN_FILENO) != 1) {
        console.err(usageError(program, tr("without a terminal to ask on, give --yes")));
        return ExitUsage;
    }
    const bool asJson = parser.isSet(json);
    const bool asAccount = sub != u"search" && sub != u"limit";

    // Who: -u with its password, else the stored Docker Hub login, else anonymous.
    Credentials login;
    if (parser.isSet(username)) {
        int exitCode = ExitOk;
        const auto typed = PasswordInput::read(true, parser.value(username),
                                               parser.isSet(passwordStdin), console, &exitCode);
        if (!typed)
            return exitCode;
        login.username = typed->username;
        login.password = typed->password;
    } else if (asAccount || sub == u"limit") {
        if (const auto source = StoredLogins::sourceFor({QStringLiteral("docker.io")})) {
            const auto found =
                StoredLogins::findNow(*source, LoginRef{QStringLiteral("docker.io"), {}});
            if (!found)
                return reportRegistryError(found.error(), console);
            login = *found;
        }
    }
    Interrupt interrupt;

    if (sub == u"limit") {
        const QString registry = Hub::HubRateLimitProbe::defaultRegistry();
        auto endpoint = Registry::RegistryEndpoint::resolve(registry, Registry::RegistryConfig());
        if (!endpoint)
            return reportRegistryError(endpoint.error(), console);
        Registry::RegistryClient client(*endpoint, login);
        client.retryPolicy().setFailFastOnLoopbackRefusal(true);
        // REPOSITORY[:TAG], the tag latest unless named.
        const bool tagged = colon > 0 && !argument.mid(colon).contains(u'/');
        const QString repository =
            argument.isEmpty()
                ? Hub::HubRateLimitProbe::defaultRepository()
                : HubClient::repositoryPath(tagged ? argument.left(colon) : argument);
        const QString tag = tagged ? argument.mid(colon + 1) : QStringLiteral("latest");
        const auto limitNow = interruptibleWait<Hub::HubRateLimit>(
            interrupt, tr("cancelled"),
            [&](QObject *context,
                std::function<void(const Result<Hub::HubRateLimit> &)> done) -> Canceller {
                Hub::HubRateLimitProbe::probe(client, repository, tag, context, std::move(done));
                return {};
            });
        if (!limitNow)
            return reportRegistryError(limitNow.error(), console);
        if (asJson) {
            console.out(jsonLine({{QStringLiteral("limited"), limitNow->limited},
                                  {QStringLiteral("limit"), limitNow->limit},
                                  {QStringLiteral("remaining"), limitNow->remaining},
                                  {QStringLiteral("windowSeconds"), limitNow->windowSeconds},
                                  {QStringLiteral("source"), limitNow->source}}));
        } else {
            console.out(limitNow->text() + u'\n');
        }
        return ExitOk;
    }

    HubClient client(parser.isSet(hubUrl) ? QUrl(parser.value(hubUrl))
                                          : HubClient::defaultBaseUrl());
    client.setPageSize(perPage);
    QObject::connect(&client, &HubClient::retrying,
                     [&console, &client](const QString &what, int nextTry, qint64 delayMs,
                                         const QString &reason) {
                         console.err(tr("%1: %2; retrying in %3 s (try %4 of %5)\n")
                                         .arg(what, reason)
                                         .arg(static_cast<double>(delayMs) / 1000.0, 0, 'f', 1)
                                         .arg(nextTry)
                                         .arg(client.retryPolicy().maxTries()));
                     });
    if (!login.username.isEmpty() && !login.password.isEmpty()) {
        const auto signedIn = waitFor<bool>(interrupt, [&](auto done) {
            client.signIn(login.username, login.password, std::move(done));
        });
        if (!signedIn)
            return reportRegistryError(signedIn.error(), console);
    } else if (sub == u"rm" || sub == u"create" || (sub == u"repos" && argument.isEmpty())) {
        console.err(usageError(program, tr("%1 needs a Docker Hub login: berthctl login docker.io, "
                                           "or -u USER --password-stdin")
                                            .arg(sub)));
        return ExitUsage;
    }

    QString out;
    if (sub == u"search") {
        const auto results = waitFor<QList<Hub::HubSearchResult>>(
            interrupt, [&](auto done) { client.search(argument, maxResults, std::move(done)); });
        if (!results)
            return reportRegistryError(results.error(), console);
        // A table is data, as docker's are: its words are never translated.
        QList<QStringList> rows{{QStringLiteral("NAME"), QStringLiteral("DESCRIPTION"),
                                 QStringLiteral("STARS"), QStringLiteral("PULLS"),
                                 QStringLiteral("OFFICIAL"), QStringLiteral("VERIFIED")}};
        for (const Hub::HubSearchResult &result : *results) {
            if (asJson)
                out += jsonLine(searchJson(result));
            rows.append({result.name, shortened(result.description), QString::number(result.stars),
                         QString::number(result.pulls),
                         result.official ? QStringLiteral("[OK]") : QString(),
                         result.verified ? QStringLiteral("[OK]") : QString()});
        }
        console.out(asJson ? out : formatTable(rows));
        return ExitOk;
    }

    if (sub == u"repos") {
        QStringList namespaces{argument};
        if (argument.isEmpty()) {
            const auto all = waitFor<QStringList>(
                interrupt, [&](auto done) { client.namespaces(std::move(done)); });
            if (!all)
                return reportRegistryError(all.error(), console);
            namespaces = *all;
        }
        QList<QStringList> rows{{QStringLiteral("REPOSITORY"), QStringLiteral("PRIVATE"),
                                 QStringLiteral("STARS"), QStringLiteral("PULLS"),
                                 QStringLiteral("UPDATED")}};
        for (const QString &namespaceName : std::as_const(namespaces)) {
            const auto repositories = waitFor<QList<Hub::HubRepository>>(
                interrupt, [&](auto done) { client.repositories(namespaceName, std::move(done)); });
            if (!repositories)
                return reportRegistryError(repositories.error(), console);
            for (const Hub::HubRepository &repository : *repositories) {
                if (asJson)
                    out += jsonLine(repositoryJson(repository));
                rows.append({repository.path(),
                             repository.isPrivate ? QStringLiteral("yes") : QStringLiteral("no"),
                             QString::number(repository.stars), QString::number(repository.pulls),
                             timeText(repository.lastUpdated)});
            }
        }
        console.out(asJson ? out : formatTable(rows));
        return ExitOk;
    }

    if (sub == u"tags") {
        const auto tags = waitFor<QList<Hub::HubTag>>(
            interrupt, [&](auto done) { client.tags(argument, std::move(done)); });
        if (!tags)
            return reportRegistryError(tags.error(), console);
        QList<QStringList> rows{{QStringLiteral("TAG"), QStringLiteral("DIGEST"),
                                 QStringLiteral("SIZE"), QStringLiteral("PLATFORMS"),
                                 QStringLiteral("PUSHED")}};
        for (const Hub::HubTag &tag : *tags) {
            if (asJson)
                out += jsonLine(tagJson(tag));
            QStringList platforms;
            for (const Hub::HubTagImage &image : tag.images)
                platforms.append(image.platform());
            rows.append({tag.name, tag.digest, HumanFormat::size(tag.fullSize),
                         platforms.join(u','), timeText(tag.lastPushed)});
        }
        console.out(asJson ? out : formatTable(rows));
        return ExitOk;
    }

    if (sub == u"create") {
        const QString path = HubClient::repositoryPath(argument);
        const auto created = waitFor<Hub::HubRepository>(interrupt, [&](auto done) {
            client.createRepository(path.section(u'/', 0, 0), path.section(u'/', 1),
                                    parser.value(description), parser.isSet(isPrivate),
                                    std::move(done));
        });
        if (!created)
            return reportRegistryError(created.error(), console);
        console.out(asJson ? jsonLine(repositoryJson(*created))
                           : tr("Created %1\n").arg(created->path()));
        return ExitOk;
    }

    // rm REPOSITORY:TAG
    const QString repository = argument.left(colon);
    const QString tag = argument.mid(colon + 1);
    if (!parser.isSet(yes)) {
        console.err(tr("Deletes the tag %1 from %2 on Docker Hub\n")
                        .arg(tag, HubClient::repositoryPath(repository)));
        if (!console.askYes(tr("Delete? [y/N] "))) {
            console.err(tr("Nothing deleted\n"));
            return ExitFailure;
        }
    }
    const auto deleted = waitFor<bool>(
        interrupt, [&](auto done) { client.deleteTag(repository, tag, std::move(done)); });
    if (!deleted)
        return reportRegistryError(deleted.error(), console);
    console.out(asJson ? jsonLine(QJsonObject{
                             {QStringLiteral("deleted"),
                              QString(HubClient::repositoryPath(repository) + u':' + tag)}})
                       : tr("Deleted %1:%2\n").arg(HubClient::repositoryPath(repository), tag));
    return ExitOk;
}

} // namespace Berth::Cli
