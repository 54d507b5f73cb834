// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of the list answers' scanner on arbitrary bodies: it never crashes, and
// whatever it reads, QJsonDocument reads too, to the same names (it only ever leaves a body
// to QJsonDocument, never reads one differently).
#include "invariantbroken.h"
#include "registry/namelistscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using Berth::Registry::NameListScanner;

namespace {

[[noreturn]] void broken(const char *invariant, const QByteArray &input)
{
    invariantBroken("name list", invariant, input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *key : {"tags", "repositories"}) {
        const auto scanned = NameListScanner::scan(body, QLatin1StringView(key));
        if (!scanned)
            continue;
        if (scanned->size() > body.size())
            broken("more names than bytes", body);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            broken("scanned a body QJsonDocument refuses", body);
        QStringList names;
        for (const QJsonValue &item : document.object().value(QLatin1StringView(key)).toArray())
            names.append(item.toString());
        if (names != *scanned)
            broken("names other than QJsonDocument's", body);
    }
    return 0;
}
