// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jobrunner.h"

#include "cli/engineerror.h"
#include "cli/interrupt.h"
#include "cli/progressprinter.h"
#include "cli/silencewatchdog.h"
#include "engine/engineclient.h"
#include "jobs/jobhistory.h"
#include "jobs/jobqueue.h"

#include <QEventLoop>

#include <algorithm>

namespace Berth::Cli {

using Jobs::JobQueue;
using Jobs::JobRecord;

std::unique_ptr<JobRunner> JobRunner::open(const GlobalOptions &global, const Console &console)
{
    const auto endpoint = Engine::EngineEndpoint::resolve(global.host);
    if (!endpoint) {
        console.err(QStringLiteral("berthctl: ") + endpoint.error().message() + u'\n');
        return nullptr;
    }
    return std::unique_ptr<JobRunner>(new JobRunner(*endpoint, global, console));
}

JobRunner::JobRunner(Engine::EngineEndpoint endpoint, const GlobalOptions &global,
                     const Console &console)
    : m_endpoint(std::move(endpoint))
    , m_global(global)
    , m_console(console)
{}

Result<void> JobRunner::ping()
{
    Engine::EngineClient client(m_endpoint);
    if (m_global.timeoutSeconds > 0)
        client.setApiIdleTimeout(std::chrono::seconds(m_global.timeoutSeconds));
    std::optional<Result<void>> result;
    QEventLoop loop;
    client.ping(&loop, [&](const Result<Engine::EngineInfo> &info) {
        result = info ? Result<void>() : Result<void>(info.error());
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Result<QList<JobRecord>> JobRunner::run(const QList<Jobs::JobSpec> &specs,
                                        std::shared_ptr<CredentialSource> credentials)
{
    // Registry jobs need no engine: berthctl copy works where none runs.
    const bool needsEngine = std::any_of(
        specs.cbegin(), specs.cend(), [](const Jobs::JobSpec &s) { return !s.isRegistryKind(); });
    if (needsEngine) {
        if (const auto reachable = ping(); !reachable)
            return reachable.error();
    }
    Jobs::JobHistory history;
    JobQueue queue(JobQueue::Limits::all(m_global.jobs), &history);
    queue.setCredentialSource(std::move(credentials));
    QEventLoop loop;
    ProgressPrinter printer(m_console, m_console.errIsTerminal());
    const bool several = specs.size() > 1;
    QObject::connect(&queue, &JobQueue::jobChanged, &loop, [&](const JobRecord &job) {
        printer.update(job, several ? job.spec.title() : QString());
    });
    QObject::connect(&queue, &JobQueue::historyProblem, &loop, [this](const QString &text) {
        m_console.err(QStringLiteral("berthctl: ") + text + u'\n');
    });
    QObject::connect(&queue, &JobQueue::idle, &loop, &QEventLoop::quit);
    QStringList ids;
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &loop, [&] {
        for (const QString &id : std::as_const(ids))
            queue.cancel(id);
    });
    SilenceWatchdog watchdog(m_global.timeoutSeconds, &loop);
    QObject::connect(&queue, &JobQueue::jobChanged, &watchdog, &SilenceWatchdog::heard);
    QObject::connect(&watchdog, &SilenceWatchdog::silent, &queue,
                     [&queue](const QString &id) { queue.cancel(id); });
    for (const Jobs::JobSpec &spec : specs)
        ids.append(queue.enqueue(spec));
    if (!queue.isIdle())
        loop.exec();
    printer.finish();
    QList<JobRecord> records;
    for (const QString &id : std::as_const(ids)) {
        JobRecord record = *queue.job(id);
        // Cancelled by the watchdog: a timeout, not a person's Ctrl-C.
        if (watchdog.hasSilenced(id) && record.state == Jobs::JobState::Cancelled)
            record.error = watchdog.error();
        records.append(record);
    }
    return records;
}

int JobRunner::exitCode(const QList<JobRecord> &records) const
{
    int code = ExitOk;
    for (const JobRecord &job : records) {
        if (!job.error)
            continue;
        const int failure = reportError(*job.error, m_console);
        if (code == ExitOk)
            code = failure;
    }
    return code;
}

} // namespace Berth::Cli
