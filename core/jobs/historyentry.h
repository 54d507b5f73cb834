// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Jobs {

// One job in the history file. Never holds a credential.
struct HistoryEntry
{
    QString id;   // the job's UUID
    QString kind; // kindName(): "pull", "push", ...
    QStringList references;
    QString platform; // pull, registry copy: the one platform asked for (os/arch[/variant])
    QString file;     // save/load: the tar
    QDateTime start;  // UTC; invalid while queued
    QDateTime end;    // UTC; invalid while running
    QString result;   // stateName(): "running", "succeeded", "failed", "cancelled", "interrupted"
    QString digest;
    QStringList output; // what the job made: a load's "Loaded image: app:1" lines
    QString error;      // the error text shown to the user
    QString owner;      // the process that ran it (JobHistory::ownerId())
    QString engine;     // the engine's URL; empty for registry-to-registry jobs
    int attempt = 1;    // a retry is the same id's next attempt, an entry of its own

    // What to show beside the result: the error, else the digest, else what the job made.
    QString detail() const;
    QJsonObject toJson() const;
    // nullopt when the object lacks an id or a kind; unknown keys are ignored.
    static std::optional<HistoryEntry> fromJson(const QJsonObject &object);
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

} // namespace Berth::Jobs
