// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/awsaccountcommands.h"

#include "aws/awsaccountlist.h"
#include "aws/awsaccountstore.h"
#include "aws/awsendpoints.h"
#include "aws/ecrclient.h"
#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/passwordinput.h"
#include "cli/storedlogins.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <unistd.h>

namespace Berth::Cli {

namespace {

// The keys, from stdin (--password-stdin: key id, secret, optional token, one a line) or
// asked on the terminal with echo off. Never from the command line.
std::optional<Aws::AwsCredentials> readKeys(bool fromStdin, const Console &console, int *exitCode)
{
    Aws::AwsCredentials keys;
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *exitCode = ExitFailure;
            return std::nullopt;
        }
        const QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n');
        const auto line = [&lines](int i) {
            return lines.value(i).trimmed();
        };
        keys = {line(0), line(1), line(2)};
    } else if (::isatty(STDIN_FILENO) == 1) {
        const auto keyId =
            PasswordInput::askOnTerminal(AwsAccountCommands::tr("AWS Access Key ID: "), console);
        const auto secret = PasswordInput::askOnTerminal(
            AwsAccountCommands::tr("AWS Secret Access Key: "), console);
        const auto token = PasswordInput::askOnTerminal(
            AwsAccountCommands::tr("AWS Session Token (Enter for none): "), console);
        if (!keyId || !secret || !token) {
            console.err(AwsAccountCommands::tr("berthctl: cannot read the keys\n"));
            *exitCode = ExitFailure;
            return std::nullopt;
        }
        keys = {keyId->trimmed(), secret->trimmed(), token->trimmed()};
    } else {
        console.err(usageError(QStringLiteral("berthctl login"),
                               AwsAccountCommands::tr("--aws needs --password-stdin when stdin is "
                                                      "not a terminal to ask on")));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (!keys.isComplete()) {
        console.err(AwsAccountCommands::tr(
            "berthctl: give the access key id and the secret access key, one a line\n"));
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    return keys;
}

std::shared_ptr<Aws::AwsAccountStore> openStore()
{
    return std::make_shared<Aws::AwsAccountStore>([] { return StoredLogins::loadKeychain(); },
                                                  std::make_shared<Aws::AwsAccountList>());
}

} // namespace

int AwsAccountCommands::login(const LoginOptions &options, const Console &console)
{
    const QString program = QStringLiteral("berthctl login");
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString region = options.region;
    for (const QString &name : {QStringLiteral("AWS_REGION"), QStringLiteral("AWS_DEFAULT_REGION")})
        region = region.isEmpty() ? environment.value(name) : region;
    if (options.name.isEmpty() || options.name.contains(u'@') || region.isEmpty()) {
        console.err(usageError(program, tr("--aws needs a NAME (without '@') and a region "
                                           "(--region, AWS_REGION or AWS_DEFAULT_REGION)")));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto keys = readKeys(options.fromStdin, console, &exitCode);
    if (!keys)
        return exitCode;

    // Checked first, as a registry login is: keys STS refuses are not kept.
    Aws::ResolvedAwsCredentials resolved;
    resolved.credentials = *keys;
    resolved.region = region;
    const QUrl sts = Aws::AwsEndpoints::resolve(QStringLiteral("sts"), region, {}, environment,
                                                options.endpointUrl);
    Aws::EcrClient client(resolved, {sts, sts});
    QEventLoop loop;
    std::optional<Result<QJsonObject>> who;
    client.callerIdentity([&who, &loop](const Result<QJsonObject> &r) {
        who = r;
        loop.quit();
    });
    if (!who)
        loop.exec();
    if (!*who) {
        console.err(tr("berthctl: AWS refused the keys of %1, nothing stored\n").arg(options.name));
        return reportRegistryError(who->error(), console);
    }

    Aws::AwsAccountList::Entry entry;
    entry.name = options.name;
    entry.maskedKeyId = Aws::AwsAccountList::mask(keys->accessKeyId);
    entry.region = region;
    entry.endpointUrl = options.endpointUrl;
    if (const auto saved = openStore()->saveNow(entry, *keys); !saved) {
        console.err(tr("berthctl: cannot keep AWS account %1 in the keychain: %2\n")
                        .arg(options.name, saved.error().message()));
        return ExitFailure;
    }
    console.out(tr("Login Succeeded: AWS account %1 (%2), region %3\n")
                    .arg(options.name, (*who)->value(QLatin1String("Arn")).toString(), region));
    return ExitOk;
}

int AwsAccountCommands::logout(const QString &name, const Console &console)
{
    if (const auto removed = openStore()->removeNow(name); !removed) {
        console.err(QStringLiteral("berthctl: ") + removed.error().message() + u'\n');
        return ExitFailure;
    }
    console.out(tr("Removed AWS account %1\n").arg(name));
    return ExitOk;
}

QString AwsAccountCommands::listing(bool json)
{
    QString out;
    for (const Aws::AwsAccountList::Entry &entry : Aws::AwsAccountList().entries()) {
        if (!json) {
            out += QStringLiteral("aws:%1\t%2\tkeychain\n").arg(entry.name, entry.maskedKeyId);
            continue;
        }
        const QJsonObject object{{QStringLiteral("aws"), entry.name},
                                 {QStringLiteral("accessKeyId"), entry.maskedKeyId},
                                 {QStringLiteral("region"), entry.region},
                                 {QStringLiteral("endpointUrl"), entry.endpointUrl},
                                 {QStringLiteral("default"), entry.isDefault},
                                 {QStringLiteral("source"), QStringLiteral("keychain")}};
        out += QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
    }
    return out;
}

} // namespace Berth::Cli
