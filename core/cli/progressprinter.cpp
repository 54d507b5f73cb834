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

// The daemon's words, untranslated.
bool isOpening(const QString &status)
{
    return status.startsWith(QLatin1StringView("Pulling from")) ||
           status.startsWith(QLatin1StringView("The push refers to"));
}

bool isRetryNotice(const QString &status)
{
    return status.startsWith(QLatin1StringView("Retrying in "));
}

} // namespace

ProgressPrinter::ProgressPrinter(const Console &console, bool terminal)
    : m_console(console)
    , m_terminal(terminal)
{}

void ProgressPrinter::update(const Jobs::JobRecord &job, const QString &label)
{
    if (!m_jobs.contains(job.id))
        m_order.append(job.id);
    Shown &shown = m_jobs[job.id];
    shown.label = label;
    if (job.spec.kind == Jobs::JobKind::Build) {
        // A build's output is lines, on a terminal too: each printed once, as it comes.
        printNewLogLines(shown, job);
        return;
    }
    const qsizetype openingBefore = shown.opening.size();
    const qsizetype closingBefore = shown.closing.size();
    record(shown, job);
    if (!m_terminal) {
        const QString out =
            changes(shown, shown.opening.mid(openingBefore), shown.closing.mid(closingBefore));
        if (!out.isEmpty())
            m_console.err(out);
        return;
    }
    if (m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100)
        return;
    drawTerminal();
}

void ProgressPrinter::printNewLogLines(Shown &shown, const Jobs::JobRecord &job)
{
    const QString prefix = shown.label.isEmpty() ? QString() : shown.label + QStringLiteral(": ");
    QString out;
    for (qsizetype i = shown.logLinesPrinted; i < job.progress.log.size(); ++i)
        out += prefix + job.progress.log.at(i) + u'\n';
    shown.logLinesPrinted = job.progress.log.size();
    if (!out.isEmpty())
        m_console.err(out);
}

void ProgressPrinter::record(Shown &shown, const Jobs::JobRecord &job)
{
    shown.progress = job.progress;
    const QString &status = job.progress.status;
    shown.retryNotice = isRetryNotice(status) ? status : QString();
    if (!status.isEmpty() && !isRetryNotice(status)) {
        QStringList &lines = isOpening(status) ? shown.opening : shown.closing;
        if (!lines.contains(status)) {
            // A pull's "Digest: ..." may have been overtaken by "Status: ..." within one
            // snapshot; the job knows the digest the daemon said.
            if (job.spec.kind == Jobs::JobKind::Pull && !job.digest.isEmpty() &&
                status.startsWith(QLatin1StringView("Status: ")) &&
                shown.closing.filter(job.digest).isEmpty())
                shown.closing.append(QStringLiteral("Digest: ") + job.digest);
            lines.append(status);
        }
    }
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
        for (const QString &line : job.opening)
            lines.append(indent + line);
        for (const LayerProgress &layer : job.progress.layers)
            lines.append(indent + layerLine(layer));
        // A save has no layers, only the bytes written so far.
        if (job.progress.layers.isEmpty() && job.progress.bytesDone > 0)
            lines.append(indent + HumanFormat::size(job.progress.bytesDone));
        if (!job.retryNotice.isEmpty())
            lines.append(indent + job.retryNotice);
        for (const QString &line : job.closing)
            lines.append(indent + line);
    }
    // A notice that went away leaves its line blank rather than stale.
    while (lines.size() < m_linesDrawn)
        lines.append(QString());
    for (const QString &line : std::as_const(lines))
        out += QStringLiteral("\x1b[2K") + line + u'\n';
    m_linesDrawn = int(lines.size());
    m_console.err(out);
}

QString ProgressPrinter::changes(Shown &job, const QStringList &newOpening,
                                 const QStringList &newClosing)
{
    const QString prefix = job.label.isEmpty() ? QString() : job.label + QStringLiteral(": ");
    QString out;
    for (const QString &line : newOpening)
        out += prefix + line + u'\n';
    for (const LayerProgress &layer : std::as_const(job.progress.layers)) {
        if (job.printedStates.value(layer.id) == layer.state)
            continue;
        job.printedStates.insert(layer.id, layer.state);
        out += prefix + layer.id + QStringLiteral(": ") + layer.state + u'\n';
    }
    if (!job.retryNotice.isEmpty() && !job.printedStates.contains(job.retryNotice)) {
        job.printedStates.insert(job.retryNotice, job.retryNotice);
        out += prefix + job.retryNotice + u'\n';
    }
    for (const QString &line : newClosing)
        out += prefix + line + u'\n';
    return out;
}

} // namespace Berth::Cli
