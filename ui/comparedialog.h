// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagediff.h"
#include "base/credentialsource.h"
#include "engine/engineendpoint.h"
#include "registry/registryconfig.h"

#include <QDialog>
#include <QThread>

#include <memory>

class QLabel;
class QTreeWidget;

namespace Berth::Engine {
class EngineClient;
}

namespace Berth::Ui {

class RemoteContentsLoader;

// Compare…: two local images read from the engine, or two remote tags read from their
// registry's blobs (on a thread of the dialog's own), one after the other (a layer they share
// is listed once, through the layer cache), compared on a worker, and the differences shown
// in three groups: files (added, removed, changed), config, and layer sizes with the total.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Engine::EngineEndpoint &endpoint, const QString &before,
                  const QString &after, QWidget *parent = nullptr);
    // Two references of registries; credentials may be null (anonymous).
    CompareDialog(const QString &before, const QString &after,
                  std::shared_ptr<CredentialSource> credentials,
                  const Registry::RegistryConfig &config, QWidget *parent = nullptr);
    ~CompareDialog() override;

    void showDiff(const Archive::ImageDiff &diff);

Q_SIGNALS:
    void compared();

private:
    void setUp(const QString &before, const QString &after);
    void read(int which);
    void readRemote(int which);
    void compare();

    Engine::EngineClient *m_client = nullptr;
    std::shared_ptr<CredentialSource> m_credentials;
    Registry::RegistryConfig m_registryConfig;
    QThread m_remoteThread;
    RemoteContentsLoader *m_remoteLoader = nullptr;
    QStringList m_names;
    QList<Archive::ArchivedImage> m_images;
    QLabel *m_status;
    QTreeWidget *m_differences;
};

} // namespace Berth::Ui
