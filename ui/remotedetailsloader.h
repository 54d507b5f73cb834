// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "registry/registryconfig.h"
#include "ui/imagedetails.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Berth::Registry {
struct ManifestResponse;
class RegistryClient;
} // namespace Berth::Registry

namespace Berth::Ui {

// Reads a remote tag's or digest's details on the Details pane's worker thread: the stored
// login of its registry if there is one (anonymous otherwise), the manifest or index, and
// an image's config blob, checked against its digest and parsed there. A newer load()
// drops the answers of the one before.
class RemoteDetailsLoader final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // On the loader's thread. credentials may be null (anonymous).
    void load(quint64 request, const QString &reference,
              const std::shared_ptr<CredentialSource> &credentials,
              const Registry::RegistryConfig &config);

Q_SIGNALS:
    void loaded(quint64 request, const Berth::Ui::ImageDetails &details);
    void failed(quint64 request, const QString &message);

private:
    void fetchManifest(quint64 request, Registry::RegistryClient *client, const QString &reference);
    void fetchConfig(quint64 request, Registry::RegistryClient *client, const QString &reference,
                     const Registry::ManifestResponse &response);

    QPointer<QObject> m_context;
};

} // namespace Berth::Ui
