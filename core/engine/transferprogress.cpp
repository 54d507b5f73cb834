// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/transferprogress.h"

#include <QRegularExpression>
#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace Berth::Engine {

namespace {

bool isDoneState(const QString &state)
{
    static const QStringList done{QStringLiteral("Download complete"),
                                  QStringLiteral("Pull complete"),
                                  QStringLiteral("Already exists"),
                                  QStringLiteral("Pushed"),
                                  QStringLiteral("Layer already exists"),
                                  QStringLiteral("Verifying Checksum"),
                                  QStringLiteral("Extracting")};
    return done.contains(state) || state.startsWith(QLatin1StringView("Mounted from"));
}

QString digestIn(const QString &text)
{
    static const QRegularExpression digest(QStringLiteral("sha256:[0-9a-f]{64}"));
    const auto match = digest.match(text);
    return match.hasMatch() ? match.captured() : QString();
}

// Sizes come from the stream, so a sum must not overflow whatever the numbers are.
qint64 addSaturating(qint64 sum, qint64 value)
{
    qint64 result = 0;
    return qAddOverflow(sum, value, &result) ? std::numeric_limits<qint64>::max() : result;
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
    const QString auxId = message.aux.value(QLatin1StringView("ID")).toString();
    if (!auxId.isEmpty())
        m_imageId = auxId;
    if (message.status.isEmpty())
        return;

    // "Digest: sha256:..." (pull) and "<tag>: digest: sha256:... size: N" (push).
    if (message.status.startsWith(QLatin1StringView("Digest: ")) ||
        message.status.contains(QLatin1StringView(": digest: "))) {
        const QString digest = digestIn(message.status);
        if (!digest.isEmpty())
            m_digest = digest;
    }

    const bool retrying = message.status.startsWith(QLatin1StringView("Retrying in "));
    if (retrying)
        m_retryNotice = message.status;

    // A line with an id that is a layer (not the tag on "Pulling from" lines) moves that layer.
    const bool aboutLayer = !message.id.isEmpty() &&
                            !message.status.startsWith(QLatin1StringView("Pulling from")) &&
                            !message.status.startsWith(QLatin1StringView("The push refers to"));
    if (!aboutLayer) {
        m_status = message.status;
        return;
    }
    LayerProgress &l = layer(message.id);
    l.state = message.status;
    if (retrying)
        return;
    // Layers move on while another waits for its retry: the notice stays until none waits.
    const bool waiting =
        std::any_of(m_layers.cbegin(), m_layers.cend(), [](const LayerProgress &other) {
            return other.state.startsWith(QLatin1StringView("Retrying in "));
        });
    if (!waiting)
        m_retryNotice.clear();
    // Load reports each new layer as "Loading layer" with its bytes, and no end state.
    const bool transferring = message.status == u"Downloading" || message.status == u"Pushing" ||
                              message.status == u"Loading layer";
    if (transferring) {
        if (message.total > 0)
            l.total = message.total;
        if (message.current >= 0)
            l.current = message.current;
        // A push counts the tar stream it sends against the layer's size and ends a little
        // past it ("2.099MB" of 2.097MB): a layer is never more than done.
        if (l.total > 0 && l.current > l.total)
            l.current = l.total;
    } else if (isDoneState(message.status)) {
        // Extracting reports the extraction's own bytes; the download is complete.
        l.done = true;
        if (l.total > 0)
            l.current = l.total;
        else if (l.current > 0)
            l.total = l.current; // no size was announced: what moved is all there was
    }
}

void TransferProgress::finishLayers()
{
    for (LayerProgress &l : m_layers) {
        l.done = true;
        if (l.total > 0)
            l.current = l.total;
        else if (l.current > 0)
            l.total = l.current;
    }
}

qint64 TransferProgress::bytesDone() const
{
    qint64 sum = 0;
    for (const LayerProgress &l : m_layers)
        sum = addSaturating(sum, l.current);
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
        sum = addSaturating(sum, l.total);
    }
    return sum;
}

} // namespace Berth::Engine
