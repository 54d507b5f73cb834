// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/windowsizewatcher.h"

#include <QSize>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace Berth::Cli {

namespace {

int g_winchPipe[2] = {-1, -1};

extern "C" void onWindowChange(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_winchPipe[1], &byte, 1);
}

} // namespace

WindowSizeWatcher::WindowSizeWatcher(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
{
    if (::pipe(g_winchPipe) != 0)
        return;
    for (const int end : g_winchPipe) {
        ::fcntl(end, F_SETFD, FD_CLOEXEC);
        ::fcntl(end, F_SETFL, O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_winchPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char bytes[64];
        while (::read(g_winchPipe[0], bytes, sizeof bytes) > 0) {
        }
        const QSize now = size();
        if (!now.isEmpty())
            Q_EMIT resized(now.height(), now.width());
    });
    struct sigaction action = {};
    action.sa_handler = onWindowChange;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGWINCH, &action, nullptr);
}

WindowSizeWatcher::~WindowSizeWatcher()
{
    ::signal(SIGWINCH, SIG_DFL);
    delete m_notifier;
    for (int &end : g_winchPipe) {
        if (end >= 0)
            ::close(end);
        end = -1;
    }
}

QSize WindowSizeWatcher::size() const
{
    winsize size = {};
    if (::ioctl(m_fd, TIOCGWINSZ, &size) != 0)
        return {};
    return QSize(size.ws_col, size.ws_row);
}

} // namespace Berth::Cli
