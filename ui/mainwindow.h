// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "jobs/jobqueue.h"
#include "ui/sandboxengine.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Berth::Auth {
class CredentialStore;
class SecretVault;
} // namespace Berth::Auth
class QLineEdit;
class QTableView;

namespace Berth::Aws {
class EcrTokenCache;
}

namespace Berth::Ui {

class EngineBanner;
class EngineChooser;
class ImageFilterProxyModel;
class ContainerActions;
class ImageContentsActions;
class EcrPushAction;
class ImageJobActions;
class ImportNotice;
class JobsDock;
class LocalImagesFeed;
class LocalImagesModel;

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

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Emitted whenever a list of the images arrives or fails: after a refresh, and after
    // each change the engine reports (the screenshot waits for the first).
    void refreshFinished();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void setupActions();
    void connectFeed();
    void setupJobs();
    // The Accounts dialog; with `import`, its import from Docker starts at once.
    void showAccounts(bool import = false);
    // A pull or push the registry refused: offers to sign in to it and retry the job.
    void offerSignIn(const Jobs::JobRecord &job);
    void useEndpoint(const Engine::EngineEndpoint &endpoint, bool isSandbox);
    void startSandbox();
    void updateStatus();
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
    ContainerActions *m_containerActions = nullptr;
    ImageContentsActions *m_contentsActions = nullptr;
    EcrPushAction *m_ecrPush = nullptr;
    // ECR registry tokens, memory only: the jobs' source and Push to ECR share them, the
    // Accounts dialog tells their state.
    std::shared_ptr<Aws::EcrTokenCache> m_ecrTokens;
    ImportNotice *m_importNotice;
    bool m_lastRefreshFailed = false;
    bool m_painted = false;
};

} // namespace Berth::Ui
