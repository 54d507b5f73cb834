// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/passwordinput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Berth::Cli {

namespace {

class PasswordText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::PasswordInput)
};

QByteArray withoutLineEnd(QByteArray text)
{
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    return text;
}

} // namespace

std::optional<PasswordInput::Login> PasswordInput::read(bool hasUsername, const QString &username,
                                                        bool fromStdin, const Console &console,
                                                        int *exitCode)
{
    *exitCode = ExitOk;
    if (!hasUsername && !fromStdin)
        return Login{}; // anonymous
    if (!hasUsername) {
        console.err(PasswordText::tr("berthctl: --password-stdin needs --username\n"));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    std::optional<QString> password;
    if (fromStdin) {
        password = fromStream();
    } else if (::isatty(STDIN_FILENO) == 1) {
        password = askOnTerminal(PasswordText::tr("Password for %1: ").arg(username), console);
    } else {
        console.err(PasswordText::tr("berthctl: --username needs --password-stdin when stdin "
                                     "is not a terminal to ask on\n"));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (!password) {
        console.err(PasswordText::tr("berthctl: cannot read the password\n"));
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    if (password->isEmpty()) {
        console.err(PasswordText::tr("berthctl: no password given\n"));
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    return Login{username, *password};
}

std::optional<QString> PasswordInput::fromStream()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(withoutLineEnd(in.readAll()));
}

std::optional<QString> PasswordInput::askOnTerminal(const QString &prompt, const Console &console)
{
    termios saved{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        // Drops what was typed before the question, so the prompt comes after: what is
        // typed once it shows is kept.
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    console.err(prompt);
    const auto line = readLine();
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    console.err(QStringLiteral("\n")); // the Enter that echo did not show
    return line;
}

std::optional<QString> PasswordInput::askUsername(const Console &console, int *exitCode)
{
    *exitCode = ExitOk;
    if (::isatty(STDIN_FILENO) != 1) {
        console.err(PasswordText::tr("berthctl: give --username; stdin is not a terminal to ask "
                                     "on\n"));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    console.err(PasswordText::tr("Username: "));
    const auto line = readLine();
    const QString username = line ? line->trimmed() : QString();
    if (username.isEmpty()) {
        console.err(PasswordText::tr("berthctl: no user name given\n"));
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    return username;
}

std::optional<QString> PasswordInput::readLine()
{
    // Read byte by byte: nothing past the line is taken from stdin.
    QByteArray line;
    char byte = 0;
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, &byte, 1);
        if (n < 0)
            return std::nullopt;
        if (n == 0 || byte == '\n')
            break;
        line.append(byte);
    }
    return QString::fromUtf8(withoutLineEnd(line));
}

} // namespace Berth::Cli
