// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "jobs/historyentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Berth::Jobs {

// The bytes of the history file: {"version": 1, "entries": [...]}, oldest first. Kept apart
// from JobHistory's locking so the parser can be fuzzed on its own.
class HistoryFile final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Jobs::HistoryFile)

public:
    // A thousand entries take well under a MiB; a file far larger is not a history.
    static constexpr qint64 MaxBytes = 32 * 1024 * 1024;

    struct Contents
    {
        QList<HistoryEntry> entries;
        // Entries without an id or a kind, or repeating an id seen before: left out.
        int leftOut = 0;
    };

    // An error when the bytes are not a history at all (bad JSON, wrong shape); its
    // message says why. Empty or blank bytes are an empty history.
    static Result<Contents> parse(const QByteArray &bytes);
    static QByteArray serialize(const QList<HistoryEntry> &entries);
};

} // namespace Berth::Jobs
