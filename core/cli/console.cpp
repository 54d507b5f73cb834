// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/console.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace Berth::Cli {

namespace {

class ConsoleText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::Console)
};

// Returns 0, or the errno of the failed write.
int writeBytes(FILE *stream, const QByteArray &bytes)
{
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (std::fflush(stream) != 0 || written != size_t(bytes.size()))
        return errno != 0 ? errno : EIO;
    return 0;
}

} // namespace

void Console::out(const QString &text) const
{
    outBytes(text.toUtf8());
}

void Console::outBytes(const QByteArray &bytes) const
{
    if (m_outError != 0)
        return; // the first error is the one to report; the rest would go nowhere too
    m_outError = writeBytes(m_out, bytes);
}

void Console::err(const QString &text) const
{
    errBytes(text.toUtf8());
}

void Console::errBytes(const QByteArray &bytes) const
{
    writeBytes(m_err, bytes);
}

bool Console::errIsTerminal() const
{
    return ::isatty(::fileno(m_err)) == 1;
}

bool Console::outReaderGone() const
{
    pollfd out{::fileno(m_out), POLLOUT, 0};
    return ::poll(&out, 1, 0) == 1 && (out.revents & POLLERR) != 0;
}

bool Console::outIsTerminal() const
{
    return ::isatty(::fileno(m_out)) == 1;
}

int Console::finish(int code) const
{
    if (m_outError == 0 && std::fflush(m_out) != 0)
        m_outError = errno != 0 ? errno : EIO;
    if (m_outError == 0 || m_outError == EPIPE)
        return code;
    err(ConsoleText::tr("berthctl: cannot write to stdout: %1\n")
            .arg(QString::fromLocal8Bit(std::strerror(m_outError))));
    return code == ExitOk ? int(ExitFailure) : code;
}

void guardStandardStreams()
{
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        // open() takes the lowest free descriptor: this one.
        const int opened = ::open("/dev/null", O_RDONLY);
        if (opened != fd && opened >= 0)
            ::close(opened);
    }
}

bool Console::askYes(const QString &question) const
{
    err(question);
    QByteArray line;
    char byte = 0;
    while (::read(STDIN_FILENO, &byte, 1) == 1 && byte != '\n')
        line.append(byte);
    const QByteArray answer = line.trimmed().toLower();
    return answer == "y" || answer == "yes";
}

} // namespace Berth::Cli
