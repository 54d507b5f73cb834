// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/historyfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Berth::Jobs {

namespace {

const QLatin1StringView VersionKey("version");
const QLatin1StringView EntriesKey("entries");
constexpr int FormatVersion = 1;

} // namespace

Result<HistoryFile::Contents> HistoryFile::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return Error(ErrorKind::Protocol, tr("larger than %1 MiB").arg(MaxBytes / 1024 / 1024));
    if (bytes.trimmed().isEmpty())
        return Contents{};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorKind::Protocol, tr("not valid JSON (%1 at offset %2)")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset));
    const QJsonValue entriesValue = document.object().value(EntriesKey);
    if (!document.isObject() || !entriesValue.isArray())
        return Error(ErrorKind::Protocol, tr("not a JSON object with an \"entries\" array"));

    Contents contents;
    const QJsonArray entries = entriesValue.toArray();
    contents.entries.reserve(entries.size());
    QSet<std::pair<QString, int>> attempts;
    for (const QJsonValue &value : entries) {
        std::optional<HistoryEntry> entry = HistoryEntry::fromJson(value.toObject());
        // A repeated attempt of an id can only come from an edit by hand; the first one
        // stays, so that record() has one entry to replace.
        if (!entry || attempts.contains({entry->id, entry->attempt})) {
            ++contents.leftOut;
            continue;
        }
        attempts.insert({entry->id, entry->attempt});
        contents.entries.append(std::move(*entry));
    }
    return contents;
}

QByteArray HistoryFile::serialize(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &entry : entries)
        array.append(entry.toJson());
    QJsonObject root;
    root.insert(VersionKey, FormatVersion);
    root.insert(EntriesKey, array);
    // Indented: people open this file to see what happened.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Berth::Jobs
