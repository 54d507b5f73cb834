// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/progressprinter.h"

#include "base/humanformat.h"

namespace Berth::Cli {

using Engine::LayerProgress;

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

void ProgressPrinter::update(const QString &jobId, const QString &label,
                             const Jobs::JobProgress &progress)
{
    if (!m_jobs.contains(jobId))
        m_order.append(jobId);
    Shown &job = m_jobs[jobId];
    job.label = label;
    job.progress = progress;
    if (!m_terminal) {
        const QString out = changes(job);
        if (!out.isEmpty())
            m_console.err(out);
        return;
    }
    if (m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100)
        return;
    drawTerminal();
}

void ProgressPrinter::finish()
{
    if (m_terminal)
        drawTerminal();
}

void ProgressPrinter::drawTerminal()
{
    m_sinceDraw.start();
    QString out;
    if (m_linesDrawn > 0)
        out += QStringLiteral("\x1b[%1A").arg(m_linesDrawn); // back to the first line we drew
    QStringList lines;
    for (const QString &id : std::as_const(m_order)) {
        const Shown &job = m_jobs[id];
        const QString indent = job.label.isEmpty() ? QString() : QStringLiteral("  ");
        if (!job.label.isEmpty())
            lines.append(job.label);
        for (const LayerProgress &layer : job.progress.layers)
            lines.append(indent + layerLine(layer));
        // A save has no layers, only the bytes written so far.
        if (job.progress.layers.isEmpty() && job.progress.bytesDone > 0)
            lines.append(indent + HumanFormat::size(job.progress.bytesDone));
        if (!job.progress.status.isEmpty())
            lines.append(indent + job.progress.status);
    }
    for (const QString &line : std::as_const(lines))
        out += QStringLiteral("\x1b[2K") + line + u'\n';
    m_linesDrawn = int(lines.size());
    m_console.err(out);
}

QString ProgressPrinter::changes(Shown &job)
{
    const QString prefix = job.label.isEmpty() ? QString() : job.label + QStringLiteral(": ");
    QString out;
    for (const LayerProgress &layer : std::as_const(job.progress.layers)) {
        if (job.printedStates.value(layer.id) == layer.state)
            continue;
        job.printedStates.insert(layer.id, layer.state);
        out += prefix + layer.id + QStringLiteral(": ") + layer.state + u'\n';
    }
    if (!job.progress.status.isEmpty() && job.progress.status != job.printedStatus) {
        job.printedStatus = job.progress.status;
        out += prefix + job.printedStatus + u'\n';
    }
    return out;
}

} // namespace Berth::Cli
