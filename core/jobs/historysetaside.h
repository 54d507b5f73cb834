// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "jobs/historyentry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace Berth::Jobs {

// Entries a closing process could not write into the job history (another process held
// its lock past the closing deadline), kept in "<history>.owners/<owner>.pending", one
// JSON object a line, a file only their owner writes. A later process merges them into
// the history under its lock once their owner has ended, so no job is lost.
class HistorySetAside final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Jobs::HistorySetAside)

public:
    struct Found
    {
        QList<HistoryEntry> entries; // in the order they were set aside
        QStringList files;           // to remove once the entries are in the history
    };

    // Appends the entry (its owner set) to its owner's file.
    static Result<void> append(const QString &historyFile, const HistoryEntry &entry);
    // The entries set aside by every owner that `hasEnded` says is gone.
    static Found collect(const QString &historyFile,
                         const std::function<bool(const QString &owner)> &hasEnded);
};

} // namespace Berth::Jobs
