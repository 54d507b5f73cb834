// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace Berth::Json {

// The strings of a JSON array, as the engine and the history file hold lists of names;
// anything else in it (or a value that is no array) is left out rather than failing.
inline QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

} // namespace Berth::Json
