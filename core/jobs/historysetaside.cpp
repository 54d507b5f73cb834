// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/historysetaside.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Jobs {

namespace {

const QLatin1StringView Suffix(".pending");

QString ownersFolder(const QString &historyFile)
{
    return historyFile + QStringLiteral(".owners");
}

} // namespace

Result<void> HistorySetAside::append(const QString &historyFile, const HistoryEntry &entry)
{
    const QString path = ownersFolder(historyFile) + u'/' + entry.owner + Suffix;
    QFile file(path);
    if (!QDir().mkpath(ownersFolder(historyFile)) ||
        !file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error(
            ErrorKind::Io,
            tr("cannot keep the job %1 aside in %2: %3").arg(entry.id, path, file.errorString()));
    // Image names and error texts are nobody else's business on a shared machine.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!file.flush())
        return Error(
            ErrorKind::Io,
            tr("cannot keep the job %1 aside in %2: %3").arg(entry.id, path, file.errorString()));
    return {};
}

HistorySetAside::Found
HistorySetAside::collect(const QString &historyFile,
                         const std::function<bool(const QString &owner)> &hasEnded)
{
    Found found;
    const QDir owners(ownersFolder(historyFile));
    const QStringList names = owners.entryList({QStringLiteral("*") + Suffix}, QDir::Files);
    for (const QString &name : names) {
        const QString owner = name.chopped(Suffix.size());
        if (!hasEnded(owner))
            continue;
        QFile file(owners.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            // A line cut short by a crash is left out; the sweep still finds its job.
            std::optional<HistoryEntry> entry =
                HistoryEntry::fromJson(QJsonDocument::fromJson(line).object());
            if (!entry)
                continue;
            entry->owner = owner;
            found.entries.append(std::move(*entry));
        }
        found.files.append(file.fileName());
    }
    return found;
}

} // namespace Berth::Jobs
