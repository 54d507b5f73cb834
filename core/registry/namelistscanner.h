// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringList>

#include <optional>

namespace Berth::Registry {

// Reads the one array of names out of a registry's list answer ({"name": "app", "tags":
// [...]} or {"repositories": [...]}) without building a JSON document: a small scanner over
// the bytes, for a list of 10,000 tags opened with a click. It takes only the plain shape:
// an object whose members are strings, true, false or null, and the array `key`
// of ASCII strings without escapes (or null); for anything else (escapes, other bytes,
// nesting, a duplicate key, bad syntax) it answers nullopt and the caller parses the
// body with QJsonDocument, which decides. A missing key is an empty list, as there.
class NameListScanner final
{
public:
    static std::optional<QStringList> scan(QByteArrayView body, QLatin1StringView key);
};

} // namespace Berth::Registry
