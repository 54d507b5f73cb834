// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagearchive.h"
#include "base/result.h"
#include "reference/imagereference.h"
#include "registry/manifest.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Berth::Archive {
class LayerCache;
}

namespace Berth::Registry {

class LayerBlobReader;
class RegistryClient;

// An image of a registry with its layers listed, read without a pull and never written to
// disk: the manifest (the platform's, for an index), the config, then each layer blob
// streamed through a LayerBlobReader, one at a time, each checked against its digest. A
// layer the cache holds (by blob digest) is not fetched again. The image's layers are named
// by their diff IDs where the config gives them, as the engine names a local image's, so
// that a comparison of a local and a remote image of the same content finds no difference.
// Deletes itself after done(), which runs on the client's thread unless context is gone.
class RemoteImageContents final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<Archive::ArchivedImage> &)>;
    // Blob bytes received of all the layers to fetch, and their total.
    using Progress = std::function<void(qint64 received, qint64 total)>;

    struct Options
    {
        Platform platform; // for an index; empty: the machine's own
        Archive::LayerCache *cache = nullptr;
        Progress progress;
    };

    static constexpr qint64 ConfigCap = 16 * 1024 * 1024;

    static RemoteImageContents *read(RegistryClient *client,
                                     const Reference::ImageReference &reference,
                                     const Options &options, QObject *context, Done done);
    // Ends the read with Cancelled.
    void cancel();
    // "linux/amd64", "linux/arm64", ...: what this build runs on.
    static Platform hostPlatform();

private:
    RemoteImageContents(RegistryClient *client, Reference::ImageReference reference,
                        Options options, QObject *context, Done done);
    void start();
    void fetchConfig(const Descriptor &config);
    void nextLayer();
    void finish(const Result<Archive::ArchivedImage> &result);

    RegistryClient *m_client;
    Reference::ImageReference m_reference;
    Options m_options;
    QPointer<QObject> m_context;
    Done m_done;
    Archive::ArchivedImage m_image;
    QList<Descriptor> m_layers;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    QPointer<LayerBlobReader> m_reader;
    QPointer<QObject> m_configSource;
    bool m_finished = false;
};

} // namespace Berth::Registry
