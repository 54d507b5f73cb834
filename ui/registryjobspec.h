// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobspec.h"

namespace Berth::Ui {

class RegistrySettings;

// The registry-to-registry jobs the window queues (Copy To… of a repository's tags or of
// Docker Hub's panel, a drop on a registry, a registry retag, a job run again from the
// history): each side's default login, and each side's settings from Settings ▸ Registries
// (CA file, client certificate, insecure), the same ones the window's own clients use.
class RegistryJobSpec final
{
public:
    // A RegistryCopy or RegistryRetag of `source` as `target`, on `endpoint` (the window's
    // engine: a registry job does not use it, the history leaves it out). `settings` may be
    // null: the defaults.
    static Jobs::JobSpec make(Jobs::JobKind kind, const Engine::EngineEndpoint &endpoint,
                              const QString &source, const QString &target,
                              const RegistrySettings *settings);
    // Sets a registry job's sides' settings as `settings` hold them now; any other job is
    // left as it is.
    static void applySettings(Jobs::JobSpec &spec, const RegistrySettings *settings);
};

} // namespace Berth::Ui
