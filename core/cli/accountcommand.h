// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl login|logout|accounts: the registry logins Berth keeps, secrets in the OS
// keychain. login checks the credentials against the registry before storing anything.
class AccountCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::AccountCommand)

public:
    enum class Kind { Login, Logout, Accounts };
    explicit AccountCommand(Kind kind)
        : m_kind(kind)
    {}

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;

private:
    int login(const QStringList &args, const GlobalOptions &global, const Console &console);
    // Copies Docker's logins (config auths, credHelpers, credsStore) into the keychain.
    int importDocker(const Console &console);
    int logout(const QStringList &args, const Console &console);
    int accounts(const QStringList &args, const Console &console);

    Kind m_kind;
};

} // namespace Berth::Cli
