// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace Berth::Cli {

// Data goes to stdout, progress and messages to stderr, both as UTF-8. A failed write to
// stdout is remembered: the data a script asked for did not arrive, so the command fails.
class Console final
{
public:
    Console(FILE *out = stdout, FILE *err = stderr)
        : m_out(out)
        , m_err(err)
    {}

    void out(const QString &text) const;
    void outBytes(const QByteArray &bytes) const;
    void err(const QString &text) const;
    void errBytes(const QByteArray &bytes) const;
    bool errIsTerminal() const;
    bool outIsTerminal() const;
    // Prints the question on stderr and reads a line from stdin: true for "y" or "yes".
    bool askYes(const QString &question) const;
    // Stdout is a pipe whose reader has left (`| head`): writing more only fails with EPIPE.
    bool outReaderGone() const;

    // The exit code once a command returned `code`: ExitFailure, with a message naming the
    // error, when stdout could not be written. A reader that went away (EPIPE, as `| head`
    // does) is not an error worth a word: the reader has what it wanted.
    int finish(int code) const;

private:
    FILE *m_out;
    FILE *m_err;
    mutable int m_outError = 0; // errno of the first failed write to stdout
};

// Makes sure file descriptors 0, 1 and 2 are open before anything else opens a file: with
// stdout closed (`>&-`), the next descriptor opened (Qt's eventfd) would become fd 1 and
// data would be written into it. A closed stdout or stderr gets /dev/null opened read-only,
// so that every write to it fails (EBADF) and is reported; a closed stdin reads as empty.
void guardStandardStreams();

// Exit codes that scripts can branch on: one table, in the README, docs/exit-codes.md and
// `berthctl --help`. Later codes are added at the end; a code never changes its meaning.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,             // anything else, with the engine's, registry's or Berth's message
    ExitUsage = 2,               // the command line is wrong
    ExitUnreachable = 3,         // no engine at that address
    ExitPermissionDenied = 4,    // the engine's socket may not be opened by this user
    ExitLoginRefused = 5,        // the registry refused the login (or anonymous access)
    ExitRegistryUnreachable = 6, // no registry answered at that address
    ExitCancelled = 130,         // SIGINT (Ctrl-C), as a shell reports it
    ExitTerminated = 143,        // SIGTERM, as a shell reports it
    ExitBrokenPipe = 141,        // stdout's reader left, as a shell reports docker's SIGPIPE
};

} // namespace Berth::Cli
