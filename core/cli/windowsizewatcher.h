// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

class QSocketNotifier;

namespace Berth::Cli {

// Tells the size of the terminal on `fd`, and again after each SIGWINCH (turned into a Qt
// signal through a self-pipe, since a signal handler may do almost nothing).
class WindowSizeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit WindowSizeWatcher(int fd, QObject *parent = nullptr);
    ~WindowSizeWatcher() override;

    // Rows and columns now; zero when `fd` is no terminal.
    QSize size() const;

Q_SIGNALS:
    void resized(int rows, int columns);

private:
    int m_fd;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Berth::Cli
