// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/droptargetmodel.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace Berth::Ui {

// The Sources tree's data: two groups, the engines and the registries; a registry (or one of
// Berth's AWS accounts, whose ECR registry it stands for) holds its repositories and, while its catalog loads or after it failed, a status row. Docker Hub
// holds two folders instead of a catalog: My Repositories (once a Hub login is known to be
// stored), loaded on its first expansion like a catalog, and Recent. Data only: fetchMore()
// asks for a registry's catalog through loadRequested() (My Repositories' through
// hubRepositoriesRequested()), and a loader answers with beginLoading(), appendRepositories()
// (page by page), finishLoading() or failLoading() (their Hub* twins for My Repositories).
// Images and archives dropped on an engine, a registry or a repository go to
// dropRequested() with what they do (DropPlanner).
class SourcesModel final : public DroppableModel<QAbstractItemModel>
{
    Q_OBJECT

public:
    enum class Kind {
        Group,
        Engine,
        Registry,
        Repository,
        Busy,
        Failure,
        NoCatalog,
        HubFolder,
        EcrAccount,
    };
    enum class HubFolder { Mine, Recent };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind, as an int
        SourceRole,                  // the engine's URL, the registry's domain, an account's key
        RepositoryRole,              // a repository's path inside its registry
        ErrorRole,                   // a failure row's reason
        InsecureRole,                // a registry marked insecure in the Settings (a badge)
        HostRole, // the registry host a registry's repositories are on (an account's: once listed)
        AccountRole, // an ECR account row's AWS account name
    };

    explicit SourcesModel(QObject *parent = nullptr);
    ~SourcesModel() override;

    // The engine the window shows, alone.
    QModelIndex setEngine(const QString &url, const QString &label);
    // Every engine the window can show, (URL, label) in order: rows of engines no longer
    // listed go, the others keep their places (and the selection) with the new label.
    void setEngines(const QList<std::pair<QString, QString>> &engines);
    // A registry, once; hasCatalog false: a registry that lists no repositories (Docker Hub).
    QModelIndex addRegistry(const QString &domain, bool hasCatalog = true);
    // A repository opened by name: shown under its registry even when the catalog lacks it.
    QModelIndex addRepository(const QString &domain, const QString &repository);
    // Badges the registry's row as insecure (plain http or unverified TLS allowed), or not.
    void setInsecure(const QString &domain, bool insecure);
    // The registry's catalog was asked for (it is loading, listed or failed).
    bool isLoadStarted(const QString &domain) const;
    // Berth's AWS accounts, (name, region) in order, each an ECR registry whose host is known
    // once its repositories are listed: rows of accounts no longer listed go, the others keep
    // their places (and what they loaded).
    void setEcrAccounts(const QList<std::pair<QString, QString>> &accounts);
    // The source key of an account's row (never a registry's domain: it holds a space).
    static QString ecrAccountSource(const QString &name);
    // The registry host an account's repositories are on, as its listing tells; repositories
    // listed under another host before go.
    void setRegistryHost(const QString &source, const QString &host);

    QModelIndex engineIndex(const QString &url) const;
    QModelIndex registryIndex(const QString &domain) const;
    QModelIndex repositoryIndex(const QString &domain, const QString &repository) const;
    static Kind kindOf(const QModelIndex &index);

    // The catalog's loading: the repositories listed so far stay until a new load starts.
    void beginLoading(const QString &domain);
    void appendRepositories(const QString &domain, const QStringList &names);
    void finishLoading(const QString &domain);
    void failLoading(const QString &domain, const QString &reason);
    // Forgets what was loaded; the next expansion loads the catalog again.
    void reload(const QString &domain);

    // Docker Hub's folders under its node (added with the node if need be): Recent always,
    // My Repositories when `mine`.
    void setHubFolders(bool mine);
    // The folder's row; invalid while it is not shown.
    QModelIndex hubFolderIndex(HubFolder folder) const;
    // Recent's repositories, newest first; rows kept are moved, not made anew, so that the
    // current row stays current.
    void setHubRecent(const QStringList &repositories);
    void beginHubLoading();
    void appendHubRepositories(const QStringList &repositories);
    void finishHubLoading();
    void failHubLoading(const QString &reason);
    void reloadHub();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The engine, registry or repository row as a drop target; nullopt for the others.
    static std::optional<DropTarget> dropTargetOf(const QModelIndex &index);
    DropPlan planDrop(const QMimeData *data, int row, int column,
                      const QModelIndex &parent) const override;

Q_SIGNALS:
    // A drop that can work: the window runs it.
    void dropRequested(const Berth::Ui::DropPlan &plan);
    // A registry was expanded for the first time (or after reload()): its catalog is wanted.
    void loadRequested(const QString &domain);
    // My Repositories was expanded for the first time (or after reloadHub()).
    void hubRepositoriesRequested();

protected:
    void dropAccepted(const DropPlan &plan) override { Q_EMIT dropRequested(plan); }

private:
    struct Node;
    enum class LoadState { NotLoaded, Loading, Loaded, Failed, NoCatalog };

    // The node's icon: its kind's, or the error's, or the open lock of an insecure registry.
    QVariant decoration(const Node *node) const;
    static std::unique_ptr<Node> makeNode(Kind kind, const QString &text,
                                          const QString &source = {},
                                          const QString &repository = {});
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *registryNode(const QString &domain) const;
    static bool isRegistry(const Node *node);
    // The registry's status row (busy, failure, no catalog) replaced by `kind`'s, or removed.
    void setStatusRow(Node *registry, std::optional<Kind> kind, const QString &text = {});
    void insertChild(Node *parent, int row, std::unique_ptr<Node> child);
    // A registry's catalog or My Repositories: the loading of `parent`'s repositories.
    void beginLoadingOf(Node *parent);
    void appendRepositoriesTo(Node *parent, const QStringList &names);
    void finishLoadingOf(Node *parent);
    void failLoadingOf(Node *parent, const QString &reason);
    static Node *childRepository(const Node *parent, const QString &repository);
    bool isLazy(const Node *node) const;
    void removeChildren(Node *parent, int first, int last);

    std::unique_ptr<Node> m_root;
    Node *m_engines;
    Node *m_registries;
    Node *m_hubMine = nullptr;
    Node *m_hubRecent = nullptr;
};

} // namespace Berth::Ui
