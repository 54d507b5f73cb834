// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sourcestree.h"

#include "ui/catalogloader.h"
#include "ui/ecrcatalogloader.h"
#include "ui/hubrecent.h"
#include "ui/hubrepositoriesloader.h"
#include "ui/registrybrowsing.h"
#include "ui/sourcesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace Berth::Ui {

namespace {
const QString UserRegistriesKey = QStringLiteral("sources/registries");
const QString HubDomain = QStringLiteral("docker.io");
} // namespace

SourcesTree::SourcesTree(RegistryBrowsing *browsing, QWidget *parent)
    : QTreeView(parent)
    , m_browsing(browsing)
    , m_model(new SourcesModel(this))
{
    setObjectName(QStringLiteral("sourcesTree"));
    setAccessibleName(tr("Sources"));
    setAccessibleDescription(tr("Engines, registries and their repositories"));
    setModel(m_model);
    header()->hide();
    // A status row holds a button, taller than a line of text.
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setExpandsOnDoubleClick(true);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SourcesTree::addStatusWidgets);
    m_model->addRegistry(HubDomain, false);
    m_model->setHubFolders(false);
    m_model->setHubRecent(HubRecent::load());
    const QStringList saved = QSettings().value(UserRegistriesKey).toStringList();
    for (const QString &domain : saved)
        m_model->addRegistry(domain);
    // The two groups open; a registry stays closed, and unloaded, until it is expanded.
    expand(m_model->index(0, 0));
    expand(m_model->index(1, 0));

    connect(m_model, &SourcesModel::loadRequested, this, &SourcesTree::load);
    connect(m_model, &SourcesModel::hubRepositoriesRequested, this,
            &SourcesTree::loadHubRepositories);
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (index == m_model->registryIndex(HubDomain))
            askHubLogin();
    });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(this, &QAbstractItemView::activated, this, &SourcesTree::onActivated);
}

void SourcesTree::addUserRegistry(const QString &domain)
{
    if (m_model->registryIndex(domain).isValid())
        return;
    m_model->addRegistry(domain);
    QSettings settings;
    QStringList saved = settings.value(UserRegistriesKey).toStringList();
    if (!saved.contains(domain)) {
        saved.append(domain);
        settings.setValue(UserRegistriesKey, saved);
    }
}

void SourcesTree::setEcrAccounts(const QList<std::pair<QString, QString>> &accounts)
{
    m_model->setEcrAccounts(accounts);
}

void SourcesTree::selectEngine(const QString &url)
{
    const QModelIndex engine = m_model->engineIndex(url);
    const QModelIndex engines = m_model->index(0, 0);
    if (engine.isValid())
        setCurrentIndex(engine);
    else if (m_model->rowCount(engines) > 0)
        setCurrentIndex(m_model->index(0, 0, engines));
}

void SourcesTree::selectRepository(const QString &domain, const QString &repository)
{
    const QModelIndex index = m_model->addRepository(domain, repository);
    setCurrentIndex(index);
    scrollTo(index);
}

void SourcesTree::selectHub()
{
    setCurrentIndex(m_model->registryIndex(HubDomain));
}

void SourcesTree::onCurrentChanged(const QModelIndex &current)
{
    switch (SourcesModel::kindOf(current)) {
    case SourcesModel::Kind::Registry:
        if (current.data(SourcesModel::SourceRole).toString() == HubDomain) {
            askHubLogin();
            Q_EMIT hubChosen();
        }
        break;
    case SourcesModel::Kind::Engine:
        Q_EMIT engineChosen(current.data(SourcesModel::SourceRole).toString());
        break;
    case SourcesModel::Kind::Repository:
        Q_EMIT repositoryChosen(current.data(SourcesModel::SourceRole).toString(),
                                current.data(SourcesModel::RepositoryRole).toString());
        break;
    default:
        break;
    }
}

void SourcesTree::onActivated(const QModelIndex &index)
{
    switch (SourcesModel::kindOf(index)) {
    case SourcesModel::Kind::Failure:
        if (SourcesModel::kindOf(index.parent()) == SourcesModel::Kind::HubFolder) {
            m_model->reloadHub();
            break;
        }
        m_retrying.insert(index.data(SourcesModel::SourceRole).toString());
        m_model->reload(index.data(SourcesModel::SourceRole).toString());
        break;
    case SourcesModel::Kind::NoCatalog:
        Q_EMIT openRepositoryRequested();
        break;
    default:
        break;
    }
}

// A failure row gets a Retry button, a registry without a catalog an Open Repository…
// button: both work with the mouse, and Enter on the row does the same.
void SourcesTree::addStatusWidgets(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const auto kind = SourcesModel::kindOf(index);
        if (kind != SourcesModel::Kind::Failure && kind != SourcesModel::Kind::NoCatalog)
            continue;
        auto *box = new QWidget;
        box->setAutoFillBackground(true); // the row's own text stays under it, unseen
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(kind == SourcesModel::Kind::Failure
                                    ? index.data(SourcesModel::ErrorRole).toString()
                                    : tr("No list of repositories"));
        text->setObjectName(QStringLiteral("sourceStatusText"));
        text->setToolTip(index.data(Qt::ToolTipRole).toString());
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *button = new QPushButton(
            kind == SourcesModel::Kind::Failure ? tr("Retry") : tr("Open Repository…"));
        button->setObjectName(kind == SourcesModel::Kind::Failure
                                  ? QStringLiteral("sourceRetryButton")
                                  : QStringLiteral("sourceOpenRepositoryButton"));
        const QPersistentModelIndex persistent(index);
        connect(button, &QPushButton::clicked, this, [this, persistent] {
            if (persistent.isValid())
                onActivated(persistent);
        });
        layout->addWidget(text, 1);
        layout->addWidget(button);
        setIndexWidget(index, box);
    }
}

void SourcesTree::askHubLogin()
{
    if (m_hubLoginAsked)
        return;
    m_hubLoginAsked = true;
    const auto &credentials = m_browsing->credentials();
    if (!credentials)
        return;
    credentials->find({HubDomain, {}}, this, [this](const Result<Credentials> &found) {
        if (found && !found->username.isEmpty() && !found->password.isEmpty())
            m_model->setHubFolders(true);
    });
}

void SourcesTree::loadHubRepositories()
{
    HubRepositoriesLoader *loader = m_browsing->hubRepositoriesLoader();
    if (!m_hubConnected) {
        m_hubConnected = true;
        connect(loader, &HubRepositoriesLoader::started, m_model, &SourcesModel::beginHubLoading);
        connect(loader, &HubRepositoriesLoader::page, m_model,
                &SourcesModel::appendHubRepositories);
        connect(loader, &HubRepositoriesLoader::finished, m_model, &SourcesModel::finishHubLoading);
        connect(loader, &HubRepositoriesLoader::failed, m_model, &SourcesModel::failHubLoading);
    }
    loader->load();
}

void SourcesTree::load(const QString &domain)
{
    if (SourcesModel::kindOf(m_model->registryIndex(domain)) == SourcesModel::Kind::EcrAccount) {
        loadEcrAccount(domain);
        return;
    }
    CatalogLoader *catalog = m_browsing->catalogLoader();
    if (!m_catalogConnected) {
        m_catalogConnected = true;
        connect(catalog, &CatalogLoader::started, m_model, &SourcesModel::beginLoading);
        connect(catalog, &CatalogLoader::page, m_model, &SourcesModel::appendRepositories);
        connect(catalog, &CatalogLoader::finished, m_model, &SourcesModel::finishLoading);
        connect(catalog, &CatalogLoader::failed, m_model, &SourcesModel::failLoading);
    }
    catalog->load(domain, m_retrying.remove(domain));
}

// An account's repositories come from ECR's API, not a catalog; its keys are read again on
// every load (a Retry after the account was edited uses the new ones).
void SourcesTree::loadEcrAccount(const QString &source)
{
    EcrCatalogLoader *loader = m_browsing->ecrCatalogLoader();
    if (!m_ecrCatalogConnected) {
        m_ecrCatalogConnected = true;
        connect(loader, &EcrCatalogLoader::started, m_model, &SourcesModel::beginLoading);
        connect(loader, &EcrCatalogLoader::page, m_model,
                [this](const QString &key, const QString &host, const QStringList &names) {
                    m_model->setRegistryHost(key, host);
                    m_model->appendRepositories(key, names);
                });
        connect(loader, &EcrCatalogLoader::finished, m_model, &SourcesModel::finishLoading);
        connect(loader, &EcrCatalogLoader::failed, m_model, &SourcesModel::failLoading);
    }
    m_retrying.remove(source);
    loader->load(source, m_model->registryIndex(source).data(SourcesModel::AccountRole).toString());
}

} // namespace Berth::Ui
