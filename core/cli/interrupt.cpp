// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/interrupt.h"

#include "cli/console.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Berth::Cli {

#ifdef Q_OS_UNIX
namespace {

int g_pipe[2] = {-1, -1};
volatile sig_atomic_t g_count = 0;
volatile sig_atomic_t g_lastSignal = 0;

// Only async-signal-safe calls here: write() to the self-pipe, _exit().
extern "C" void onSignal(int signal)
{
    g_count = g_count + 1;
    g_lastSignal = signal;
    if (g_count > 1)
        ::_exit(128 + signal);
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}

} // namespace
#endif

Interrupt::Interrupt(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::pipe(g_pipe) != 0)
        return;
    ::fcntl(g_pipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_pipe[1], F_SETFD, FD_CLOEXEC);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const auto n = ::read(g_pipe[0], &byte, 1);
        Q_EMIT interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    // A launcher may hand the signals over blocked; cancelling must work all the same.
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGTERM);
    ::sigprocmask(SIG_UNBLOCK, &mask, nullptr);
#endif
}

int Interrupt::cancelExitCode()
{
#ifdef Q_OS_UNIX
    if (g_lastSignal == SIGTERM)
        return ExitTerminated;
#endif
    return ExitCancelled;
}

Interrupt::~Interrupt()
{
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
    g_count = 0;
#endif
}

} // namespace Berth::Cli
