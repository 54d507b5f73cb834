// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"
#include "engine/transferprogress.h"

#include <QElapsedTimer>
#include <QHash>

namespace Berth::Cli {

// Shows a pull, push or load on stderr: on a terminal, a bar per layer redrawn at most
// ten times a second; otherwise a plain line whenever a layer changes state, so logs stay
// readable. The daemon's retry notices are always shown.
class ProgressPrinter final
{
public:
    explicit ProgressPrinter(const Console &console);

    void update(const Engine::TransferProgress &progress);
    // Draws the last state in full, whatever the throttle said.
    void finish(const Engine::TransferProgress &progress);

private:
    void drawTerminal(const Engine::TransferProgress &progress);
    void printChanges(const Engine::TransferProgress &progress);

    const Console &m_console;
    bool m_terminal;
    QElapsedTimer m_sinceDraw;
    int m_linesDrawn = 0;
    QHash<QString, QString> m_printedStates;
    QString m_printedRetry;
    QString m_printedStatus;
};

} // namespace Berth::Cli
