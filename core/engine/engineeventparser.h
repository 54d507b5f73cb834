// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "engine/engineevent.h"
#include "engine/jsonlinessplitter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Berth::Engine {

// Reads the /events stream into EngineEvents. Lines are split by JsonLinesSplitter: a line
// that is not a JSON object, or longer than the cap, ends the stream with an error. Any
// JSON object is an event: fields an engine does not send stay empty.
class EngineEventParser final
{
public:
    // Events are a few hundred bytes; a label-heavy image makes them longer, not this long.
    static constexpr qsizetype DefaultMaxLineBytes = 256 * 1024;

    explicit EngineEventParser(qsizetype maxLineBytes = DefaultMaxLineBytes);

    // Returns the events completed by these bytes. After an error, returns nothing.
    QList<EngineEvent> feed(QByteArrayView data);
    // The stream ended: a last line without a newline is still an event.
    QList<EngineEvent> finish();

    bool hasError() const { return m_lines.hasError(); }
    const Error &error() const { return m_lines.error(); }

    static EngineEvent fromJson(const QJsonObject &object);

private:
    JsonLinesSplitter m_lines;
};

} // namespace Berth::Engine
