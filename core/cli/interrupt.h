// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Berth::Cli {

// Turns Ctrl-C (SIGINT) and SIGTERM into a Qt signal, so a running operation can be
// cancelled cleanly (its stream closed, its temporary files removed) instead of the
// process dying mid-write. A second Ctrl-C while cancelling ends the process at once.
class Interrupt final : public QObject
{
    Q_OBJECT

public:
    explicit Interrupt(QObject *parent = nullptr);
    ~Interrupt() override;

    // The exit code of a command cancelled by the last signal: 143 after SIGTERM, else 130
    // (Ctrl-C), as shells report a process those signals ended.
    static int cancelExitCode();

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Berth::Cli
