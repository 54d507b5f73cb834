// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/progressmessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Engine {

// Where one layer of a pull or push is.
struct LayerProgress
{
    QString id;
    QString state;      // the daemon's words: "Downloading", "Pushed", "Retrying in 5 seconds", ...
    qint64 current = 0; // bytes moved
    qint64 total = -1;  // bytes in all, -1 while unknown
    bool done = false;
};

// Folds a pull, push or load stream into per-layer progress, the final digest and the
// daemon's own retry notices. The daemon retries by itself; Berth shows it and never
// retries on top of it.
class TransferProgress final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::TransferProgress)

public:
    void apply(const ProgressMessage &message);
    // The stream ended well: every layer is done, also those whose end the daemon never
    // says (a load reports "Loading layer" and nothing after it).
    void finishLayers();

    const QList<LayerProgress> &layers() const { return m_layers; }
    // The pushed or pulled manifest digest, once the daemon said it.
    const QString &digest() const { return m_digest; }
    // The latest line that is about the whole operation ("Status: Downloaded newer image ...").
    const QString &status() const { return m_status; }
    // The daemon's latest "Retrying in N seconds", while a layer still waits for its retry.
    const QString &retryNotice() const { return m_retryNotice; }
    // Output lines of load and build ("Loaded image: app:1").
    const QStringList &streamLines() const { return m_streamLines; }
    // The image a build made (its aux {"ID": ...}), once the daemon said it.
    const QString &imageId() const { return m_imageId; }
    // The daemon's error line, which ends a failed operation inside an HTTP 200.
    const QString &error() const { return m_error; }

    qint64 bytesDone() const;
    qint64 bytesTotal() const; // -1 while any layer's size is unknown

private:
    LayerProgress &layer(const QString &id);

    QList<LayerProgress> m_layers;
    QString m_digest;
    QString m_imageId;
    QString m_status;
    QString m_retryNotice;
    QStringList m_streamLines;
    QString m_error;
};

} // namespace Berth::Engine
