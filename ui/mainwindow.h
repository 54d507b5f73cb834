// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "jobs/jobqueue.h"
#include "ui/sandboxengine.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;

namespace Berth::Auth {
class CredentialStore;
class SecretVault;
} // namespace Berth::Auth
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Berth::Aws {
class AwsAccountStore;
class EcrTokenCache;
} // namespace Berth::Aws

namespace Berth::Ui {

class EngineBanner;
class EngineChooser;
class HubPanel;
class ImageFilterProxyModel;
class ContainerActions;
class DetailsPane;
class DriftMonitor;
class DropActions;
class DropPlanner;
class ImageTransferActions;
class ImageContentsActions;
class EcrPushAction;
class ImageJobActions;
class ImportNotice;
class LocalImageActions;
class JobsDock;
class LocalImagesFeed;
class LocalImagesModel;
class RegistryBrowsing;
class RemoteTagsView;
class RegistrySettings;
class SettingsDialog;
class SourcesTree;
class WindowMemory;

// Berth's window: the local engine's images in a filterable, sortable table that follows
// the engine's changes live, a banner that explains what to do when the engine cannot be
// reached, and the Jobs dock with the pulls, pushes, saves and loads the window started.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        Engine::EngineEndpoint endpoint;
        bool isSandbox = false; // the endpoint is Berth's sandbox engine
        SandboxConfig sandbox;
        Jobs::JobQueue::Limits jobLimits; // how many pulls, pushes, ... run at once
        QString historyPath;              // the job history; empty: the one berthctl shares
        // Offer once, after the first paint, to import Docker's logins (not under
        // --screenshot or --self-test).
        bool offerDockerImport = false;
        // Ask the registries whether the local tags drifted (docs/drift.md), after the first
        // paint; the self-test's made-up rows name no real registry.
        bool checkDrift = true;
        // Restore the geometry, docks, columns and source of the last session and save them
        // when the window goes (not under --screenshot, whose picture is always the same).
        bool rememberState = false;
    };

    explicit MainWindow(Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    LocalImagesModel *imagesModel() const { return m_model; }
    ImageFilterProxyModel *filterModel() const { return m_proxy; }
    LocalImagesFeed *feed() const { return m_feed; }
    EngineBanner *banner() const { return m_banner; }
    Jobs::JobQueue *jobQueue() const { return m_jobs; }
    // Berth's logins. Made at start without any keychain contact: the keychain is asked
    // only when a job or the Accounts dialog needs a secret.
    const std::shared_ptr<Auth::CredentialStore> &credentials() const { return m_credentials; }
    JobsDock *jobsDock() const { return m_jobsDock; }
    ImportNotice *importNotice() const { return m_importNotice; }
    EngineChooser *engineChooser() const { return m_engines; }
    // The details of the selected image (or of a remote tag, showRemoteTag()).
    DetailsPane *detailsPane() const { return m_details; }
    SourcesTree *sourcesTree() const { return m_sources; }
    RemoteTagsView *remoteTagsView() const { return m_remoteTags; }
    RegistryBrowsing *registryBrowsing() const { return m_browsing; }
    // What the registries say of the local tags (the Drift column), asked after the first paint.
    DriftMonitor *driftMonitor() const { return m_drift; }
    // Docker Hub's panel; null until the Sources tree's Docker Hub node was first chosen.
    HubPanel *hubPanel() const { return m_hubPanel; }
    // Shows SOURCE[/REPOSITORY[:TAG]]: "local" (or the engine's URL) for the local images,
    // else a registry ("docker.io", "127.0.0.1:5000"), its repository and a tag to select.
    // False, with the reason in the status bar, when `what` names nothing.
    bool showSource(const QString &what);
    // Asks for a reference and opens its repository (Ctrl+L).
    void openRepository();
    void openReference(const QString &reference);
    // File ▸ Settings… (Ctrl+,): opens the Settings dialog (made anew each time).
    SettingsDialog *showSettings();
    // Each registry's settings (TLS files, insecure, mirror) as the window uses them now.
    const std::shared_ptr<RegistrySettings> &registrySettings() const { return m_registrySettings; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Emitted whenever a list of the images arrives or fails: after a refresh, and after
    // each change the engine reports (the screenshot waits for the first).
    void refreshFinished();
    // What the details pane shows: a local image (its id; empty when no single image is
    // selected) or a remote tag (domain/repository:tag). Emitted as the selection changes.
    void localImageSelected(const QString &engineUrl, const QString &imageId);
    void remoteTagSelected(const QString &reference);
    // The shown repository's tag list arrived whole, or failed (the screenshot waits for it).
    void remoteListingEnded();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void setupActions();
    // The Sources tree left, the local images or a repository's tags in the center.
    QWidget *setupCenter(QWidget *localPage);
    void emitLocalSelection();
    // The Docker Hub panel in the center (made the first time: it looks the login up).
    void showHub();
    // A job that changed a repository shown in the center lists its tags again.
    void refreshRemoteAfter(const Jobs::JobRecord &job);
    // The engine chooser's entries as the Sources tree's engines.
    void showEnginesInSources();
    void connectFeed();
    void setupJobs();
    // Drags of images, tags and archives between the tables and the Sources tree, and their
    // keyboard equivalents (docs/drag-and-drop.md).
    void setupDragAndDrop(QMenu *imageMenu);
    void fillToolBar(QToolBar *toolbar);
    // The Details dock beside the images table: the selected image's details.
    void setupDetails();
    // The Accounts dialog; with `import`, its import from Docker starts at once.
    void showAccounts(bool import = false);
    // Berth's AWS accounts (from settings: no keychain) as ECR registries in the Sources tree.
    void showAwsAccountsInSources();
    // A pull or push the registry refused: offers to sign in to it and retry the job.
    void offerSignIn(const Jobs::JobRecord &job);
    void useEndpoint(const Engine::EngineEndpoint &endpoint, bool isSandbox);
    void startSandbox();
    void updateStatus();
    // What the Settings dialog wrote, applied where it can change while the window runs:
    // the number of parallel jobs and the registries' settings.
    void applySettings();
    // The registries' settings in the Sources tree (rows, insecure badges) and the Details
    // pane.
    void showRegistrySettings(const QStringList &unset = {});
    void tellInterruptedAtStart(const QList<Jobs::HistoryEntry> &entries,
                                const QList<Jobs::HistoryEntry> &interrupted);

    Options m_options;
    LocalImagesModel *m_model;
    ImageFilterProxyModel *m_proxy;
    LocalImagesFeed *m_feed;
    EngineBanner *m_banner;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_statusLabel;
    EngineChooser *m_engines;
    SandboxEngine *m_sandbox;
    std::unique_ptr<Jobs::JobHistory> m_history; // outlives the queue, which writes to it
    // The keychain, shared by the registry logins and the AWS accounts.
    std::shared_ptr<Auth::SecretVault> m_vault;
    std::shared_ptr<Auth::CredentialStore> m_credentials;
    Jobs::JobQueue *m_jobs = nullptr;
    JobsDock *m_jobsDock = nullptr;
    ImageJobActions *m_imageJobs = nullptr;
    LocalImageActions *m_localActions = nullptr; // Remove, Prune Dangling
    ContainerActions *m_containerActions = nullptr;
    ImageContentsActions *m_contentsActions = nullptr;
    EcrPushAction *m_ecrPush = nullptr;
    std::unique_ptr<DropPlanner> m_dropPlanner;
    DropActions *m_dropActions = nullptr;
    ImageTransferActions *m_transferActions = nullptr;
    HubPanel *m_hubPanel = nullptr; // made when Docker Hub is first chosen
    QLabel *m_hubLimit = nullptr;   // the pull rate limit, shown while Docker Hub is
    QString m_pendingHubTag;        // the tag to select in the Hub repository being opened

    // ECR registry tokens, memory only: the jobs' source and Push to ECR share them, the
    // Accounts dialog tells their state.
    std::shared_ptr<Aws::EcrTokenCache> m_ecrTokens;
    // Berth's AWS accounts: the jobs' ECR logins, Push to ECR, the Accounts dialog.
    std::shared_ptr<Aws::AwsAccountStore> m_awsAccounts;
    ImportNotice *m_importNotice;
    DetailsPane *m_details = nullptr;
    RegistryBrowsing *m_browsing = nullptr;
    DriftMonitor *m_drift = nullptr;
    SourcesTree *m_sources = nullptr;
    RemoteTagsView *m_remoteTags = nullptr;
    QStackedWidget *m_center = nullptr;
    QSplitter *m_splitter = nullptr;
    std::shared_ptr<RegistrySettings> m_registrySettings;
    WindowMemory *m_memory = nullptr;
    bool m_lastRefreshFailed = false;
    bool m_painted = false;
};

} // namespace Berth::Ui
