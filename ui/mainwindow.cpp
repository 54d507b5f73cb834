// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "aws/awsaccountstore.h"
#include "aws/ecrcredentialsource.h"
#include "aws/ecrimageops.h"
#include "aws/ecrregistryhost.h"
#include "credentials/credentialstore.h"
#include "credentials/dockercredentials.h"
#include "credentials/keychainloader.h"
#include "credentials/registrykey.h"
#include "jobs/jobhistory.h"
#include "keychain/keychainvault.h"
#include "reference/imagereference.h"
#include "ui/aboutdialog.h"
#include "ui/accountsdialog.h"
#include "ui/containeractions.h"
#include "ui/ecrpushaction.h"
#include "ui/enginebanner.h"
#include "ui/enginechooser.h"
#include "ui/imagecontentsactions.h"
#include "ui/imagefilterproxymodel.h"
#include "ui/imagejobactions.h"
#include "ui/imagetableview.h"
#include "ui/importnotice.h"
#include "ui/jobsdock.h"
#include "ui/localimagesfeed.h"
#include "ui/localimagesmodel.h"
#include "ui/logindialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

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
    resize(960, 600);

    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("imageFilter"));
    m_filter->setPlaceholderText(tr("Filter by repository, tag or image ID (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("localImagesView"));
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
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
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
    useEndpoint(m_options.endpoint, m_options.isSandbox);
}

// The queue goes first, while the whole window still exists: ending its jobs reports to
// the dock and to this window's slots.
MainWindow::~MainWindow()
{
    delete m_jobs;
}

void MainWindow::setupActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(tr("Reload the image list from the engine (F5)"));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    fileMenu->addAction(refreshAction);
    auto *accountsAction = new QAction(tr("&Accounts..."), this);
    accountsAction->setObjectName(QStringLiteral("accountsAction"));
    connect(accountsAction, &QAction::triggered, this, [this] { showAccounts(); });
    fileMenu->addAction(accountsAction);
    fileMenu->addSeparator();
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quitAction);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(refreshAction);
    toolbar->addWidget(m_engines);
    // Another engine: the images view, the jobs and the banner follow it, as they follow
    // the sandbox when it starts.
    connect(m_engines, &EngineChooser::engineChosen, this,
            [this](const Engine::EngineEndpoint &endpoint) {
                useEndpoint(endpoint, false);
                refresh();
            });

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
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
        m_imageJobs->setConnected(true);
        m_containerActions->setConnected(true);
        m_ecrPush->setConnected(true);
        updateStatus();
        Q_EMIT refreshFinished();
    });
    connect(m_feed, &LocalImagesFeed::failed, this, [this](const Error &error) {
        m_lastRefreshFailed = true;
        m_imageJobs->setConnected(false);
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
    m_jobs = new Jobs::JobQueue(m_options.jobLimits, m_history.get(), this);
    // Images on an ECR registry host get their token by themselves, from the AWS credential
    // chain and Berth's AWS accounts (docs/aws.md), on the source's own lookup thread.
    const std::shared_ptr<Auth::SecretVault> vault = m_vault;
    const auto awsAccounts = std::make_shared<Aws::AwsAccountStore>(
        [vault] { return Result<std::shared_ptr<Auth::SecretVault>>(vault); },
        std::make_shared<Aws::AwsAccountList>());
    // One token cache, so that Push to ECR can drop a token the registry refused.
    m_ecrTokens = std::make_shared<Aws::EcrTokenCache>();
    const auto &ecrTokens = m_ecrTokens;
    m_jobs->setCredentialSource(std::make_shared<Aws::EcrCredentialSource>(
        m_credentials,
        Aws::EcrCredentialSource::Options{QProcessEnvironment::systemEnvironment(),
                                          Aws::AwsAccountStore::chainStep(awsAccounts)},
        ecrTokens));
    connect(m_jobs, &Jobs::JobQueue::jobFinished, this, &MainWindow::offerSignIn);
    connect(m_jobs, &Jobs::JobQueue::historyProblem, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    m_jobsDock = new JobsDock(m_jobs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    // The images are what the window is for: the panel starts a third of the window high.
    resizeDocks({m_jobsDock}, {height() / 3}, Qt::Vertical);
    QAction *showJobs = m_jobsDock->toggleViewAction();
    showJobs->setObjectName(QStringLiteral("showJobsAction"));
    showJobs->setText(tr("&Jobs"));
    showJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));

    m_imageJobs = new ImageJobActions(m_jobs, m_view, this);
    QMenu *imageMenu = menuBar()->addMenu(tr("&Image"));
    imageMenu->addActions(m_imageJobs->actions());
    m_ecrPush = new EcrPushAction(m_jobs, m_view, Aws::AwsAccountStore::chainStep(awsAccounts),
                                  ecrTokens, this);
    imageMenu->addAction(m_ecrPush->action());
    connect(m_ecrPush, &EcrPushAction::accountsRequested, this, [this] { showAccounts(); });
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolbar->addAction(m_ecrPush->action());
    m_containerActions = new ContainerActions(m_view, this);
    imageMenu->addSeparator();
    imageMenu->addActions(m_containerActions->actions());
    m_contentsActions = new ImageContentsActions(m_view, this);
    imageMenu->addSeparator();
    imageMenu->addActions(m_contentsActions->actions());
    // The image table's context menu: the Image menu's actions.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(imageMenu->actions());
    menuBar()->addMenu(tr("&View"))->addAction(showJobs);

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

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    // After the first paint has reached the screen: the offer reads two small files and
    // contacts no keychain.
    if (m_options.offerDockerImport)
        QTimer::singleShot(0, m_importNotice, &ImportNotice::offerIfDue);
}

void MainWindow::showAccounts(bool import)
{
    auto *dialog = new AccountsDialog(m_credentials, this, m_ecrTokens);
    dialog->setObjectName(QStringLiteral("accountsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An import from the dialog answers the window's offer too.
    connect(dialog, &AccountsDialog::importFinished, m_importNotice, &ImportNotice::answer);
    dialog->open();
    if (import)
        dialog->importFromDocker();
}

void MainWindow::offerSignIn(const Jobs::JobRecord &job)
{
    const bool transfer = job.spec.kind == Jobs::JobKind::Pull ||
                          job.spec.kind == Jobs::JobKind::Push ||
                          job.spec.kind == Jobs::JobKind::Retag;
    if (job.state != Jobs::JobState::Failed || !transfer || !job.error ||
        !Aws::EcrImageOps::isLoginRefusal(job.error->message()))
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
    statusBar()->showMessage(tr("%n job(s) did not finish when Berth last stopped; the Jobs "
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
    m_imageJobs->setConnected(false); // until the new engine lists its images
    m_containerActions->setEndpoint(endpoint);
    m_contentsActions->setEndpoint(endpoint);
    m_containerActions->setConnected(false);
    m_ecrPush->setEndpoint(endpoint);
    m_ecrPush->setConnected(false);
    m_jobsDock->setEndpoint(endpoint);
    m_engines->setCurrent(endpoint);
    setWindowTitle(isSandbox ? tr("Berth — sandbox engine (%1)").arg(endpoint.url())
                             : tr("Berth — %1").arg(endpoint.url()));
    if (isSandbox)
        m_banner->showSandbox(endpoint.url());
}

void MainWindow::refresh()
{
    m_feed->refresh();
    m_engines->probe();
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
        m_statusLabel->setText(tr("%n image tag(s)", nullptr, total));
    else
        m_statusLabel->setText(tr("%1 of %n image tag(s) shown", nullptr, total).arg(shown));
}

} // namespace Berth::Ui
