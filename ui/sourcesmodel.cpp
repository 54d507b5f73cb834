// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sourcesmodel.h"

#include "ui/icons.h"
#include "ui/palettecolors.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QMimeData>
#include <QPalette>

#include <algorithm>

namespace Berth::Ui {

struct SourcesModel::Node
{
    Kind kind;
    QString text;       // what the row shows
    QString source;     // engine URL or registry domain
    QString repository; // repository path
    QString host;       // an ECR account's registry host, once its listing named it
    QString region;     // an ECR account's region
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    LoadState state = LoadState::NotLoaded;
    bool pinned = false;   // a repository opened by name stays when the catalog lacks it
    bool seen = false;     // listed by the catalog's load in progress (or the last one)
    bool insecure = false; // a registry marked insecure in the Settings

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        const auto it = std::find_if(siblings.cbegin(), siblings.cend(),
                                     [this](const auto &n) { return n.get() == this; });
        return int(it - siblings.cbegin());
    }
    bool isStatus() const
    {
        return kind == Kind::Busy || kind == Kind::Failure || kind == Kind::NoCatalog;
    }
    // The number of repository rows: the status row, if any, is the last.
    int repositoryCount() const
    {
        return int(children.size()) - (!children.empty() && children.back()->isStatus() ? 1 : 0);
    }
};

std::unique_ptr<SourcesModel::Node> SourcesModel::makeNode(Kind kind, const QString &text,
                                                           const QString &source,
                                                           const QString &repository)
{
    auto node = std::make_unique<SourcesModel::Node>();
    node->kind = kind;
    node->text = text;
    node->source = source;
    node->repository = repository;
    return node;
}

SourcesModel::SourcesModel(QObject *parent)
    : DroppableModel(parent)
    , m_root(makeNode(Kind::Group, {}))
{
    insertChild(m_root.get(), 0, makeNode(Kind::Group, tr("Engines")));
    insertChild(m_root.get(), 1, makeNode(Kind::Group, tr("Registries")));
    m_engines = m_root->children[0].get();
    m_registries = m_root->children[1].get();
}

SourcesModel::~SourcesModel() = default;

void SourcesModel::insertChild(Node *parent, int row, std::unique_ptr<Node> child)
{
    child->parent = parent;
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(parent->children.begin() + row, std::move(child));
    endInsertRows();
}

void SourcesModel::removeChildren(Node *parent, int first, int last)
{
    if (first > last)
        return;
    beginRemoveRows(indexOf(parent), first, last);
    parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
    endRemoveRows();
}

QModelIndex SourcesModel::setEngine(const QString &url, const QString &label)
{
    if (!m_engines->children.empty() && m_engines->children.front()->source == url)
        return indexOf(m_engines->children.front().get());
    removeChildren(m_engines, 0, int(m_engines->children.size()) - 1);
    insertChild(m_engines, 0, makeNode(Kind::Engine, label, url));
    return indexOf(m_engines->children.front().get());
}

void SourcesModel::setEngines(const QList<std::pair<QString, QString>> &engines)
{
    const auto listed = [&engines](const QString &url) {
        return std::any_of(engines.cbegin(), engines.cend(),
                           [&url](const auto &engine) { return engine.first == url; });
    };
    for (int row = int(m_engines->children.size()) - 1; row >= 0; --row) {
        if (!listed(m_engines->children[row]->source))
            removeChildren(m_engines, row, row);
    }
    for (const auto &[url, label] : engines) {
        const QModelIndex existing = engineIndex(url);
        if (!existing.isValid()) {
            insertChild(m_engines, int(m_engines->children.size()),
                        makeNode(Kind::Engine, label, url));
        } else if (Node *node = nodeOf(existing); node->text != label) {
            node->text = label;
            Q_EMIT dataChanged(existing, existing);
        }
    }
}

QModelIndex SourcesModel::addRegistry(const QString &domain, bool hasCatalog)
{
    if (Node *existing = registryNode(domain))
        return indexOf(existing);
    auto node = makeNode(Kind::Registry, domain, domain);
    Node *raw = node.get();
    insertChild(m_registries, int(m_registries->children.size()), std::move(node));
    if (!hasCatalog) {
        raw->state = LoadState::NoCatalog;
        setStatusRow(raw, Kind::NoCatalog,
                     tr("No list of repositories: Open Repository… (Ctrl+L) opens one by name"));
    }
    return indexOf(raw);
}

QModelIndex SourcesModel::addRepository(const QString &domain, const QString &repository)
{
    Node *registry = registryNode(domain);
    if (!registry)
        registry = nodeOf(addRegistry(domain));
    if (const QModelIndex existing = repositoryIndex(domain, repository); existing.isValid())
        return existing;
    auto node = makeNode(Kind::Repository, repository, domain, repository);
    node->pinned = true;
    insertChild(registry, registry->repositoryCount(), std::move(node));
    return indexOf(registry->children[size_t(registry->repositoryCount() - 1)].get());
}

void SourcesModel::setInsecure(const QString &domain, bool insecure)
{
    Node *registry = registryNode(domain);
    if (!registry || registry->insecure == insecure)
        return;
    registry->insecure = insecure;
    const QModelIndex index = indexOf(registry);
    Q_EMIT dataChanged(index, index);
}

QString SourcesModel::ecrAccountSource(const QString &name)
{
    return QStringLiteral("aws account/") + name;
}

void SourcesModel::setEcrAccounts(const QList<std::pair<QString, QString>> &accounts)
{
    const auto listed = [&accounts](const Node *node) {
        return std::any_of(accounts.cbegin(), accounts.cend(), [node](const auto &account) {
            return ecrAccountSource(account.first) == node->source;
        });
    };
    for (int row = int(m_registries->children.size()) - 1; row >= 0; --row) {
        const Node *node = m_registries->children[size_t(row)].get();
        if (node->kind == Kind::EcrAccount && !listed(node))
            removeChildren(m_registries, row, row);
    }
    for (const auto &[name, region] : accounts) {
        const QString source = ecrAccountSource(name);
        if (Node *existing = registryNode(source)) {
            if (existing->region != region) {
                // Another region is another registry: what was listed goes.
                existing->region = region;
                reload(source);
                const QModelIndex index = indexOf(existing);
                Q_EMIT dataChanged(index, index);
            }
            continue;
        }
        auto node = makeNode(Kind::EcrAccount, name, source);
        node->region = region;
        insertChild(m_registries, int(m_registries->children.size()), std::move(node));
    }
}

void SourcesModel::setRegistryHost(const QString &source, const QString &host)
{
    Node *registry = registryNode(source);
    if (!registry || registry->kind != Kind::EcrAccount || registry->host == host)
        return;
    // The account's keys now name another registry: its repositories are not these.
    removeChildren(registry, 0, registry->repositoryCount() - 1);
    registry->host = host;
    const QModelIndex index = indexOf(registry);
    Q_EMIT dataChanged(index, index);
}

bool SourcesModel::isLoadStarted(const QString &domain) const
{
    const Node *registry = registryNode(domain);
    return registry && registry->state != LoadState::NotLoaded &&
           registry->state != LoadState::NoCatalog;
}

QModelIndex SourcesModel::engineIndex(const QString &url) const
{
    for (const auto &node : m_engines->children) {
        if (node->source == url)
            return indexOf(node.get());
    }
    return {};
}

QModelIndex SourcesModel::registryIndex(const QString &domain) const
{
    const Node *node = registryNode(domain);
    return node ? indexOf(node) : QModelIndex();
}

QModelIndex SourcesModel::repositoryIndex(const QString &domain, const QString &repository) const
{
    const Node *registry = registryNode(domain);
    if (!registry)
        return {};
    for (const auto &node : registry->children) {
        if (node->kind == Kind::Repository && node->repository == repository)
            return indexOf(node.get());
    }
    return {};
}

SourcesModel::Kind SourcesModel::kindOf(const QModelIndex &index)
{
    return Kind(index.data(KindRole).toInt());
}

SourcesModel::Node *SourcesModel::registryNode(const QString &domain) const
{
    for (const auto &node : m_registries->children) {
        if (node->source == domain)
            return node.get();
    }
    return nullptr;
}

bool SourcesModel::isRegistry(const Node *node)
{
    return node->kind == Kind::Registry || node->kind == Kind::EcrAccount;
}

void SourcesModel::setStatusRow(Node *registry, std::optional<Kind> kind, const QString &text)
{
    const int count = registry->repositoryCount();
    // Replaced, not changed in place: the tree puts a button beside a new status row.
    if (count < int(registry->children.size()))
        removeChildren(registry, count, count);
    if (kind)
        insertChild(registry, count, makeNode(*kind, text, registry->source));
}

void SourcesModel::beginLoading(const QString &domain)
{
    if (Node *registry = registryNode(domain))
        beginLoadingOf(registry);
}

void SourcesModel::appendRepositories(const QString &domain, const QStringList &names)
{
    if (Node *registry = registryNode(domain))
        appendRepositoriesTo(registry, names);
}

void SourcesModel::finishLoading(const QString &domain)
{
    if (Node *registry = registryNode(domain))
        finishLoadingOf(registry);
}

void SourcesModel::failLoading(const QString &domain, const QString &reason)
{
    if (Node *registry = registryNode(domain))
        failLoadingOf(registry, reason);
}

void SourcesModel::beginLoadingOf(Node *parent)
{
    // The rows listed before stay (and the selection with them) until the load has ended
    // without them.
    parent->state = LoadState::Loading;
    for (auto &child : parent->children)
        child->seen = false;
    setStatusRow(parent, Kind::Busy, tr("Loading…"));
}

SourcesModel::Node *SourcesModel::childRepository(const Node *parent, const QString &repository)
{
    for (const auto &node : parent->children) {
        if (node->kind == Kind::Repository && node->repository == repository)
            return node.get();
    }
    return nullptr;
}

void SourcesModel::appendRepositoriesTo(Node *parent, const QStringList &names)
{
    QStringList fresh;
    for (const QString &name : names) {
        if (Node *known = childRepository(parent, name))
            known->seen = true;
        else if (!fresh.contains(name))
            fresh.append(name);
    }
    if (fresh.isEmpty())
        return;
    const int first = parent->repositoryCount();
    beginInsertRows(indexOf(parent), first, first + int(fresh.size()) - 1);
    for (int i = 0; i < fresh.size(); ++i) {
        const QString &host = parent->kind == Kind::EcrAccount ? parent->host : parent->source;
        auto node = makeNode(Kind::Repository, fresh[i], host, fresh[i]);
        node->parent = parent;
        node->seen = true;
        parent->children.insert(parent->children.begin() + first + i, std::move(node));
    }
    endInsertRows();
}

void SourcesModel::finishLoadingOf(Node *parent)
{
    parent->state = LoadState::Loaded;
    setStatusRow(parent, std::nullopt);
    // Repositories gone from the catalog go, unless opened by name.
    for (int row = parent->repositoryCount() - 1; row >= 0; --row) {
        const Node *child = parent->children[size_t(row)].get();
        if (!child->seen && !child->pinned && child->kind == Kind::Repository)
            removeChildren(parent, row, row);
    }
}

void SourcesModel::failLoadingOf(Node *parent, const QString &reason)
{
    parent->state = LoadState::Failed;
    setStatusRow(parent, Kind::Failure, reason);
}

void SourcesModel::reload(const QString &domain)
{
    Node *registry = registryNode(domain);
    if (!registry || registry->state == LoadState::NoCatalog)
        return;
    // An account never expanded loads when it is.
    if (registry->kind == Kind::EcrAccount && registry->state == LoadState::NotLoaded)
        return;
    registry->state = LoadState::Loading;
    Q_EMIT loadRequested(domain);
}

void SourcesModel::setHubFolders(bool mine)
{
    Node *hub = registryNode(QStringLiteral("docker.io"));
    if (!hub)
        hub = nodeOf(addRegistry(QStringLiteral("docker.io"), false));
    // Known as the folders before their rows are announced: the view asks hasChildren()
    // then, and keeps the answer.
    if (mine && !m_hubMine) {
        auto node = makeNode(Kind::HubFolder, tr("My Repositories"), hub->source);
        m_hubMine = node.get();
        insertChild(hub, 0, std::move(node));
    }
    if (!m_hubRecent) {
        auto node = makeNode(Kind::HubFolder, tr("Recent"), hub->source);
        m_hubRecent = node.get();
        insertChild(hub, m_hubMine ? 1 : 0, std::move(node));
    }
}

QVariant SourcesModel::decoration(const Node *node) const
{
    if (node->kind == Kind::Failure)
        return Icons::icon(Icons::Error);
    if (node->insecure)
        return Icons::icon(Icons::Insecure);
    switch (node->kind) {
    case Kind::Engine:
        return Icons::icon(Icons::Engine);
    case Kind::Registry:
        return Icons::icon(node->source == u"docker.io" ? Icons::DockerHub : Icons::Registry);
    case Kind::EcrAccount:
        return Icons::icon(Icons::EcrAccount);
    case Kind::Repository:
        return Icons::icon(Icons::Repository);
    case Kind::HubFolder:
        return Icons::icon(node == m_hubMine ? Icons::Accounts : Icons::History);
    case Kind::Group:
    case Kind::Busy:
    case Kind::Failure:
    case Kind::NoCatalog:
        break;
    }
    return {};
}

QModelIndex SourcesModel::hubFolderIndex(HubFolder folder) const
{
    return indexOf(folder == HubFolder::Mine ? m_hubMine : m_hubRecent);
}

void SourcesModel::setHubRecent(const QStringList &repositories)
{
    if (!m_hubRecent)
        return;
    Node *recent = m_hubRecent;
    const QModelIndex parent = indexOf(recent);
    for (int row = 0; row < repositories.size(); ++row) {
        const auto &children = recent->children;
        const auto found = std::find_if(
            children.begin() + std::min<qsizetype>(row, children.size()), children.end(),
            [&](const auto &node) { return node->repository == repositories[row]; });
        if (found == children.end()) {
            insertChild(
                recent, row,
                makeNode(Kind::Repository, repositories[row], recent->source, repositories[row]));
            continue;
        }
        const int from = int(found - children.begin());
        if (from == row)
            continue;
        beginMoveRows(parent, from, from, parent, row);
        auto node = std::move(recent->children[size_t(from)]);
        recent->children.erase(recent->children.begin() + from);
        recent->children.insert(recent->children.begin() + row, std::move(node));
        endMoveRows();
    }
    removeChildren(recent, int(repositories.size()), int(recent->children.size()) - 1);
}

void SourcesModel::beginHubLoading()
{
    if (m_hubMine)
        beginLoadingOf(m_hubMine);
}

void SourcesModel::appendHubRepositories(const QStringList &repositories)
{
    if (m_hubMine)
        appendRepositoriesTo(m_hubMine, repositories);
}

void SourcesModel::finishHubLoading()
{
    if (m_hubMine)
        finishLoadingOf(m_hubMine);
}

void SourcesModel::failHubLoading(const QString &reason)
{
    if (m_hubMine)
        failLoadingOf(m_hubMine, reason);
}

void SourcesModel::reloadHub()
{
    if (!m_hubMine)
        return;
    m_hubMine->state = LoadState::Loading;
    Q_EMIT hubRepositoriesRequested();
}

SourcesModel::Node *SourcesModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SourcesModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex SourcesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex SourcesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SourcesModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->kind == Kind::Failure)
            return tr("%1 (Enter to retry)").arg(node->text);
        if (node->insecure)
            return tr("%1 (insecure)").arg(node->text);
        return node->text;
    case Qt::ToolTipRole:
        if (node->kind == Kind::Failure)
            return node->text;
        if (node->insecure)
            return tr("%1: plain HTTP and unverified TLS are allowed (Settings ▸ Registries)")
                .arg(node->text);
        if (node->kind == Kind::Repository)
            return QString(node->source + u'/' + node->repository);
        if (node->kind == Kind::EcrAccount && !node->host.isEmpty())
            return tr("AWS account %1: the ECR registry %2").arg(node->text, node->host);
        if (node->kind == Kind::EcrAccount)
            return tr("AWS account %1: its ECR registry in %2").arg(node->text, node->region);
        return node->kind == Kind::Engine ? node->source : node->text;
    case Qt::DecorationRole:
        return decoration(node);
    case Qt::ForegroundRole:
        if (node->kind == Kind::Failure)
            return PaletteColors::errorText(QGuiApplication::palette().color(QPalette::Base));
        return {};
    case KindRole:
        return int(node->kind);
    case SourceRole:
        return node->source;
    case RepositoryRole:
        return node->repository;
    case ErrorRole:
        return node->kind == Kind::Failure ? node->text : QString();
    case InsecureRole:
        return node->insecure;
    case HostRole:
        if (node->kind == Kind::EcrAccount)
            return node->host;
        return node->kind == Kind::Registry || node->kind == Kind::Repository ? node->source
                                                                              : QString();
    case AccountRole:
        return node->kind == Kind::EcrAccount ? node->text : QString();
    default:
        return {};
    }
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Kind kind = nodeOf(index)->kind;
    if (kind == Kind::Busy)
        return Qt::ItemIsEnabled;
    if (kind == Kind::Engine || kind == Kind::Registry || kind == Kind::Repository)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

// A registry's catalog and My Repositories are known only once loaded.
bool SourcesModel::isLazy(const Node *node) const
{
    return isRegistry(node) || node == m_hubMine;
}

bool SourcesModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return isLazy(node) || !node->children.empty();
}

bool SourcesModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return isLazy(node) && node->state == LoadState::NotLoaded;
}

void SourcesModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!canFetchMore(parent))
        return;
    node->state = LoadState::Loading;
    if (node == m_hubMine)
        Q_EMIT hubRepositoriesRequested();
    else
        Q_EMIT loadRequested(node->source);
}

std::optional<DropTarget> SourcesModel::dropTargetOf(const QModelIndex &index)
{
    DropTarget target;
    target.source = index.data(SourceRole).toString();
    switch (kindOf(index)) {
    case Kind::Engine:
        target.kind = DropTarget::Kind::Engine;
        target.label = index.data(Qt::DisplayRole).toString();
        return target;
    case Kind::Registry:
        target.kind = DropTarget::Kind::Registry;
        return target;
    case Kind::EcrAccount:
        // The account's registry, once its listing has told the host.
        target.source = index.data(HostRole).toString();
        if (target.source.isEmpty())
            return std::nullopt;
        target.kind = DropTarget::Kind::Registry;
        return target;
    case Kind::Repository:
        target.kind = DropTarget::Kind::Repository;
        target.repository = index.data(RepositoryRole).toString();
        return target;
    default:
        return std::nullopt;
    }
}

DropPlan SourcesModel::planDrop(const QMimeData *data, int row, int column,
                                const QModelIndex &parent) const
{
    // Between two rows (row >= 0) counts as on the row below.
    const QModelIndex on = row >= 0 ? index(row, qMax(column, 0), parent) : parent;
    const auto target = dropTargetOf(on);
    if (!target) {
        DropPlan refused;
        refused.description = tr("Drop on an engine, a registry or a repository");
        return refused;
    }
    return planFor(data, *target);
}

} // namespace Berth::Ui
