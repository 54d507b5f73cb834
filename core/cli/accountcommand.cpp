// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/accountcommand.h"

#include "cli/awsaccountcommands.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/passwordinput.h"
#include "cli/storedlogins.h"
#include "credentials/credentialhelper.h"
#include "credentials/dockercredentials.h"
#include "credentials/registrykey.h"
#include "registry/logincheck.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

namespace {

using Auth::CredentialStore;
using Auth::RegistryKey;

QString placeWord(CredentialStore::Place place)
{
    switch (place) {
    case CredentialStore::Place::Keychain:
        return QStringLiteral("keychain");
    case CredentialStore::Place::Session:
        return QStringLiteral("session");
    }
    return {};
}

// One row of `accounts`: a JSON line, or tab-separated columns.
QString accountLine(const QString &registry, const QString &user, const QString &source, bool json)
{
    if (!json)
        return registry + u'\t' + user + u'\t' + source + u'\n';
    const QJsonObject object{{QStringLiteral("registry"), registry},
                             {QStringLiteral("user"), user},
                             {QStringLiteral("source"), source}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

// The registry's answer to the login (LoginCheck), waited for.
Result<void> checkLogin(const QString &registryKey, bool insecure, const GlobalOptions &global,
                        const Credentials &credentials)
{
    Registry::RegistryConfig config;
    config.insecure = insecure;
    if (global.timeoutSeconds > 0)
        config.idleTimeoutMs = global.timeoutSeconds * 1000;
    QEventLoop loop;
    std::optional<Result<void>> answer;
    Registry::LoginCheck::run(registryKey, config, credentials, &loop,
                              [&answer, &loop](const Result<void> &r) {
                                  answer = r;
                                  loop.quit();
                              });
    if (!answer)
        loop.exec();
    return *answer;
}

} // namespace

QString AccountCommand::name() const
{
    switch (m_kind) {
    case Kind::Login:
        return QStringLiteral("login");
    case Kind::Logout:
        return QStringLiteral("logout");
    case Kind::Accounts:
        return QStringLiteral("accounts");
    }
    return {};
}

QString AccountCommand::summary() const
{
    switch (m_kind) {
    case Kind::Login:
        return tr(
            "Check and store a registry login in the OS keychain: login [REGISTRY] [-u USER]");
    case Kind::Logout:
        return tr("Remove a stored registry login: logout [REGISTRY] (or --aws NAME)");
    case Kind::Accounts:
        return tr("List the stored registry logins and AWS accounts (never their secrets)");
    }
    return {};
}

int AccountCommand::run(const QStringList &args, const GlobalOptions &global,
                        const Console &console)
{
    switch (m_kind) {
    case Kind::Login:
        return login(args, global, console);
    case Kind::Logout:
        return logout(args, console);
    case Kind::Accounts:
        return accounts(args, console);
    }
    return ExitUsage;
}

int AccountCommand::login(const QStringList &args, const GlobalOptions &global,
                          const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a login against the registry, then keep its secret in the OS keychain. "
           "Without REGISTRY: Docker Hub."));
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("host[:port]; default docker.io"),
                                 QStringLiteral("[REGISTRY]"));
    const QCommandLineOption username(
        {QStringLiteral("u"), QStringLiteral("username")},
        tr("Registry user name; without it, it is asked on the terminal."), QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the password or token from stdin; without it, it is asked on the terminal."));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
                                      tr("Allow plain http and unverified TLS for this registry."));
    const QCommandLineOption importDockerOption(
        QStringLiteral("import-docker"),
        tr("Copy Docker's logins (its config, credential helpers and store) into the keychain; "
           "Docker's config is not changed."));
    const QCommandLineOption aws(
        QStringLiteral("aws"),
        tr("Keep an AWS account named NAME instead: its access key id, secret key and optional "
           "session token are read from stdin (--password-stdin, one a line) or asked on the "
           "terminal, checked with AWS, and kept in the keychain."),
        QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"), tr("--aws: the account's region."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint-url"),
        tr("--aws: send the account's ECR and STS calls to URL (an emulator: http://HOST:PORT)."),
        QStringLiteral("URL"));
    parser.addOptions(
        {username, passwordStdin, insecure, importDockerOption, aws, region, endpoint});
    if (const auto code =
            parseArguments(parser, QStringLiteral("berthctl login"), args, console, 0, 1))
        return *code;
    if (parser.isSet(importDockerOption))
        return importDocker(console);
    if (parser.isSet(aws) && (parser.isSet(username) || !parser.positionalArguments().isEmpty())) {
        console.err(usageError(QStringLiteral("berthctl login"),
                               tr("--aws takes neither REGISTRY nor --username")));
        return ExitUsage;
    }
    if (parser.isSet(aws))
        return AwsAccountCommands::login({parser.value(aws), parser.value(region),
                                          parser.value(endpoint), parser.isSet(passwordStdin)},
                                         console);
    // Stdin holds the password: the user name cannot be asked there too.
    if (!parser.isSet(username) && parser.isSet(passwordStdin)) {
        console.err(
            usageError(QStringLiteral("berthctl login"), tr("--password-stdin needs --username")));
        return ExitUsage;
    }
    const QString registry =
        RegistryKey::of(parser.positionalArguments().value(0, QStringLiteral("docker.io")));
    int exitCode = ExitOk;
    // Without --username, asked on the terminal as docker login asks.
    const auto user = parser.isSet(username) ? std::optional<QString>(parser.value(username))
                                             : PasswordInput::askUsername(console, &exitCode);
    if (!user)
        return exitCode;
    const auto given =
        PasswordInput::read(true, *user, parser.isSet(passwordStdin), console, &exitCode);
    if (!given)
        return exitCode;
    Credentials credentials;
    credentials.username = given->username;
    credentials.password = given->password;
    if (const auto checked = checkLogin(registry, parser.isSet(insecure), global, credentials);
        !checked) {
        console.err(tr("berthctl: login refused, nothing stored\n"));
        return reportRegistryError(checked.error(), console);
    }
    QString problem;
    const auto store = StoredLogins::open(&problem);
    if (!store->hasKeychain()) {
        console.err(tr("berthctl: no keychain is reachable (%1): nothing stored\n").arg(problem));
        return ExitFailure;
    }
    QEventLoop loop;
    std::optional<Result<void>> saved;
    store->save(registry, credentials, &loop, [&saved, &loop](const Result<void> &r) {
        saved = r;
        loop.quit();
    });
    if (!saved)
        loop.exec();
    if (!*saved) {
        console.err(tr("berthctl: cannot store the login for %1 in the keychain: %2\n")
                        .arg(registry, saved->error().message()));
        return ExitFailure;
    }
    console.out(tr("Login Succeeded\n"));
    return ExitOk;
}

int AccountCommand::importDocker(const Console &console)
{
    const auto config = Auth::DockerConfig::load();
    if (!config) {
        console.err(QStringLiteral("berthctl: ") + config.error().message() + u'\n');
        return ExitFailure;
    }
    QString problem;
    const auto store = StoredLogins::open(&problem);
    if (!store->hasKeychain()) {
        console.err(tr("berthctl: no keychain is reachable (%1): nothing imported\n").arg(problem));
        return ExitFailure;
    }
    QStringList registries = config->registries();
    QEventLoop loop;
    if (!config->credsStore().isEmpty()) {
        // The store's own list names the registries it keeps.
        std::optional<Result<QHash<QString, QString>>> listed;
        Auth::CredentialHelper::list(config->credsStore(), &loop,
                                     [&listed, &loop](const Result<QHash<QString, QString>> &r) {
                                         listed = r;
                                         loop.quit();
                                     });
        if (!listed)
            loop.exec();
        if (*listed) {
            for (const QString &server : (*listed)->keys()) {
                if (!registries.contains(RegistryKey::of(server)))
                    registries.append(RegistryKey::of(server));
            }
        } else {
            console.err(QStringLiteral("berthctl: ") + listed->error().message() + u'\n');
        }
    }
    Auth::DockerCredentials docker;
    int exitCode = ExitOk;
    QString out;
    for (const QString &registry : std::as_const(registries)) {
        const auto found = StoredLogins::findNow(docker, {registry, {}});
        if (!found || found->isEmpty()) {
            if (!found)
                console.err(tr("berthctl: %1: %2\n").arg(registry, found.error().message()));
            exitCode = found ? exitCode : ExitFailure;
            continue;
        }
        std::optional<Result<void>> saved;
        store->save(registry, *found, &loop, [&saved, &loop](const Result<void> &r) {
            saved = r;
            loop.quit();
        });
        if (!saved)
            loop.exec();
        if (*saved) {
            out += tr("Imported %1 for %2\n").arg(found->username, registry);
        } else {
            console.err(tr("berthctl: cannot store the login for %1: %2\n")
                            .arg(registry, saved->error().message()));
            exitCode = ExitFailure;
        }
    }
    console.out(out);
    return exitCode;
}

int AccountCommand::logout(const QStringList &args, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a registry login from the keychain and the list."));
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("host[:port]; default docker.io"),
                                 QStringLiteral("[REGISTRY]"));
    const QCommandLineOption username({QStringLiteral("u"), QStringLiteral("username")},
                                      tr("Only this user's login."), QStringLiteral("USER"));
    const QCommandLineOption aws(QStringLiteral("aws"),
                                 tr("Remove the AWS account NAME (its keys and its entry)."),
                                 QStringLiteral("NAME"));
    parser.addOptions({username, aws});
    if (const auto code =
            parseArguments(parser, QStringLiteral("berthctl logout"), args, console, 0, 1))
        return *code;
    if (parser.isSet(aws))
        return AwsAccountCommands::logout(parser.value(aws), console);
    const QString registry =
        RegistryKey::of(parser.positionalArguments().value(0, QStringLiteral("docker.io")));
    // Without -u: the registry's default login.
    QString user = parser.value(username);
    if (user.isEmpty()) {
        const auto entry = Auth::AccountList().find({registry, {}});
        if (!entry) {
            console.err(tr("berthctl: not logged in to %1\n").arg(registry));
            return ExitFailure;
        }
        user = entry->login.username;
    }
    QString problem;
    const auto store = StoredLogins::open(&problem);
    QEventLoop loop;
    std::optional<Result<void>> removed;
    store->remove({registry, user}, &loop, [&removed, &loop](const Result<void> &r) {
        removed = r;
        loop.quit();
    });
    if (!removed)
        loop.exec();
    if (!*removed) {
        console.err(QStringLiteral("berthctl: ") + removed->error().message() +
                    (problem.isEmpty() ? QString() : QStringLiteral(" (") + problem + u')') +
                    u'\n');
        return ExitFailure;
    }
    console.out(tr("Removing login credentials for %1\n").arg(registry));
    return ExitOk;
}

int AccountCommand::accounts(const QStringList &args, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the registry logins Berth keeps: registry, user and where the secret lives."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the list as JSON lines."));
    parser.addOption(json);
    if (const auto code =
            parseArguments(parser, QStringLiteral("berthctl accounts"), args, console, 0, 0))
        return *code;
    // The list only: no keychain is asked, no secret read.
    const CredentialStore store(nullptr, std::make_shared<Auth::AccountList>());
    QString out;
    if (!parser.isSet(json))
        out += QStringLiteral("REGISTRY\tUSER\tSECRET IN\n");
    for (const CredentialStore::Account &account : store.accounts()) {
        out += accountLine(account.login.registry, account.login.username, placeWord(account.place),
                           parser.isSet(json));
    }
    // Docker's logins, read-only: where each would come from, without asking a helper.
    const auto docker = Auth::DockerConfig::load();
    for (const QString &registry : docker ? docker->registries() : QStringList()) {
        const auto source = docker->sourceFor(registry);
        if (!source)
            continue;
        const QString where = source->helper.isEmpty()
                                  ? QStringLiteral("docker-config")
                                  : QStringLiteral("docker-helper:") + source->helper;
        out += accountLine(registry, source->credentials.username, where, parser.isSet(json));
    }
    out += AwsAccountCommands::listing(parser.isSet(json));
    console.out(out);
    return ExitOk;
}

} // namespace Berth::Cli
