// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/rawterminal.h"

#include <termios.h>
#include <unistd.h>

namespace Berth::Cli {

struct RawTerminal::Saved
{
    termios mode;
};

RawTerminal::RawTerminal(int fd)
    : m_fd(fd)
{
    if (::isatty(fd) != 1)
        return;
    auto saved = std::make_unique<Saved>();
    if (::tcgetattr(fd, &saved->mode) != 0)
        return;
    termios raw = saved->mode;
    ::cfmakeraw(&raw);
    if (::tcsetattr(fd, TCSANOW, &raw) != 0)
        return;
    m_saved = std::move(saved);
}

RawTerminal::~RawTerminal()
{
    if (m_saved)
        ::tcsetattr(m_fd, TCSANOW, &m_saved->mode);
}

} // namespace Berth::Cli
