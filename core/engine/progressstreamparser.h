// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "engine/jsonlinessplitter.h"
#include "engine/progressmessage.h"

#include <QByteArray>
#include <QList>

namespace Berth::Engine {

// Reads the engine's progress stream (pull, push, load, build) into messages. The lines
// are split by JsonLinesSplitter: a line that is not a JSON object, or longer than the
// cap, ends the stream with an error.
class ProgressStreamParser final
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = JsonLinesSplitter::DefaultMaxLineBytes;

    explicit ProgressStreamParser(qsizetype maxLineBytes = DefaultMaxLineBytes);

    // Returns the messages completed by these bytes. After an error, returns nothing.
    QList<ProgressMessage> feed(QByteArrayView data);
    // The stream ended: a last line without a newline is still a message.
    QList<ProgressMessage> finish();

    bool hasError() const { return m_lines.hasError(); }
    const Error &error() const { return m_lines.error(); }

    static ProgressMessage fromJson(const QJsonObject &object);

private:
    JsonLinesSplitter m_lines;
};

} // namespace Berth::Engine
