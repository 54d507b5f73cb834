// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Berth::Engine {

// Splits one of the engine's JSON-lines streams (pull, push and load progress, /events)
// into objects: one JSON object per line, lines ending in "\r\n" or "\n", split anywhere by
// the transport; blank lines and surrounding white space are skipped. A line that is not a
// JSON object, or longer than the cap, ends the stream with a Protocol error.
class JsonLinesSplitter final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::JsonLinesSplitter)

public:
    static constexpr qsizetype DefaultMaxLineBytes = 1024 * 1024;

    explicit JsonLinesSplitter(qsizetype maxLineBytes = DefaultMaxLineBytes);

    // Returns the objects completed by these bytes. After an error, returns nothing.
    QList<QJsonObject> feed(QByteArrayView data);
    // The stream ended: a last line without a newline still counts.
    QList<QJsonObject> finish();

    bool hasError() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    // The same, each object read into a T (a progress message, an event).
    template<typename T> QList<T> feed(QByteArrayView data, T (*read)(const QJsonObject &))
    {
        return readAll(feed(data), read);
    }
    template<typename T> QList<T> finish(T (*read)(const QJsonObject &))
    {
        return readAll(finish(), read);
    }

private:
    template<typename T>
    static QList<T> readAll(const QList<QJsonObject> &objects, T (*read)(const QJsonObject &))
    {
        QList<T> out;
        out.reserve(objects.size());
        for (const QJsonObject &object : objects)
            out.append(read(object));
        return out;
    }
    void takeLine(QByteArrayView line, QList<QJsonObject> &out);

    qsizetype m_maxLineBytes;
    QByteArray m_partial;
    std::optional<Error> m_error;
};

} // namespace Berth::Engine
