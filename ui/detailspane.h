// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "engine/engineendpoint.h"
#include "reference/imagereference.h"
#include "registry/registryconfig.h"
#include "ui/imagedetails.h"

#include <QThread>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Berth::Jobs {
class JobQueue;
struct JobRecord;
} // namespace Berth::Jobs

namespace Berth::Ui {

class DetailsFieldsModel;
class DetailsTableView;
class ElidedLabel;
class ImageContainersModel;
class ImageHistoryModel;
class ImageLayersModel;
class IndexPlatformsModel;
class LayerFilesView;
class LocalDetailsLoader;
class RemoteDetailsLoader;

// The details of the selected local image or remote tag, in tabs: Overview (with an
// index's platforms, or a local image's containers and their Stop and Remove), Config,
// History and Layers. The loaders run on the pane's own thread; the GUI thread only
// receives finished ImageDetails. Failures are said in the pane itself. The Layers tab also
// holds the image's file tree (LayerFilesView), read once the tab is shown: a layer chosen
// in the table shows the image as of that layer.
class DetailsPane final : public QWidget
{
    Q_OBJECT

public:
    // jobs: where Stop and Remove of a container go; may be null (no buttons then).
    explicit DetailsPane(Jobs::JobQueue *jobs, QWidget *parent = nullptr);
    ~DetailsPane() override;

    // The logins a remote tag's registry is read with (Berth's stored ones); null:
    // anonymous. Asked only when a remote tag is shown.
    void setCredentials(std::shared_ptr<CredentialSource> credentials);
    // Settings of one registry (a CA file, plain http): the defaults apply to the others.
    void setRegistryConfig(const QString &domain, const Registry::RegistryConfig &config);

    // The tabs, their models and state, for tests and the window's screenshot.
    QTabWidget *tabs() const { return m_tabs; }
    DetailsFieldsModel *overviewModel() const { return m_overview; }
    DetailsFieldsModel *configModel() const { return m_config; }
    ImageHistoryModel *historyModel() const { return m_history; }
    ImageLayersModel *layersModel() const { return m_layers; }
    IndexPlatformsModel *platformsModel() const { return m_platforms; }
    ImageContainersModel *containersModel() const { return m_containers; }
    LayerFilesView *layerFiles() const { return m_files; }
    // The message shown instead of, or above, the details (an error, a missing part).
    QString message() const;
    bool isLoading() const { return m_loading; }
    const ImageDetails &details() const { return m_details; }
    // What is shown or loading: the local image's id or the remote reference; empty when clear.
    const QString &subject() const { return m_subject; }

public Q_SLOTS:
    void showLocalImage(const Engine::EngineEndpoint &endpoint, const QString &imageId);
    void showRemoteTag(const Reference::ImageReference &reference);
    void clear();
    // Opens the details of the index's platform in this row of platformsModel().
    void openPlatform(int row);

Q_SIGNALS:
    // Details arrived and are shown, or the failure is (loadFailed too).
    void loaded();
    void loadFailed(const QString &message);

private:
    QWidget *makeOverviewTab();
    DetailsTableView *makeTable(QAbstractItemModel *model, const QString &name,
                                const QString &accessibleName);
    // Fits a table's columns to the pane (ColumnFitter) instead of to their contents:
    // `spareColumn` takes only what the others leave, its long texts elided in the middle.
    static void fitToPane(DetailsTableView *view, int spareColumn);
    void startRemote(const QString &reference);
    void beginLoad(const QString &what);
    void onLoaded(quint64 request, const ImageDetails &details);
    void onFailed(quint64 request, const QString &message);
    void setTitle(const QString &text);
    void showMessage(const QString &text, bool error);
    void enqueueContainerJob(bool remove);
    void onJobFinished(const Jobs::JobRecord &record);
    void updateContainerButtons();
    QWidget *makeLayersTab();
    // Reads the shown image's files when the Layers tab is current and they are not read yet.
    void loadLayerFiles();

    Jobs::JobQueue *m_jobs;
    std::shared_ptr<CredentialSource> m_credentials;
    QHash<QString, Registry::RegistryConfig> m_registryConfigs;
    QThread m_thread;
    LocalDetailsLoader *m_localLoader;
    RemoteDetailsLoader *m_remoteLoader;
    quint64 m_request = 0; // answers of older requests are dropped
    bool m_loading = false;
    Engine::EngineEndpoint m_endpoint; // of the local image shown
    ImageDetails m_details;
    QString m_subject;
    QString m_indexReference; // the index a platform's details were opened from

    ElidedLabel *m_title;
    QPushButton *m_back;
    QLabel *m_message;
    QTabWidget *m_tabs;
    DetailsFieldsModel *m_overview;
    DetailsFieldsModel *m_config;
    ImageHistoryModel *m_history;
    ImageLayersModel *m_layers;
    IndexPlatformsModel *m_platforms;
    ImageContainersModel *m_containers;
    LayerFilesView *m_files = nullptr;
    QWidget *m_layersTab = nullptr;
    QWidget *m_platformsBox = nullptr;
    QWidget *m_containersBox = nullptr;
    DetailsTableView *m_containersView = nullptr;
    QLabel *m_containersMessage = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Berth::Ui
