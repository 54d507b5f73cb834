// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/transferprogress.h"

#include <QRegularExpression>

namespace Berth::Engine {

namespace {

bool isDoneState(const QString &state)
{
    static const QStringList done{QStringLiteral("Download complete"), QStringLiteral("Pull complete"),
                                  QStringLiteral("Already exists"),    QStringLiteral("Pushed"),
                                  QStringLiteral("Layer already exists"), QStringLiteral("Verifying Checksum"),
                                  QStringLiteral("Extracting")};
    return done.contains(state) || state.startsWith(QLatin1StringView("Mounted from"));
}

QString digestIn(const QString &text)
{
    static const QRegularExpression digest(QStringLiteral("sha256:[0-9a-f]{64}"));
    const auto match = digest.match(text);
    return match.hasMatch() ? match.captured() : QString();
}

} // namespace

LayerProgress &TransferProgress::layer(const QString &id)
{
    for (LayerProgress &existing : m_layers) {
        if (existing.id == id)
            return existing;
    }
    m_layers.append(LayerProgress{id, {}, 0, -1, false});
    return m_layers.last();
}

void TransferProgress::apply(const ProgressMessage &message)
{
    if (message.isError()) {
        m_error = message.errorMessage;
        return;
    }
    if (!message.stream.isEmpty()) {
        const QStringList lines = message.stream.split(u'\n', Qt::SkipEmptyParts);
        m_streamLines.append(lines);
    }
    const QString auxDigest = message.aux.value(QLatin1StringView("Digest")).toString();
    if (!auxDigest.isEmpty())
        m_digest = auxDigest;
    if (message.status.isEmpty())
        return;

    // "Digest: sha256:..." (pull) and "<tag>: digest: sha256:... size: N" (push).
    if (message.status.startsWith(QLatin1StringView("Digest: ")) || message.status.contains(QLatin1StringView(": digest: "))) {
        const QString digest = digestIn(message.status);
        if (!digest.isEmpty())
            m_digest = digest;
    }

    const bool retrying = message.status.startsWith(QLatin1StringView("Retrying in "));
    if (retrying)
        m_retryNotice = message.status;

    // A line with an id that is a layer (not the tag on "Pulling from" lines) moves that layer.
    const bool aboutLayer = !message.id.isEmpty() && !message.status.startsWith(QLatin1StringView("Pulling from"))
                            && !message.status.startsWith(QLatin1StringView("The push refers to"));
    if (!aboutLayer) {
        m_status = message.status;
        return;
    }
    LayerProgress &l = layer(message.id);
    l.state = message.status;
    if (retrying)
        return;
    const bool transferring = message.status == u"Downloading" || message.status == u"Pushing";
    if (transferring) {
        m_retryNotice.clear();
        if (message.total > 0)
            l.total = message.total;
        if (message.current >= 0)
            l.current = message.current;
    } else if (isDoneState(message.status)) {
        // Extracting reports the extraction's own bytes; the download is complete.
        l.done = true;
        if (l.total > 0)
            l.current = l.total;
    }
}

qint64 TransferProgress::bytesDone() const
{
    qint64 sum = 0;
    for (const LayerProgress &l : m_layers)
        sum += l.current;
    return sum;
}

qint64 TransferProgress::bytesTotal() const
{
    qint64 sum = 0;
    for (const LayerProgress &l : m_layers) {
        if (l.done && l.total < 0)
            continue; // already present: nothing to move
        if (l.total < 0)
            return -1;
        sum += l.total;
    }
    return sum;
}

} // namespace Berth::Engine
