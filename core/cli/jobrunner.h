// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "base/result.h"
#include "cli/command.h"
#include "engine/engineendpoint.h"
#include "jobs/jobrecord.h"

#include <QList>

#include <memory>

namespace Berth::Cli {

// Runs berthctl's slow operations as jobs of the same pool the window uses: at most
// --jobs at once, progress on stderr, recorded in the shared job history; Ctrl-C cancels
// every job (each undoes what it half-made) and waits for them to end.
class JobRunner final
{
public:
    // Fails (with a usage error printed) when the endpoint is not an address.
    static std::unique_ptr<JobRunner> open(const GlobalOptions &global, const Console &console);

    const Engine::EngineEndpoint &endpoint() const { return m_endpoint; }

    // Returns the jobs' final records, in the order of specs. Fails without running any
    // when the engine does not answer (unless every job is a registry job, which needs none): a
    // script learns at once that there is no engine, while a job that loses it later is retried by
    // the pool. Each job finds the secret of its spec's login in `credentials` when it starts.
    Result<QList<Jobs::JobRecord>> run(const QList<Jobs::JobSpec> &specs,
                                       std::shared_ptr<CredentialSource> credentials = {});
    // Reports every failure on stderr; returns the exit code of the first one, else 0.
    int exitCode(const QList<Jobs::JobRecord> &records) const;

private:
    JobRunner(Engine::EngineEndpoint endpoint, const GlobalOptions &global, const Console &console);
    Result<void> ping();

    Engine::EngineEndpoint m_endpoint;
    const GlobalOptions &m_global;
    const Console &m_console;
};

} // namespace Berth::Cli
