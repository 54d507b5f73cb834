// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "base/loginref.h"
#include "jobs/historyentry.h"

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
};

// Stable names for the history file ("pull", "push", "retag", "save", "load").
QString kindName(JobKind kind);
std::optional<JobKind> kindFromName(const QString &name);

// Everything a job needs to run, and to run again on retry. No secret: `login` names the
// login, whose secret the job asks its CredentialSource for when it starts.
struct JobSpec
{
    JobKind kind = JobKind::Pull;
    Engine::EngineEndpoint endpoint;
    QStringList references;
    QString platform; // Pull: os[/arch[/variant]] or empty
    QString filePath; // Save: the tar to write; Load: the tar to read
    LoginRef login; // empty registry: anonymous
    int priority = 0; // higher runs first; FIFO among equals

    // "Pull alpine:3.19", "Push 127.0.0.1:5000/app:1", "Save 2 images to /tmp/a.tar", ...
    QString title() const;
    // The hosts the job loads, for the per-endpoint limits: the engine's URL, and the
    // registry host of every reference that goes to or comes from a registry.
    QStringList limitKeys() const;

    // The job a history entry describes, to run again against `endpoint`: the history
    // keeps neither the engine nor credentials nor a pull's platform. nullopt for an entry
    // of an unknown kind or without the references or file its kind needs.
    static std::optional<JobSpec> fromHistory(const HistoryEntry &entry,
                                              const Engine::EngineEndpoint &endpoint);
};

} // namespace Berth::Jobs
