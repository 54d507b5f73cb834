// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

namespace Berth::Cli {

// Data goes to stdout, progress and messages to stderr, both as UTF-8.
class Console final
{
public:
    Console(FILE *out = stdout, FILE *err = stderr)
        : m_out(out)
        , m_err(err)
    {}

    void out(const QString &text) const;
    void err(const QString &text) const;
    bool errIsTerminal() const;

private:
    FILE *m_out;
    FILE *m_err;
};

// Exit codes that scripts can branch on; see the README.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitUnreachable = 3,
    ExitPermissionDenied = 4,
    ExitCancelled = 130, // as a shell reports a command ended by Ctrl-C
};

} // namespace Berth::Cli
