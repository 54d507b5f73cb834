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

    // A user name asked on the terminal (with echo), as `docker login` asks without
    // --username; fails without a terminal or with an empty answer.
    static std::optional<QString> askUsername(const Console &console, int *exitCode);
    // One line from the terminal with echo off; the prompt (on stderr) shows once echo is off,
    // so nothing typed after it is dropped.
    static std::optional<QString> askOnTerminal(const QString &prompt, const Console &console);

private:
    static std::optional<QString> fromStream();
    // One line of stdin, without its line end.
    static std::optional<QString> readLine();
};

} // namespace Berth::Cli
