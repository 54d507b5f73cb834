// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Berth::Ui {

class RegistryBrowsing;
class SourcesModel;

// The Sources tree: the engine, Docker Hub (My Repositories, Recent), the registries Berth
// keeps a login for and the ones opened by name. A registry's repositories load when it is first
// expanded; a failure shows in its place with its reason and a Retry button.
class SourcesTree final : public QTreeView
{
    Q_OBJECT

public:
    SourcesTree(RegistryBrowsing *browsing, QWidget *parent = nullptr);

    SourcesModel *sourcesModel() const { return m_model; }
    // Berth's AWS accounts, (name, region), each shown as its ECR registry; rows of accounts
    // no longer listed go. Lists nothing until an account is expanded.
    void setEcrAccounts(const QList<std::pair<QString, QString>> &accounts);
    // Adds a registry to the tree and remembers it for the next start.
    void addUserRegistry(const QString &domain);
    // Selects the engine's (the first engine's if that URL is not listed) or a repository's
    // row (the center follows).
    void selectEngine(const QString &url = {});
    void selectRepository(const QString &domain, const QString &repository);
    // Selects the Docker Hub node (its panel shows in the center).
    void selectHub();

Q_SIGNALS:
    void engineChosen(const QString &url);
    void repositoryChosen(const QString &domain, const QString &repository);
    void openRepositoryRequested();
    // The Docker Hub node became the current row.
    void hubChosen();

private:
    void onCurrentChanged(const QModelIndex &current);
    void onActivated(const QModelIndex &index);
    void addStatusWidgets(const QModelIndex &parent, int first, int last);
    void load(const QString &domain);
    // Docker Hub chosen or expanded: My Repositories shows once the login is known to be
    // stored (looked up then, not at start).
    void askHubLogin();
    void loadHubRepositories();

    RegistryBrowsing *m_browsing;
    SourcesModel *m_model;
    void loadEcrAccount(const QString &source);

    bool m_catalogConnected = false;
    bool m_hubLoginAsked = false;
    bool m_hubConnected = false;
    bool m_ecrCatalogConnected = false;
    QSet<QString> m_retrying; // registries whose next load looks the login up again
};

} // namespace Berth::Ui
