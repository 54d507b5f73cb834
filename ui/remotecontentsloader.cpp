// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remotecontentsloader.h"

#include "archive/layercache.h"
#include "reference/imagereference.h"
#include "registry/registryclient.h"
#include "registry/remoteimagecontents.h"
#include "ui/registryclientstarter.h"

namespace Berth::Ui {

void RemoteContentsLoader::load(quint64 request, const QString &reference,
                                const std::shared_ptr<CredentialSource> &credentials,
                                const Registry::RegistryConfig &config)
{
    // Ends the read before: its client, and with it its GET, go with the context.
    delete m_context;
    m_context = new QObject(this);
    QObject *context = m_context;
    RegistryClientStarter::start(
        reference, credentials, config, context,
        [this, request, context, reference](const Result<Registry::RegistryClient *> &client) {
            if (!client) {
                Q_EMIT failed(request, client.error().message());
                return;
            }
            Registry::RemoteImageContents::Options options;
            options.cache = &Archive::LayerCache::shared();
            options.progress = [this, request](qint64 received, qint64 total) {
                Q_EMIT progress(request, received, total);
            };
            Registry::RemoteImageContents::read(
                *client, *Reference::ImageReference::parse(reference), options, context,
                [this, request](const Result<Archive::ArchivedImage> &image) {
                    if (!image) {
                        Q_EMIT failed(request, image.error().message());
                        return;
                    }
                    // The tree applies the layers itself, on a worker of the view.
                    Q_EMIT loaded(request, std::make_shared<const Archive::ImageContents>(
                                               Archive::ImageContents{*image, {}}));
                });
        });
}

} // namespace Berth::Ui
