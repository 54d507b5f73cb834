// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"

#include <QString>

#include <optional>

namespace Berth::Cli {

// The registry password of -u USER: from stdin with --password-stdin (never from the
// command line, where the process list and shell history would show it), else asked on the
// terminal with echo off, as docker login asks. Nothing is read without -u.
class PasswordInput final
{
public:
    struct Login
    {
        QString username;
        QString password;
    };

    // nullopt: a problem was reported; the exit code is in *exitCode.
    static std::optional<Login> read(bool hasUsername, const QString &username, bool fromStdin,
                                     const Console &console, int *exitCode);

    // One line from the terminal with echo off, after the prompt (on stderr).
    static std::optional<QString> askOnTerminal(const QString &prompt, const Console &console);

private:
    static std::optional<QString> fromStream();
};

} // namespace Berth::Cli
