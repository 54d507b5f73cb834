// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "aws/awsaccountstore.h"
#include "aws/ecrcredentialsource.h"
#include "aws/ecrregistryhost.h"
#include "credentials/credentialstore.h"
#include "credentials/dockercredentials.h"
#include "credentials/keychainloader.h"
#include "credentials/registrykey.h"
#include "engine/loginrefusal.h"
#include "jobs/jobhistory.h"
#include "keychain/keychainvault.h"
#include "reference/imagereference.h"
#include "ui/aboutdialog.h"
#include "ui/accountsdialog.h"
#include "ui/columnchooser.h"
#include "ui/containeractions.h"
#include "ui/detailspane.h"
#include "ui/driftmonitor.h"
#include "ui/dropactions.h"
#include "ui/drophint.h"
#include "ui/dropplanner.h"
#include "ui/ecrpushaction.h"
#include "ui/enginebanner.h"
#include "ui/enginechooser.h"
#include "ui/hubpanel.h"
#include "ui/icons.h"
#include "ui/imagecontentsactions.h"
#include "ui/imagefilterproxymodel.h"
#include "ui/imagejobactions.h"
#include "ui/imagemodelroles.h"
#include "ui/imagetableview.h"
#include "ui/imagetransferactions.h"
#include "ui/importnotice.h"
#include "ui/jobsdock.h"
#include "ui/jobspanelfollower.h"
#include "ui/localimageactions.h"
#include "ui/localimagesfeed.h"
#include "ui/localimagesmodel.h"
#include "ui/logindialog.h"
#include "ui/preferences.h"
#include "ui/registrybrowsing.h"
#include "ui/registrysettings.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"
#include "ui/settingsdialog.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"
#include "ui/windowmemory.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QSslConfiguration>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace Berth::Ui {

namespace {
// How long the window waits for the keychain before a job fails with a clear error.
constexpr int KeychainTimeoutMs = 20000;
} // namespace

MainWindow::MainWindow(Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_model(new LocalImagesModel(this))
    , m_proxy(new ImageFilterProxyModel(this))
    , m_feed(new LocalImagesFeed(this))
    , m_banner(new EngineBanner(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_engines(new EngineChooser(this))
    , m_sandbox(new SandboxEngine(m_options.sandbox, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Three panes side by side (Sources, the center, Details) need the room of a laptop
    // screen; the images table keeps about half of it.
    resize(1200, 720);

    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("imageFilter"));
    m_filter->setAccessibleName(tr("Filter images"));
    m_filter->setPlaceholderText(tr("Filter by repository, tag or image ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("localImagesView"));
    m_view->setAccessibleName(tr("Local images"));
    setupImageTableView(m_view, m_proxy);
    // Jobs name their registry's login and ask for its secret when they start: the keychain
    // (through its own thread) is not contacted before a job or the Accounts dialog asks.
    m_vault = std::make_shared<Auth::KeychainVault>(Auth::KeychainLoader::serviceName(),
                                                    KeychainTimeoutMs);
    m_credentials =
        std::make_shared<Auth::CredentialStore>(m_vault, std::make_shared<Auth::AccountList>());
    m_credentials->setFallback(std::make_shared<Auth::DockerCredentials>());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    m_importNotice = new ImportNotice(m_credentials, this);
    layout->addWidget(m_importNotice);
    connect(m_importNotice, &ImportNotice::importRequested, this, [this] { showAccounts(true); });
    auto *localPage = new QWidget(central);
    auto *localLayout = new QVBoxLayout(localPage);
    localLayout->setContentsMargins(0, 0, 0, 0);
    localLayout->addWidget(m_filter);
    localLayout->addWidget(m_view, 1);
    layout->addWidget(setupCenter(localPage), 1);
    setCentralWidget(central);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    setTabOrder(m_sources, m_filter);
    setTabOrder(m_filter, m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ImageFilterProxyModel::setFilterWords);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    connectFeed();
    connect(m_banner, &EngineBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_banner, &EngineBanner::sandboxRequested, this, &MainWindow::startSandbox);
    connect(m_sandbox, &SandboxEngine::started, this, [this](const QString &url) {
        const auto endpoint = Engine::EngineEndpoint::parse(url);
        if (!endpoint) {
            m_banner->showMessage(endpoint.error().message());
            return;
        }
        useEndpoint(*endpoint, true);
        refresh();
    });
    connect(m_sandbox, &SandboxEngine::failed, this,
            [this](const QString &message) { m_banner->showMessage(message); });

    setupActions();
    setupJobs();
    setupDetails();
    showRegistrySettings();
    useEndpoint(m_options.endpoint, m_options.isSandbox);
    m_memory = new WindowMemory(this, m_splitter, m_sources, m_view, m_remoteTags->table());
    if (m_options.rememberState)
        m_memory->restoreLayout();
}

// The queue goes first, while the whole window still exists: ending its jobs reports to
// the dock and to this window's slots.
MainWindow::~MainWindow()
{
    if (m_options.rememberState)
        m_memory->save();
    delete m_jobs;
}

QWidget *MainWindow::setupCenter(QWidget *localPage)
{
    // Registries are browsed on a thread of their own, started by the first registry
    // expanded or repository opened: before that, nothing but the engine is contacted.
    m_browsing = new RegistryBrowsing(m_credentials, this);
    m_registrySettings = std::make_shared<RegistrySettings>();
    m_registrySettings->set(RegistrySettings::load());
    m_browsing->setRegistrySettings(m_registrySettings);
    // The local tags' drift, for the rows on screen, on the browsing thread (docs/drift.md).
    m_drift = new DriftMonitor(m_browsing, this);
    m_model->setDriftMonitor(m_drift);
    m_drift->watch(m_view, ReferenceRole);
    m_sources = new SourcesTree(m_browsing, this);
    m_remoteTags = new RemoteTagsView(m_browsing, this);
    m_center = new QStackedWidget(this);
    m_center->setObjectName(QStringLiteral("centerStack"));
    m_center->addWidget(localPage);
    m_center->addWidget(m_remoteTags);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sources);
    m_splitter->addWidget(m_center);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 640});
    new ColumnChooser(m_view->horizontalHeader());
    for (const auto &account : m_credentials->accounts())
        m_sources->sourcesModel()->addRegistry(
            account.login.registry, !Auth::RegistryKey::isDockerHub(account.login.registry));

    connect(m_sources, &SourcesTree::engineChosen, this, [this](const QString &url) {
        m_center->setCurrentIndex(0);
        emitLocalSelection();
        // Another engine chosen in the tree switches as the engine chooser does.
        if (url != m_options.endpoint.url())
            m_engines->choose(url);
    });
    connect(m_sources, &SourcesTree::repositoryChosen, this,
            [this](const QString &domain, const QString &repository) {
                if (Auth::RegistryKey::isDockerHub(domain)) {
                    // Hub's API lists its tags with sizes and platforms at once.
                    showHub();
                    m_hubPanel->openRepository(repository, std::exchange(m_pendingHubTag, {}));
                    return;
                }
                m_remoteTags->open(domain, repository);
                m_center->setCurrentWidget(m_remoteTags);
                Q_EMIT remoteTagSelected(QString());
            });
    connect(m_sources, &SourcesTree::openRepositoryRequested, this, &MainWindow::openRepository);
    connect(m_sources, &SourcesTree::hubChosen, this, &MainWindow::showHub);
    m_hubLimit = new QLabel(this);
    m_hubLimit->setObjectName(QStringLiteral("hubRateLimitStatus"));
    m_hubLimit->hide();
    statusBar()->addPermanentWidget(m_hubLimit);
    connect(m_center, &QStackedWidget::currentChanged, this, [this] {
        m_hubLimit->setVisible(m_hubPanel && m_center->currentWidget() == m_hubPanel &&
                               !m_hubLimit->text().isEmpty());
    });
    connect(m_remoteTags, &RemoteTagsView::tagSelected, this, &MainWindow::remoteTagSelected);
    connect(m_remoteTags, &RemoteTagsView::listingEnded, this, &MainWindow::remoteListingEnded);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::emitLocalSelection);
    return m_splitter;
}

void MainWindow::showHub()
{
    if (!m_hubPanel) {
        m_hubPanel = new HubPanel(m_jobs, m_credentials, m_center);
        m_hubPanel->setRegistrySettings(m_registrySettings);
        m_center->addWidget(m_hubPanel);
        connect(m_hubPanel, &HubPanel::tagSelected, this, &MainWindow::remoteTagSelected);
        connect(m_hubPanel, &HubPanel::tagsLoaded, this, &MainWindow::remoteListingEnded);
        connect(m_hubPanel, &HubPanel::recentChanged, m_sources->sourcesModel(),
                &SourcesModel::setHubRecent);
        connect(m_hubPanel, &HubPanel::rateLimitChanged, this, [this](const QString &text) {
            m_hubLimit->setText(text);
            m_hubLimit->setVisible(m_center->currentWidget() == m_hubPanel && !text.isEmpty());
        });
    }
    m_hubPanel->setEndpoint(m_imageJobs->endpoint());
    m_center->setCurrentWidget(m_hubPanel);
    // Back to Docker Hub: its chosen tag in the Details pane again.
    Q_EMIT remoteTagSelected(m_hubPanel->selectedReference());
}

void MainWindow::emitLocalSelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    Q_EMIT localImageSelected(m_options.endpoint.url(),
                              rows.size() == 1 ? rows.first().data(ImageIdRole).toString()
                                               : QString());
}

bool MainWindow::showSource(const QString &what)
{
    if (what.isEmpty() || what == u"local" || what == m_options.endpoint.url()) {
        m_sources->selectEngine(m_options.endpoint.url());
        return true;
    }
    // A bare registry: its repositories listed in the tree.
    if (!what.contains(u'/')) {
        m_sources->addUserRegistry(what);
        const QModelIndex registry = m_sources->sourcesModel()->registryIndex(what);
        m_sources->setCurrentIndex(registry);
        m_sources->expand(registry);
        return true;
    }
    const auto reference = Reference::ImageReference::parse(what);
    if (!reference) {
        statusBar()->showMessage(tr("Cannot show %1: %2").arg(what, reference.error().message()));
        return false;
    }
    openReference(what);
    return true;
}

void MainWindow::openRepository()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("openRepositoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Repository"));
    dialog->setLabelText(tr("Repository, with a tag to select (ubuntu, ghcr.io/org/app, "
                            "127.0.0.1:5000/team/app:1.0):"));
    connect(dialog, &QInputDialog::textValueSelected, this, &MainWindow::openReference);
    dialog->open();
}

void MainWindow::openReference(const QString &text)
{
    const auto reference = Reference::ImageReference::parse(text.trimmed());
    if (!reference) {
        statusBar()->showMessage(
            tr("Cannot open %1: %2").arg(text.trimmed(), reference.error().message()));
        return;
    }
    const QString domain = reference->domain();
    if (!m_sources->sourcesModel()->registryIndex(domain).isValid())
        m_sources->addUserRegistry(domain);
    if (Auth::RegistryKey::isDockerHub(domain)) {
        m_pendingHubTag = reference->tag();
        m_sources->selectRepository(domain, reference->path());
        // The repository's row was already the current one: nothing opened it again.
        if (!m_pendingHubTag.isEmpty()) {
            showHub();
            m_hubPanel->openRepository(reference->path(), std::exchange(m_pendingHubTag, {}));
        }
        return;
    }
    m_sources->selectRepository(domain, reference->path());
    if (!reference->tag().isEmpty())
        m_remoteTags->selectTag(reference->tag());
}

void MainWindow::showEnginesInSources()
{
    QList<std::pair<QString, QString>> engines;
    const QList<Engine::EngineEndpoint> &entries = m_engines->entries();
    for (int i = 0; i < entries.size() && i < m_engines->count(); ++i) {
        const QString url = entries.at(i).url();
        const bool sandbox = m_options.isSandbox && url == m_options.endpoint.url();
        engines.append({url, sandbox ? tr("Sandbox engine") : m_engines->itemText(i)});
    }
    m_sources->sourcesModel()->setEngines(engines);
}

void MainWindow::refreshRemoteAfter(const Jobs::JobRecord &job)
{
    const bool changesRepository = job.spec.kind == Jobs::JobKind::Push ||
                                   job.spec.kind == Jobs::JobKind::Retag ||
                                   job.spec.kind == Jobs::JobKind::RegistryCopy ||
                                   job.spec.kind == Jobs::JobKind::RegistryRetag ||
                                   job.spec.kind == Jobs::JobKind::RegistryDelete;
    if (!changesRepository || m_center->currentWidget() != m_remoteTags)
        return;
    const QString shown =
        m_remoteTags->tagsModel()->domain() + u'/' + m_remoteTags->tagsModel()->repository();
    for (const QString &text : job.spec.references) {
        const auto reference = Reference::ImageReference::parse(text);
        if (reference && reference->domain() + u'/' + reference->path() == shown) {
            m_remoteTags->reload();
            return;
        }
    }
}

void MainWindow::setupActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setIcon(Icons::icon(Icons::Refresh));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(tr("Reload the image list from the engine (F5)"));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    fileMenu->addAction(refreshAction);
    auto *accountsAction = new QAction(tr("&Accounts…"), this);
    accountsAction->setObjectName(QStringLiteral("accountsAction"));
    accountsAction->setIcon(Icons::icon(Icons::Accounts));
    connect(accountsAction, &QAction::triggered, this, [this] { showAccounts(); });
    fileMenu->addAction(accountsAction);
    auto *settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setIcon(Icons::icon(Icons::Settings));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setToolTip(tr("Registries, parallel jobs, the default engine, the "
                                  "language and the accounts (Ctrl+,)"));
    connect(settingsAction, &QAction::triggered, this, [this] { showSettings(); });
    fileMenu->addAction(settingsAction);
    auto *openRepositoryAction = new QAction(tr("&Open Repository…"), this);
    openRepositoryAction->setObjectName(QStringLiteral("openRepositoryAction"));
    openRepositoryAction->setIcon(Icons::icon(Icons::Repository));
    openRepositoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    openRepositoryAction->setToolTip(
        tr("Open any repository's tags by name, with the stored login or anonymously (Ctrl+L)"));
    connect(openRepositoryAction, &QAction::triggered, this, &MainWindow::openRepository);
    fileMenu->addAction(openRepositoryAction);
    fileMenu->addSeparator();
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quitAction);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    // Icons with their names beside them: the names say more than the pictures, and the
    // buttons keep the names screen readers read. At 16 pixels, the grid the icons are drawn
    // on, the toolbar is no taller than its text: the panes below keep their heights.
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(refreshAction);
    toolbar->addWidget(m_engines);
    // Another engine: the images view, the jobs and the banner follow it, as they follow
    // the sandbox when it starts.
    connect(m_engines, &EngineChooser::entriesChanged, this, &MainWindow::showEnginesInSources);
    connect(m_engines, &EngineChooser::engineChosen, this,
            [this](const Engine::EngineEndpoint &endpoint) {
                useEndpoint(endpoint, false);
                refresh();
            });

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        // The filter of the table shown: the local images' or the repository's tags'.
        QLineEdit *filter =
            m_center->currentWidget() == m_remoteTags ? m_remoteTags->filter() : m_filter;
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
    // Escape in the filter clears it and hands the keyboard back to the table.
    auto *clearShortcut =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_filter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearShortcut, &QShortcut::activated, this, [this] {
        m_filter->clear();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
}

// The live image list: rows listed on the feed's worker thread reach the model by
// difference (never a reset, so selection and scrolling stay), errors reach the banner, and
// the status bar says whether the list follows the engine's events.
void MainWindow::connectFeed()
{
    auto *liveLabel = new QLabel(this);
    liveLabel->setObjectName(QStringLiteral("liveLabel"));
    statusBar()->addPermanentWidget(liveLabel);
    const auto showLive = [liveLabel](bool live) {
        liveLabel->setText(live ? tr("Live") : tr("Not live"));
        liveLabel->setToolTip(
            live ? tr("The list follows the engine's changes as they happen")
                 : tr("Not receiving the engine's changes; Berth reconnects by itself and then "
                      "reads the list again (F5 reads it now)"));
    };
    showLive(false);
    connect(m_feed, &LocalImagesFeed::liveChanged, liveLabel, showLive);
    connect(m_feed, &LocalImagesFeed::listed, this, [this](const QList<Engine::ImageTagRow> &rows) {
        m_lastRefreshFailed = false;
        if (m_options.isSandbox)
            m_banner->showSandbox(m_options.endpoint.url());
        else
            m_banner->clear();
        m_model->setRows(rows);
        m_remoteTags->tagsModel()->setLocalImages(rows);
        m_imageJobs->setConnected(true);
        m_localActions->setConnected(true);
        m_containerActions->setConnected(true);
        m_ecrPush->setConnected(true);
        updateStatus();
        Q_EMIT refreshFinished();
    });
    connect(m_feed, &LocalImagesFeed::failed, this, [this](const Error &error) {
        m_lastRefreshFailed = true;
        m_imageJobs->setConnected(false);
        m_localActions->setConnected(false);
        m_containerActions->setConnected(false);
        m_ecrPush->setConnected(false);
        m_banner->showError(m_options.endpoint.url(), error,
                            m_options.sandbox.isAvailable() && !m_options.isSandbox);
        updateStatus();
        Q_EMIT refreshFinished();
    });
    connect(m_feed, &LocalImagesFeed::loadingChanged, this, &MainWindow::updateStatus);
}

// The job pool, the dock that shows it, and the image actions that feed it.
void MainWindow::setupJobs()
{
    m_history = std::make_unique<Jobs::JobHistory>(m_options.historyPath);
    // The Settings dialog's number of parallel jobs, once set, is the user's choice.
    const int parallel = Preferences::parallelJobs(0);
    m_jobs = new Jobs::JobQueue(parallel > 0 ? Jobs::JobQueue::Limits::all(parallel)
                                             : m_options.jobLimits,
                                m_history.get(), this);
    // Images on an ECR registry host get their token by themselves, from the AWS credential
    // chain and Berth's AWS accounts (docs/aws.md), on the source's own lookup thread.
    const std::shared_ptr<Auth::SecretVault> vault = m_vault;
    m_awsAccounts = std::make_shared<Aws::AwsAccountStore>(
        [vault] { return Result<std::shared_ptr<Auth::SecretVault>>(vault); },
        std::make_shared<Aws::AwsAccountList>());
    const auto &awsAccounts = m_awsAccounts;
    // One token cache, whose tokens the Accounts dialog shows; a job whose token the registry
    // refuses renews it through the source (Jobs::Job).
    m_ecrTokens = std::make_shared<Aws::EcrTokenCache>();
    const auto &ecrTokens = m_ecrTokens;
    const auto credentials = std::make_shared<Aws::EcrCredentialSource>(
        m_credentials,
        Aws::EcrCredentialSource::Options{QProcessEnvironment::systemEnvironment(),
                                          Aws::AwsAccountStore::chainStep(awsAccounts)},
        ecrTokens);
    m_jobs->setCredentialSource(credentials);
    // Browsing an ECR repository's tags uses the same tokens.
    m_browsing->setCredentialSource(credentials);
    m_browsing->setAwsAccounts(m_awsAccounts);
    showAwsAccountsInSources();
    connect(m_jobs, &Jobs::JobQueue::jobFinished, this, &MainWindow::offerSignIn);
    connect(m_jobs, &Jobs::JobQueue::jobFinished, this, &MainWindow::refreshRemoteAfter);
    connect(m_jobs, &Jobs::JobQueue::historyProblem, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    m_jobsDock = new JobsDock(m_jobs, this);
    m_jobsDock->setRegistrySettings(m_registrySettings);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    // The images are what the window is for: the panel is a strip until a job starts.
    new JobsPanelFollower(this, m_jobsDock, m_jobs);
    QAction *showJobs = m_jobsDock->toggleViewAction();
    showJobs->setObjectName(QStringLiteral("showJobsAction"));
    showJobs->setText(tr("&Jobs"));
    showJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));

    m_imageJobs = new ImageJobActions(m_jobs, m_view, this);
    QMenu *imageMenu = menuBar()->addMenu(tr("&Image"));
    imageMenu->addActions(m_imageJobs->actions());
    m_ecrPush =
        new EcrPushAction(m_jobs, m_view, Aws::AwsAccountStore::chainStep(awsAccounts), this);
    imageMenu->addAction(m_ecrPush->action());
    connect(m_ecrPush, &EcrPushAction::accountsRequested, this, [this] {
        showAccounts();
        // No AWS account yet: its form opens at once, over the list.
        auto *dialog = findChild<AccountsDialog *>(QStringLiteral("accountsDialog"));
        if (dialog && m_awsAccounts->list().entries().isEmpty())
            dialog->addAwsAccount();
    });
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        fillToolBar(toolbar);
    setupDragAndDrop(imageMenu);
    m_containerActions = new ContainerActions(m_view, this);
    m_containerActions->setJobQueue(m_jobs);
    imageMenu->addSeparator();
    imageMenu->addActions(m_containerActions->actions());
    m_contentsActions = new ImageContentsActions(m_view, this);
    imageMenu->addSeparator();
    imageMenu->addActions(m_contentsActions->actions());
    m_localActions = new LocalImageActions(m_jobs, m_view, this);
    imageMenu->addSeparator();
    imageMenu->addActions(m_localActions->actions());
    connect(m_localActions, &LocalImageActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    // The image table's context menu: the Image menu's actions.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(imageMenu->actions());
    // A repository's selected tags pulled from the Image menu too (not a local row's action).
    imageMenu->addAction(m_remoteTags->pullAction());
    connect(m_remoteTags, &RemoteTagsView::pullRequested, this,
            [this](const QStringList &references) {
                for (const QString &reference : references)
                    m_imageJobs->pull(reference);
            });
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(showJobs);

    // The Jobs panel's actions, their shortcuts shown in a menu of their own.
    QMenu *jobsMenu = menuBar()->addMenu(tr("&Jobs"));
    jobsMenu->setObjectName(QStringLiteral("jobsMenu"));
    jobsMenu->addActions({m_jobsDock->cancelAction(), m_jobsDock->retryAction(),
                          m_jobsDock->clearFinishedAction(), m_jobsDock->runAgainAction()});

    // Docker Hub's node in the Sources tree, its search field focused.
    auto *hubSearch = new QAction(tr("&Search\u2026"), this);
    hubSearch->setObjectName(QStringLiteral("hubSearchAction"));
    hubSearch->setIcon(Icons::icon(Icons::Search));
    hubSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(hubSearch, &QAction::triggered, this, [this] {
        m_sources->selectHub();
        showHub(); // also when the node was already the current row
        m_hubPanel->focusSearch();
    });
    menuBar()->addMenu(tr("&Docker Hub"))->addAction(hubSearch);

    auto *about = new QAction(tr("&About Berth"), this);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_feed->engineInfo(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    menuBar()->addMenu(tr("&Help"))->addAction(about);

    // Jobs that were running when Berth or berthctl stopped are told about once, by the
    // start-up read alone: a later sweep finds a berthctl killed during this session,
    // which the History tab lists without calling it the last stop.
    connect(m_jobs, &Jobs::JobQueue::historyRead, this, &MainWindow::tellInterruptedAtStart,
            Qt::SingleShotConnection);
    m_jobs->readHistory();
}

// Between Refresh and the engine list, the image actions most used; Settings at the end.
void MainWindow::fillToolBar(QToolBar *toolbar)
{
    const QList<QAction *> present = toolbar->actions();
    const auto engines = std::find_if(present.cbegin(), present.cend(), [&](QAction *action) {
        return toolbar->widgetForAction(action) == m_engines;
    });
    QAction *before = engines == present.cend() ? nullptr : *engines;
    for (const char *name : {"pullImageAction", "buildImageAction", "loadImagesAction"}) {
        if (auto *action = findChild<QAction *>(QString::fromLatin1(name)))
            toolbar->insertAction(before, action);
    }
    toolbar->insertAction(before, m_ecrPush->action());
    toolbar->insertSeparator(before);
    toolbar->addSeparator();
    if (auto *settings = findChild<QAction *>(QStringLiteral("settingsAction")))
        toolbar->addAction(settings);
}

void MainWindow::setupDragAndDrop(QMenu *imageMenu)
{
    DropPlanner::Context context;
    context.hasLogin = [this](const QString &domain) {
        const QString key = Auth::RegistryKey::of(domain);
        const auto accounts = m_credentials->accounts();
        return std::any_of(accounts.cbegin(), accounts.cend(),
                           [&key](const auto &account) { return account.login.registry == key; });
    };
    context.isEcr = [](const QString &domain) {
        return Aws::EcrRegistryHost::forRegistry(domain, QProcessEnvironment::systemEnvironment())
            .has_value();
    };
    context.engineOs = [this](const QString &url) {
        return url == m_options.endpoint.url() ? m_feed->engineInfo().osType : QString();
    };
    m_dropPlanner = std::make_unique<DropPlanner>(context);
    m_dropActions = new DropActions(m_jobs, m_ecrPush, m_sources->sourcesModel(), this);
    m_dropActions->setRegistrySettings(m_registrySettings);
    connect(m_dropActions, &DropActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    SourcesModel *sources = m_sources->sourcesModel();
    RemoteTagsModel *tags = m_remoteTags->tagsModel();
    sources->setDropPlanner(m_dropPlanner.get());
    m_model->setDropPlanner(m_dropPlanner.get());
    tags->setDropPlanner(m_dropPlanner.get());
    connect(sources, &SourcesModel::dropRequested, m_dropActions, &DropActions::run);
    connect(m_model, &LocalImagesModel::dropRequested, m_dropActions, &DropActions::run);
    connect(tags, &RemoteTagsModel::dropRequested, m_dropActions, &DropActions::run);
    const auto showHint = [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    };
    DropHint::enableDragAndDrop(m_view, true);
    DropHint::enableDragAndDrop(m_remoteTags->table(), true);
    DropHint::enableDragAndDrop(m_sources, false);
    for (QAbstractItemView *view :
         std::initializer_list<QAbstractItemView *>{m_view, m_remoteTags->table(), m_sources})
        connect(new DropHint(view), &DropHint::hintChanged, this, showHint);
    m_transferActions =
        new ImageTransferActions(m_dropActions, m_view, m_model, m_remoteTags, this);
    imageMenu->addSeparator();
    imageMenu->addActions(
        {m_transferActions->retagLocalAction(), m_transferActions->pushToAction()});
}

void MainWindow::setupDetails()
{
    m_details = new DetailsPane(m_jobs, this);
    m_details->setCredentials(m_credentials);
    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {width() * 3 / 10}, Qt::Horizontal);
    QAction *showDetails = dock->toggleViewAction();
    showDetails->setObjectName(QStringLiteral("showDetailsAction"));
    showDetails->setText(tr("&Details"));
    showDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    // Any remote tag's details, by its reference, without opening its repository.
    auto *remoteDetails = new QAction(tr("&Remote Image Details…"), this);
    remoteDetails->setObjectName(QStringLiteral("remoteDetailsAction"));
    remoteDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(remoteDetails, &QAction::triggered, this, [this, dock] {
        auto *ask = new QInputDialog(this);
        ask->setObjectName(QStringLiteral("remoteDetailsDialog"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Remote Image Details"));
        ask->setLabelText(tr("Image reference (NAME[:TAG|@DIGEST]):"));
        connect(ask, &QInputDialog::textValueSelected, this, [this, dock](const QString &text) {
            const auto reference = Reference::ImageReference::parse(text.trimmed());
            dock->show();
            if (reference)
                m_details->showRemoteTag(*reference);
            else
                statusBar()->showMessage(reference.error().message());
        });
        ask->open();
    });
    if (auto *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        viewMenu->addAction(showDetails);
        viewMenu->addAction(remoteDetails);
    }
    // The selected image's details (the current row's, of several selected); another tag of
    // the same image is the same details.
    const auto showSelected = [this] {
        QItemSelectionModel *selection = m_view->selectionModel();
        QModelIndex index = m_view->currentIndex();
        if (!index.isValid() || !selection->isRowSelected(index.row(), index.parent())) {
            const QModelIndexList rows = selection->selectedRows();
            if (rows.isEmpty())
                return;
            index = rows.first();
        }
        const QString id = index.data(ImageIdRole).toString();
        if (!id.isEmpty() && id != m_details->subject())
            m_details->showLocalImage(m_options.endpoint, id);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, showSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, showSelected);
    // Back from a repository to the engine: its selected image again.
    connect(m_sources, &SourcesTree::engineChosen, this, showSelected);
    // A tag chosen in a repository's tags; none (the repository just opened) empties the pane.
    connect(this, &MainWindow::remoteTagSelected, this, [this](const QString &text) {
        const auto reference = Reference::ImageReference::parse(text);
        if (text.isEmpty() || !reference)
            m_details->clear();
        else
            m_details->showRemoteTag(*reference);
    });
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    // No registry is asked about drift before the window is on screen.
    if (m_options.checkDrift)
        QTimer::singleShot(0, m_drift, [drift = m_drift] { drift->setEnabled(true); });
    // After the first paint has reached the screen: the offer reads two small files and
    // contacts no keychain.
    if (m_options.offerDockerImport)
        QTimer::singleShot(0, m_importNotice, &ImportNotice::offerIfDue);
    // The source chosen last: a repository contacts its registry, so after the first paint.
    if (m_options.rememberState)
        QTimer::singleShot(0, m_memory, &WindowMemory::restoreSource);
    // Loading the TLS backend takes a few milliseconds the first time: done now, on a pool
    // thread, it is not paid by the first registry a person opens (it contacts nothing).
    QThreadPool::globalInstance()->start([] { QSslConfiguration::defaultConfiguration(); });
}

SettingsDialog *MainWindow::showSettings()
{
    QList<std::pair<QString, Engine::EngineEndpoint>> engines;
    const QList<Engine::EngineEndpoint> &entries = m_engines->entries();
    for (int i = 0; i < entries.size() && i < m_engines->count(); ++i)
        engines.append({m_engines->itemText(i), entries.at(i)});
    auto *accounts = new AccountsDialog(m_credentials, nullptr, m_ecrTokens, m_awsAccounts);
    accounts->setObjectName(QStringLiteral("accountsPage"));
    connect(accounts, &AccountsDialog::importFinished, m_importNotice, &ImportNotice::answer);
    auto *dialog = new SettingsDialog(engines, accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->open();
    return dialog;
}

void MainWindow::applySettings()
{
    m_jobs->setLimits(
        Jobs::JobQueue::Limits::all(Preferences::parallelJobs(m_jobs->limits().global)));
    const QList<RegistrySetting> before = m_registrySettings->entries();
    const QList<RegistrySetting> after = RegistrySettings::load();
    m_registrySettings->set(after);
    QStringList changed;
    for (const RegistrySetting &entry : after) {
        if (!before.contains(entry))
            changed.append(Auth::RegistryKey::of(entry.host));
    }
    QStringList unset;
    for (const RegistrySetting &entry : before) {
        if (!after.contains(entry))
            changed.append(Auth::RegistryKey::of(entry.host));
        if (m_registrySettings->find(entry.host).host.isEmpty())
            unset.append(Auth::RegistryKey::of(entry.host));
    }
    changed.removeDuplicates();
    showRegistrySettings(unset);
    // The clients of a changed registry are made anew, and what was listed from it is
    // listed again with its new settings.
    m_browsing->forgetClients(changed);
    for (const QString &domain : std::as_const(changed)) {
        if (m_sources->sourcesModel()->isLoadStarted(domain))
            m_sources->sourcesModel()->reload(domain);
    }
    if (m_center->currentWidget() == m_remoteTags &&
        changed.contains(m_remoteTags->tagsModel()->domain()))
        m_remoteTags->reload();
}

void MainWindow::showRegistrySettings(const QStringList &unset)
{
    SourcesModel *model = m_sources->sourcesModel();
    for (const QString &domain : unset) {
        model->setInsecure(domain, false);
        m_details->setRegistryConfig(domain, Registry::RegistryConfig());
    }
    const QList<RegistrySetting> entries = m_registrySettings->entries();
    for (const RegistrySetting &entry : entries) {
        const QString domain = Auth::RegistryKey::of(entry.host);
        if (!model->registryIndex(domain).isValid())
            model->addRegistry(domain);
        model->setInsecure(domain, entry.insecure);
        m_details->setRegistryConfig(domain, entry.config());
    }
}

void MainWindow::showAccounts(bool import)
{
    auto *dialog = new AccountsDialog(m_credentials, this, m_ecrTokens, m_awsAccounts);
    dialog->setObjectName(QStringLiteral("accountsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An import from the dialog answers the window's offer too.
    connect(dialog, &AccountsDialog::importFinished, m_importNotice, &ImportNotice::answer);
    connect(dialog, &AccountsDialog::awsAccountsChanged, this,
            &MainWindow::showAwsAccountsInSources);
    dialog->open();
    if (import)
        dialog->importFromDocker();
}

void MainWindow::showAwsAccountsInSources()
{
    QList<std::pair<QString, QString>> accounts;
    for (const auto &entry : m_awsAccounts->list().entries())
        accounts.append({entry.name, entry.region});
    m_sources->setEcrAccounts(accounts);
}

void MainWindow::offerSignIn(const Jobs::JobRecord &job)
{
    const bool transfer = job.spec.kind == Jobs::JobKind::Pull ||
                          job.spec.kind == Jobs::JobKind::Push ||
                          job.spec.kind == Jobs::JobKind::Retag;
    if (job.state != Jobs::JobState::Failed || !transfer || !job.error ||
        !Engine::isLoginRefusal(job.error->message()))
        return;
    const auto reference = Reference::ImageReference::parse(
        job.spec.references.value(job.spec.kind == Jobs::JobKind::Retag ? 1 : 0));
    // An ECR host's login is a token Berth fetches itself (and renews: EcrPushAction).
    if (!reference || Aws::EcrRegistryHost::forRegistry(reference->domain(),
                                                        QProcessEnvironment::systemEnvironment()))
        return;
    const QString registry = Auth::RegistryKey::of(reference->domain());
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Sign In?"),
        tr("%1 refused %2. Sign in to %1 and try the job again?").arg(registry, job.spec.title()),
        QMessageBox::Yes | QMessageBox::No, this);
    ask->setObjectName(QStringLiteral("signInOffer"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    const QString jobId = job.id;
    connect(ask, &QMessageBox::buttonClicked, this,
            [this, ask, registry, jobId](QAbstractButton *button) {
                if (ask->standardButton(button) != QMessageBox::Yes)
                    return;
                auto *login = new LoginDialog(m_credentials, this);
                login->setObjectName(QStringLiteral("loginDialog"));
                login->setAttribute(Qt::WA_DeleteOnClose);
                login->setRegistry(registry);
                connect(login, &QDialog::accepted, this, [this, jobId] { m_jobs->retry(jobId); });
                login->open();
            });
    ask->open();
}

void MainWindow::tellInterruptedAtStart(const QList<Jobs::HistoryEntry> &,
                                        const QList<Jobs::HistoryEntry> &interrupted)
{
    if (interrupted.isEmpty())
        return;
    statusBar()->showMessage(tr("%Ln job(s) did not finish when Berth last stopped; the Jobs "
                                "panel's History lists them",
                                nullptr, int(interrupted.size())));
    m_jobsDock->showHistory();
}

void MainWindow::useEndpoint(const Engine::EngineEndpoint &endpoint, bool isSandbox)
{
    m_options.endpoint = endpoint;
    m_options.isSandbox = isSandbox;
    m_feed->setEndpoint(endpoint);
    m_imageJobs->setEndpoint(endpoint);
    m_dropActions->setEndpoint(endpoint);
    m_model->setEngine(endpoint.url(), isSandbox ? tr("Sandbox engine") : endpoint.url());
    if (m_hubPanel)
        m_hubPanel->setEndpoint(endpoint);
    m_imageJobs->setConnected(false); // until the new engine lists its images
    m_localActions->setEndpoint(endpoint);
    m_localActions->setConnected(false);
    m_containerActions->setEndpoint(endpoint);
    m_contentsActions->setEndpoint(endpoint);
    m_containerActions->setConnected(false);
    m_ecrPush->setEndpoint(endpoint);
    m_ecrPush->setConnected(false);
    m_jobsDock->setEndpoint(endpoint);
    m_details->clear(); // the image shown belongs to the engine before
    m_engines->setCurrent(endpoint);
    showEnginesInSources();
    // The tree follows the combo: an engine shown there shows selected here.
    const auto shown = SourcesModel::kindOf(m_sources->currentIndex());
    if (!m_sources->currentIndex().isValid() || shown == SourcesModel::Kind::Engine)
        m_sources->selectEngine(endpoint.url());
    setWindowTitle(isSandbox ? tr("Berth — sandbox engine (%1)").arg(endpoint.url())
                             : tr("Berth — %1").arg(endpoint.url()));
    if (isSandbox)
        m_banner->showSandbox(endpoint.url());
}

void MainWindow::refresh()
{
    m_feed->refresh();
    m_engines->probe();
    m_drift->recheck();
}

void MainWindow::startSandbox()
{
    m_banner->showMessage(tr("Starting the sandbox engine…"));
    m_sandbox->start();
}

void MainWindow::updateStatus()
{
    if (m_feed->isLoading()) {
        m_statusLabel->setText(tr("Loading images from %1…").arg(m_options.endpoint.url()));
        return;
    }
    if (m_lastRefreshFailed) {
        m_statusLabel->setText(tr("Not connected"));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0)
        m_statusLabel->setText(tr("The engine has no images"));
    else if (shown == total)
        m_statusLabel->setText(tr("%Ln image tag(s)", nullptr, total));
    else
        m_statusLabel->setText(tr("%L1 of %Ln image tag(s) shown", nullptr, total).arg(shown));
}

} // namespace Berth::Ui
