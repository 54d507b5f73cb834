// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runimagepull.h"

#include "cli/engineerror.h"
#include "cli/jobrunner.h"
#include "cli/storedlogins.h"
#include "jobs/jobrecord.h"
#include "reference/imagereference.h"

namespace Berth::Cli {

namespace {
// docker run's code when the container could not be run, a failed pull included.
constexpr int ExitRunFailed = 125;
} // namespace

int RunImagePull::pull(const QString &image, const GlobalOptions &global, const Console &console)
{
    const auto reference = Reference::ImageReference::parse(image);
    if (!reference) {
        console.err(QStringLiteral("berthctl: ") + reference.error().message() + u'\n');
        return ExitRunFailed;
    }
    // The keychain is loaded only when Berth keeps a login for the registry.
    const std::shared_ptr<CredentialSource> stored = StoredLogins::sourceFor({reference->domain()});
    const auto runner = JobRunner::open(global, console);
    if (!runner)
        return ExitUsage;
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Pull;
    spec.endpoint = runner->endpoint();
    spec.references = {image};
    if (stored)
        spec.login = {reference->domain(), {}};
    const auto records = runner->run({spec}, stored);
    const int code = records ? runner->exitCode(*records) : reportError(records.error(), console);
    return code == ExitFailure ? ExitRunFailed : code;
}

} // namespace Berth::Cli
