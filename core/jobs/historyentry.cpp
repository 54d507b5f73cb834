// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/historyentry.h"

#include "base/jsonstrings.h"

#include <QJsonArray>

namespace Berth::Jobs {

namespace {

const QLatin1StringView IdKey("id");
const QLatin1StringView KindKey("kind");
const QLatin1StringView ReferencesKey("references");
const QLatin1StringView PlatformKey("platform");
const QLatin1StringView FileKey("file");
const QLatin1StringView StartKey("start");
const QLatin1StringView EndKey("end");
const QLatin1StringView ResultKey("result");
const QLatin1StringView DigestKey("digest");
const QLatin1StringView OutputKey("output");
const QLatin1StringView ErrorKey("error");
const QLatin1StringView OwnerKey("owner");
const QLatin1StringView AttemptKey("attempt");
const QLatin1StringView EngineKey("engine");

// ISO 8601 has four-digit years only; a time outside them could be read but not written
// back, so it counts as no time at all.
bool isWritable(const QDateTime &time)
{
    const int year = time.toUTC().date().year();
    return time.isValid() && year >= 1 && year <= 9999;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    return isWritable(time) ? time : QDateTime();
}

// Empty fields are left out: a thousand entries stay small and easy to read.
void insertText(QJsonObject &object, QLatin1StringView key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

} // namespace

QString HistoryEntry::detail() const
{
    if (!error.isEmpty())
        return error;
    return digest.isEmpty() ? output.join(QStringLiteral("; ")) : digest;
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject object;
    object.insert(IdKey, id);
    object.insert(KindKey, kind);
    if (!references.isEmpty())
        object.insert(ReferencesKey, QJsonArray::fromStringList(references));
    insertText(object, PlatformKey, platform);
    insertText(object, FileKey, file);
    if (isWritable(start))
        object.insert(StartKey, timeText(start));
    if (isWritable(end))
        object.insert(EndKey, timeText(end));
    insertText(object, ResultKey, result);
    insertText(object, DigestKey, digest);
    if (!output.isEmpty())
        object.insert(OutputKey, QJsonArray::fromStringList(output));
    insertText(object, ErrorKey, error);
    insertText(object, OwnerKey, owner);
    insertText(object, EngineKey, engine);
    if (attempt > 1) // the first attempt is the usual case, and what older files hold
        object.insert(AttemptKey, attempt);
    return object;
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QJsonObject &object)
{
    HistoryEntry entry;
    entry.id = object.value(IdKey).toString();
    entry.kind = object.value(KindKey).toString();
    if (entry.id.isEmpty() || entry.kind.isEmpty())
        return std::nullopt;
    entry.references = Json::strings(object.value(ReferencesKey));
    entry.platform = object.value(PlatformKey).toString();
    entry.file = object.value(FileKey).toString();
    entry.start = timeFrom(object.value(StartKey));
    entry.end = timeFrom(object.value(EndKey));
    entry.result = object.value(ResultKey).toString();
    entry.digest = object.value(DigestKey).toString();
    entry.output = Json::strings(object.value(OutputKey));
    entry.error = object.value(ErrorKey).toString();
    entry.owner = object.value(OwnerKey).toString();
    entry.engine = object.value(EngineKey).toString();
    entry.attempt = qMax(1, object.value(AttemptKey).toInt(1));
    return entry;
}

} // namespace Berth::Jobs
