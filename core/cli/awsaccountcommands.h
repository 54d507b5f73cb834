// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"

#include <QCoreApplication>
#include <QString>

namespace Berth::Cli {

// The AWS side of berthctl login, logout and accounts (docs/credentials.md): an AWS account
// is a name, keys kept in the keychain (one item), and a region and endpoint in the list.
class AwsAccountCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::AwsAccountCommands)

public:
    struct LoginOptions
    {
        QString name;
        QString region;      // empty: AWS_REGION, AWS_DEFAULT_REGION
        QString endpointUrl; // kept with the account; also where the keys are checked
        bool fromStdin = false;
    };

    // Reads the access key id, the secret key and an optional session token (stdin with
    // --password-stdin, one a line; else asked on the terminal), checks them with STS
    // GetCallerIdentity, then keeps them in the keychain: the account becomes the default.
    static int login(const LoginOptions &options, const Console &console);
    static int logout(const QString &name, const Console &console);
    // `berthctl accounts` rows for the AWS accounts, without any secret.
    static QString listing(bool json);
};

} // namespace Berth::Cli
