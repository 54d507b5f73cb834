// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "engine/progressmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Berth::Engine {

// Splits the engine's progress stream into messages: one JSON object per line, lines
// ending in "\r\n" (pull, push, load) or "\n" (events), split anywhere by the transport.
// A line that is not a JSON object, or longer than the cap, ends the stream with an error.
class ProgressStreamParser final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::ProgressStreamParser)

public:
    static constexpr qsizetype DefaultMaxLineBytes = 1024 * 1024;

    explicit ProgressStreamParser(qsizetype maxLineBytes = DefaultMaxLineBytes);

    // Returns the messages completed by these bytes. After an error, returns nothing.
    QList<ProgressMessage> feed(QByteArrayView data);
    // The stream ended: a last line without a newline is still a message.
    QList<ProgressMessage> finish();

    bool hasError() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    static std::optional<ProgressMessage> parseLine(QByteArrayView line, QString *problem);

private:
    void takeLine(QByteArrayView line, QList<ProgressMessage> &out);

    qsizetype m_maxLineBytes;
    QByteArray m_partial;
    std::optional<Error> m_error;
};

} // namespace Berth::Engine
