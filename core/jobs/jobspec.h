// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/loginref.h"
#include "engine/buildoptions.h"
#include "engine/engineendpoint.h"
#include "jobs/historyentry.h"
#include "registry/registryconfig.h"
#include "registry/retrypolicy.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Jobs {

enum class JobKind {
    Pull,  // references: [reference]
    Push,  // references: [reference with a tag]
    Retag, // references: [source, target]: tag source as target, then push target
    Save,  // references: image names; filePath: the tar to write
    Load,  // filePath: the tar to read
    // Registry to registry, without the engine (core/registry):
    RegistryCopy,    // references: [source, destination]; platform: one, or empty for all
    RegistryRetag,   // references: [reference, new name in the same registry]
    RegistryDelete,  // references: [registry/name:tag or @digest]
    Build,           // build: what to build; references: its tags; filePath: the context
    ContainerStop,   // references: [container id, its name (for the title only)]
    ContainerRemove, // the same; removed even when running (docker rm -f)
    HubDeleteTag,    // references: [namespace/repository:tag], through Docker Hub's API (core/hub)
    ImageRemove,     // references: [a local tag or image id], as `docker rmi` (no force)
    ImagePrune,      // the engine's dangling images; the bytes freed are the progress's bytesDone
};

// Stable names for the history file ("pull", "push", "retag", "save", "load",
// "registry-copy", "registry-retag", "registry-delete", "build", "container-stop",
// "container-remove", "hub-delete-tag", "image-remove", "image-prune").
QString kindName(JobKind kind);
std::optional<JobKind> kindFromName(const QString &name);

// Everything a job needs to run, and to run again on retry. No secret: `login` names the
// login, whose secret the job asks its CredentialSource for when it starts.
struct JobSpec
{
    JobKind kind = JobKind::Pull;
    Engine::EngineEndpoint endpoint;
    QStringList references;
    QString platform; // Pull, RegistryCopy: os[/arch[/variant]] or empty
    QString filePath; // Save: the tar to write; Load: the tar to read
    LoginRef login;   // empty registry: anonymous; the registry kinds: the source's
    int priority = 0; // higher runs first; FIFO among equals
    // Registry kinds: each side's settings (the delete's and retag's are the source's), and
    // the copy's destination login (`login` is the source's).
    Registry::RegistryConfig sourceRegistry;
    Registry::RegistryConfig destinationRegistry;
    LoginRef destinationLogin;
    int parallelBlobs = 3;               // a copy's blobs at once: the queue's per-registry limit
    Registry::RetryPolicy registryRetry; // berthctl's: fail fast on the loopback
    // Build: the options. The logins for private FROM images are the default ones of the
    // registries the Dockerfile's FROM lines name, found when the job starts.
    Engine::BuildOptions build;

    bool isRegistryKind() const;

    // "Pull alpine:3.19", "Push 127.0.0.1:5000/app:1", "Save 2 images to /tmp/a.tar", ...
    QString title() const;
    // The hosts the job loads, for the per-endpoint limits: the engine's URL, and the
    // registry host of every reference that goes to or comes from a registry.
    QStringList limitKeys() const;

    // The job a history entry describes, to run again against `endpoint`, with the platform
    // it asked for: the history keeps neither the engine nor logins nor the registries'
    // settings, so the job names the default login of each registry it reaches (the window
    // adds the registries' settings as they are now). nullopt for an entry of an unknown kind or
    // without the references or file its kind needs.
    static std::optional<JobSpec> fromHistory(const HistoryEntry &entry,
                                              const Engine::EngineEndpoint &endpoint);
};

} // namespace Berth::Jobs
