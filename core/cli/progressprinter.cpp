// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/progressprinter.h"

#include "base/humanformat.h"

namespace Berth::Cli {

using Engine::LayerProgress;
using Engine::TransferProgress;

namespace {

QString bar(qint64 current, qint64 total)
{
    constexpr int width = 30;
    if (total <= 0)
        return QString(width + 2, u' ');
    const int filled = int(qBound(qint64(0), current * width / total, qint64(width)));
    return u'[' + QString(filled, u'=') +
           (filled < width ? QStringLiteral(">") + QString(width - filled - 1, u' ') : QString()) +
           u']';
}

QString layerLine(const LayerProgress &layer)
{
    QString line = layer.id + QStringLiteral(": ") + layer.state;
    if (!layer.done && layer.total > 0 &&
        (layer.state == u"Downloading" || layer.state == u"Pushing"))
        line += u' ' + bar(layer.current, layer.total) + u' ' + HumanFormat::size(layer.current) +
                u'/' + HumanFormat::size(layer.total);
    return line;
}

} // namespace

ProgressPrinter::ProgressPrinter(const Console &console)
    : m_console(console)
    , m_terminal(console.errIsTerminal())
{}

void ProgressPrinter::update(const TransferProgress &progress)
{
    if (!m_terminal) {
        printChanges(progress);
        return;
    }
    if (m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100)
        return;
    drawTerminal(progress);
}

void ProgressPrinter::finish(const TransferProgress &progress)
{
    if (m_terminal)
        drawTerminal(progress);
    else
        printChanges(progress);
}

void ProgressPrinter::drawTerminal(const TransferProgress &progress)
{
    m_sinceDraw.start();
    QString out;
    if (m_linesDrawn > 0)
        out += QStringLiteral("\x1b[%1A").arg(m_linesDrawn); // back to the first line we drew
    QStringList lines;
    for (const LayerProgress &layer : progress.layers())
        lines.append(layerLine(layer));
    if (!progress.retryNotice().isEmpty())
        lines.append(progress.retryNotice());
    if (!progress.status().isEmpty())
        lines.append(progress.status());
    for (const QString &line : std::as_const(lines))
        out += QStringLiteral("\x1b[2K") + line + u'\n';
    m_linesDrawn = int(lines.size());
    m_console.err(out);
}

void ProgressPrinter::printChanges(const TransferProgress &progress)
{
    QString out;
    for (const LayerProgress &layer : progress.layers()) {
        if (m_printedStates.value(layer.id) == layer.state)
            continue;
        m_printedStates.insert(layer.id, layer.state);
        out += layer.id + QStringLiteral(": ") + layer.state + u'\n';
    }
    if (!progress.retryNotice().isEmpty() && progress.retryNotice() != m_printedRetry) {
        m_printedRetry = progress.retryNotice();
        out += m_printedRetry + u'\n';
    }
    if (!progress.status().isEmpty() && progress.status() != m_printedStatus) {
        m_printedStatus = progress.status();
        out += m_printedStatus + u'\n';
    }
    if (!out.isEmpty())
        m_console.err(out);
}

} // namespace Berth::Cli
