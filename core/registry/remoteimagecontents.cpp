// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/remoteimagecontents.h"

#include "archive/layercache.h"
#include "registry/blobpipe.h"
#include "registry/layerblobreader.h"
#include "registry/registryclient.h"
#include "registry/remoteblobsource.h"

#include <QSysInfo>

namespace Berth::Registry {

RemoteImageContents *RemoteImageContents::read(RegistryClient *client,
                                               const Reference::ImageReference &reference,
                                               const Options &options, QObject *context, Done done)
{
    auto *contents = new RemoteImageContents(client, reference, options, context, std::move(done));
    contents->start();
    return contents;
}

RemoteImageContents::RemoteImageContents(RegistryClient *client,
                                         Reference::ImageReference reference, Options options,
                                         QObject *context, Done done)
    : QObject(client)
    , m_client(client)
    , m_reference(std::move(reference))
    , m_options(std::move(options))
    , m_context(context)
    , m_done(std::move(done))
{
    if (m_options.platform.isEmpty())
        m_options.platform = hostPlatform();
}

Platform RemoteImageContents::hostPlatform()
{
    const QString cpu = QSysInfo::buildCpuArchitecture();
    // Qt's names for the CPUs an image index names differently.
    if (cpu == u"x86_64")
        return Platform::parse(QStringLiteral("linux/amd64"));
    if (cpu == u"i386")
        return Platform::parse(QStringLiteral("linux/386"));
    return Platform::parse(QStringLiteral("linux/") + cpu);
}

void RemoteImageContents::start()
{
    m_client->manifestForPlatform(
        m_reference, m_options.platform, this, [this](const Result<ManifestResponse> &response) {
            if (!response) {
                finish(response.error());
                return;
            }
            const Manifest &manifest = response->manifest;
            if (manifest.isIndex()) {
                finish(Error(ErrorKind::NotFound,
                             tr("%1 is an index; no image for %2")
                                 .arg(m_reference.familiar(), m_options.platform.toString())));
                return;
            }
            m_image.repoTags = {m_reference.familiar()};
            m_layers = manifest.layers();
            fetchConfig(manifest.config());
        });
}

void RemoteImageContents::fetchConfig(const Descriptor &config)
{
    if (config.size < 0 || config.size > ConfigCap) {
        finish(Error(ErrorKind::Protocol, tr("the config of %1 is %2 bytes; at most %3 are read")
                                              .arg(m_reference.familiar())
                                              .arg(config.size)
                                              .arg(ConfigCap)));
        return;
    }
    auto *source =
        new RemoteBlobSource(m_client, m_reference.path(), config.digest, config.size, this);
    m_configSource = source;
    connect(source, &BlobSource::failed, this, [this](const Error &error) { finish(error); });
    const auto pipe = source->open();
    if (!pipe) {
        finish(pipe.error());
        return;
    }
    auto bytes = std::make_shared<QByteArray>();
    BlobPipe *blob = *pipe;
    connect(blob, &QIODevice::readyRead, this, [this, blob, bytes, config, source] {
        bytes->append(blob->readAll());
        if (!blob->atEnd())
            return;
        source->deleteLater();
        if (blob->deliveredDigest() != config.digest) {
            finish(Error(ErrorKind::Protocol,
                         tr("config %1: the registry sent bytes whose digest is %2")
                             .arg(config.digest, blob->deliveredDigest())));
            return;
        }
        m_image.configPath = config.digest;
        m_image.config = Archive::ImageConfig::fromJson(*bytes);
        for (const Descriptor &layer : std::as_const(m_layers))
            m_totalBytes += std::max<qint64>(layer.size, 0);
        nextLayer();
    });
}

void RemoteImageContents::nextLayer()
{
    const qsizetype index = m_image.layers.size();
    if (index == m_layers.size()) {
        finish(m_image);
        return;
    }
    const Descriptor &descriptor = m_layers.at(index);
    Archive::ArchivedLayer layer;
    layer.archivePath = descriptor.digest;
    // The uncompressed content's name when the config gives it, as for a local image.
    layer.digest = m_image.config.diffIds.value(index, descriptor.digest);
    layer.blobBytes = descriptor.size;
    if (m_options.cache) {
        if (auto cached = m_options.cache->find(descriptor.digest)) {
            layer.contents = cached;
            m_image.layers.append(layer);
            m_doneBytes += std::max<qint64>(descriptor.size, 0);
            nextLayer();
            return;
        }
    }
    auto *reader = new LayerBlobReader(m_client, m_reference.path(), descriptor, this);
    m_reader = reader;
    const qint64 before = m_doneBytes;
    reader->start(
        [this, before](qint64 received, qint64) {
            if (m_options.progress)
                m_options.progress(before + received, m_totalBytes);
        },
        [this, reader, layer, descriptor](const Result<Archive::SharedLayerContents> &contents) {
            reader->deleteLater();
            if (!contents) {
                finish(contents.error().withContext(tr("layer %1 of %2")
                                                        .arg(m_image.layers.size() + 1)
                                                        .arg(m_reference.familiar())));
                return;
            }
            if (m_options.cache)
                m_options.cache->insert(descriptor.digest, *contents);
            Archive::ArchivedLayer listed = layer;
            listed.contents = *contents;
            m_image.layers.append(listed);
            m_doneBytes += std::max<qint64>(descriptor.size, 0);
            QMetaObject::invokeMethod(this, &RemoteImageContents::nextLayer, Qt::QueuedConnection);
        });
}

void RemoteImageContents::cancel()
{
    if (m_reader)
        m_reader->cancel();
    finish(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void RemoteImageContents::finish(const Result<Archive::ArchivedImage> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_configSource)
        m_configSource->deleteLater();
    if (m_context)
        m_done(result);
    deleteLater();
}

} // namespace Berth::Registry
