// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hubpanel.h"

#include "base/credentialsource.h"
#include "hub/hubclient.h"
#include "hub/hubratelimitprobe.h"
#include "jobs/jobqueue.h"
#include "reference/imagereference.h"
#include "registry/registryclient.h"
#include "registry/registryconfig.h"
#include "registry/registryendpoint.h"
#include "ui/hubrecent.h"
#include "ui/hubsearchwidget.h"
#include "ui/hubtagsmodel.h"
#include "ui/icons.h"
#include "ui/registryjobspec.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {

const LoginRef HubLogin{QStringLiteral("docker.io"), {}};

} // namespace

HubPanel::HubPanel(Jobs::JobQueue *queue, std::shared_ptr<CredentialSource> credentials,
                   QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_credentials(std::move(credentials))
    , m_searchClient(new Hub::HubClient(Hub::HubClient::defaultBaseUrl(), this))
    , m_client(new Hub::HubClient(Hub::HubClient::defaultBaseUrl(), this))
    , m_search(new HubSearchWidget(m_searchClient, this))
    , m_mine(new QListWidget(this))
    , m_recent(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_tagsModel(new HubTagsModel(this))
    , m_tagsView(new QTableView(this))
    , m_pull(new QPushButton(tr("&Pull"), this))
    , m_copy(new QPushButton(tr("&Copy To\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete Tag\u2026"), this))
    , m_rateLimit(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("hubPanel"));
    m_mine->setObjectName(QStringLiteral("hubMyRepositories"));
    m_recent->setObjectName(QStringLiteral("hubRecentRepositories"));
    m_tagsView->setObjectName(QStringLiteral("hubTags"));
    m_tagsView->setAccessibleName(tr("Tags"));
    m_tagsView->setModel(m_tagsModel);
    m_tagsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tagsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tagsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tagsView->verticalHeader()->hide();
    // A tag dragged onto an engine pulls, onto a registry copies (docs/drag-and-drop.md).
    m_tagsView->setDragEnabled(true);
    m_tagsView->setDragDropMode(QAbstractItemView::DragOnly);
    m_tagsView->setDefaultDropAction(Qt::CopyAction);
    m_tagsView->horizontalHeader()->setStretchLastSection(true);
    m_pull->setObjectName(QStringLiteral("hubPullButton"));
    m_pull->setIcon(Icons::icon(Icons::Pull));
    m_copy->setObjectName(QStringLiteral("hubCopyButton"));
    m_copy->setIcon(Icons::icon(Icons::Copy));
    m_delete->setObjectName(QStringLiteral("hubDeleteTagButton"));
    m_delete->setIcon(Icons::icon(Icons::Remove));
    m_rateLimit->setObjectName(QStringLiteral("hubRateLimit"));
    m_status->setObjectName(QStringLiteral("hubStatus"));
    m_status->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search, 2);
    auto *mineLabel = new QLabel(tr("&My Repositories"), left);
    mineLabel->setBuddy(m_mine);
    leftLayout->addWidget(mineLabel);
    leftLayout->addWidget(m_mine, 1);
    auto *recentLabel = new QLabel(tr("&Recently Opened"), left);
    recentLabel->setBuddy(m_recent);
    leftLayout->addWidget(recentLabel);
    leftLayout->addWidget(m_recent, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_tagsView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pull);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    // On a line of its own: beside the buttons its words would widen the whole center.
    m_rateLimit->setWordWrap(true);
    rightLayout->addWidget(m_rateLimit);
    rightLayout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The search's columns (name, badges, stars, pulls) want about as much room as the tags'.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &HubSearchWidget::repositoryOpened, this,
            [this](const QString &repository) { openRepository(repository); });
    connect(m_mine, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openRepository(item->text()); });
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openRepository(item->text()); });
    showRecent(HubRecent::load());
    connect(m_tagsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        Q_EMIT tagSelected(selectedReference());
    });
    connect(m_copy, &QPushButton::clicked, this, &HubPanel::copySelected);
    connect(m_pull, &QPushButton::clicked, this, &HubPanel::pullSelected);
    // Pull in the tag's context menu too, as in a registry's tags.
    auto *pullTag = new QAction(tr("&Pull"), m_tagsView);
    pullTag->setObjectName(QStringLiteral("hubPullTagAction"));
    pullTag->setIcon(Icons::icon(Icons::Pull));
    connect(pullTag, &QAction::triggered, this, &HubPanel::pullSelected);
    m_tagsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tagsView->addAction(pullTag);
    connect(m_delete, &QPushButton::clicked, this, &HubPanel::deleteSelected);
    connect(m_queue, &Jobs::JobQueue::jobFinished, this, [this](const Jobs::JobRecord &record) {
        if (record.id != m_pendingDelete)
            return;
        m_pendingDelete.clear();
        if (record.state == Jobs::JobState::Succeeded)
            openRepository(m_tagsModel->repository());
        else
            m_status->setText(record.error ? record.error->message() : QString());
    });
    updateButtons();
    signInAndListMine();
}

HubPanel::~HubPanel() = default;

QString HubPanel::pullReference(const QString &repositoryAndTag)
{
    // Docker Hub, or the registry BERTH_HUB_REGISTRY names (a mirror, the tests' stand-in).
    return Hub::HubRateLimitProbe::defaultRegistry() + u'/' + repositoryAndTag;
}

void HubPanel::signInAndListMine()
{
    if (!m_credentials)
        return;
    m_credentials->find(HubLogin, this, [this](const Result<Credentials> &found) {
        if (!found || found->username.isEmpty() || found->password.isEmpty()) {
            m_mine->addItem(tr("(sign in to Docker Hub to see your repositories)"));
            m_mine->item(0)->setFlags(Qt::NoItemFlags);
            return;
        }
        m_client->signIn(found->username, found->password, [this](const Result<bool> &in) {
            if (!in) {
                m_status->setText(in.error().message());
                return;
            }
            updateButtons(); // Delete Tag needs the sign-in
            m_client->accountRepositories(
                [this](const QList<Hub::HubRepository> &repositories) {
                    for (const Hub::HubRepository &repository : repositories) {
                        auto *item = new QListWidgetItem(repository.path(), m_mine);
                        item->setToolTip(repository.isPrivate ? tr("Private")
                                                              : repository.description);
                    }
                },
                [this](const Result<bool> &listed) {
                    if (!listed)
                        m_status->setText(listed.error().message());
                    m_mine->sortItems();
                    Q_EMIT myRepositoriesLoaded();
                });
        });
    });
}

void HubPanel::openRepository(const QString &repository, const QString &tag)
{
    m_title->setText(tr("<b>%1</b>").arg(repository.toHtmlEscaped()));
    m_status->setText(tr("Reading the tags of %1\u2026").arg(repository));
    m_client->tags(repository, [this, repository, tag](const Result<QList<Hub::HubTag>> &tags) {
        if (!tags) {
            m_tagsModel->setTags(repository, {});
            m_status->setText(tags.error().message());
        } else {
            m_tagsModel->setTags(Hub::HubClient::repositoryPath(repository), *tags);
            remember(Hub::HubClient::repositoryPath(repository));
            m_status->setText(tr("%Ln tag(s)", nullptr, int(tags->size())));
            if (!tags->isEmpty()) {
                int row = 0;
                for (int i = 0; i < tags->size() && !tag.isEmpty(); ++i) {
                    if (tags->at(i).name == tag)
                        row = i;
                }
                m_tagsView->selectRow(row);
                showRateLimit(Hub::HubClient::repositoryPath(repository), tags->first().name);
            }
        }
        updateButtons();
        Q_EMIT tagsLoaded();
    });
}

void HubPanel::showRateLimit(const QString &repository, const QString &tag)
{
    if (!m_registry) {
        const auto endpoint = Registry::RegistryEndpoint::resolve(
            Hub::HubRateLimitProbe::defaultRegistry(), Registry::RegistryConfig());
        if (!endpoint)
            return;
        m_registry = std::make_unique<Registry::RegistryClient>(*endpoint, Credentials());
    }
    Hub::HubRateLimitProbe::probe(
        *m_registry, repository, tag, this, [this](const Result<Hub::HubRateLimit> &limit) {
            m_rateLimit->setText(limit ? tr("Pull limit: %1").arg(limit->text()) : QString());
            m_rateLimit->setToolTip(limit ? limit->source : limit.error().message());
            Q_EMIT rateLimitChanged(m_rateLimit->text());
            Q_EMIT rateLimitShown();
        });
}

void HubPanel::remember(const QString &repository)
{
    const QStringList recent = HubRecent::remember(repository);
    showRecent(recent);
    Q_EMIT recentChanged(recent);
}

void HubPanel::showRecent(const QStringList &recent)
{
    m_recent->clear();
    m_recent->addItems(recent);
}

QString HubPanel::selectedTag() const
{
    const QModelIndexList rows = m_tagsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(HubTagsModel::ReferenceRole).toString();
}

void HubPanel::updateButtons()
{
    const bool chosen = !selectedTag().isEmpty();
    m_pull->setEnabled(chosen);
    m_copy->setEnabled(chosen);
    m_delete->setEnabled(chosen && m_client->isSignedIn() && m_pendingDelete.isEmpty());
}

void HubPanel::pullSelected()
{
    const QString target = selectedTag();
    if (target.isEmpty())
        return;
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Pull;
    spec.endpoint = m_endpoint;
    spec.references = {pullReference(target)};
    spec.login = {Hub::HubRateLimitProbe::defaultRegistry(), {}};
    m_queue->enqueue(spec);
    m_status->setText(tr("Pulling %1 (see the Jobs panel)").arg(spec.references.first()));
}

QString HubPanel::selectedReference() const
{
    const QString tag = selectedTag();
    return tag.isEmpty() ? QString() : pullReference(tag);
}

QString HubPanel::rateLimitText() const
{
    return m_rateLimit->text();
}

void HubPanel::focusSearch()
{
    m_search->field()->setFocus();
    m_search->field()->selectAll();
}

void HubPanel::copySelected()
{
    const QString target = selectedTag();
    if (target.isEmpty())
        return;
    const QString source = pullReference(target);
    // Asked without a nested event loop, as Delete Tag is.
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("hubCopyDestination"));
    ask->setWindowTitle(tr("Copy Tag"));
    ask->setLabelText(tr("Copy %1 to (registry/repository:tag):").arg(source));
    ask->setTextValue(source);
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, source](const QString &destination) { copyTag(source, destination.trimmed()); });
    ask->open();
}

void HubPanel::copyTag(const QString &source, const QString &destination)
{
    const auto parsed = Reference::ImageReference::parse(destination);
    if (!parsed) {
        m_status->setText(parsed.error().message());
        return;
    }
    m_queue->enqueue(RegistryJobSpec::make(Jobs::JobKind::RegistryCopy, m_endpoint, source,
                                           destination, m_registrySettings.get()));
    m_status->setText(tr("Copying %1 to %2 (see the Jobs panel)").arg(source, destination));
}

void HubPanel::deleteSelected()
{
    const QString target = selectedTag();
    if (target.isEmpty())
        return;
    // Asked without a nested event loop: the window goes on serving while the box is up.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Tag"),
                                tr("Delete the tag %1 from Docker Hub?").arg(target),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("hubDeleteConfirmation"));
    box->setInformativeText(tr("The images it names stay on Docker Hub under their other tags "
                               "and digests. This cannot be undone."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("hubDeleteConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, target](QAbstractButton *button) {
                if (button == remove)
                    deleteTag(target);
            });
    box->open();
}

void HubPanel::deleteTag(const QString &target)
{
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::HubDeleteTag;
    spec.endpoint = m_endpoint;
    spec.references = {target};
    spec.login = HubLogin;
    m_pendingDelete = m_queue->enqueue(spec);
    updateButtons();
}

} // namespace Berth::Ui
