// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Berth {
class CredentialSource;
}
namespace Berth::Hub {
class HubClient;
}
namespace Berth::Jobs {
class JobQueue;
}
namespace Berth::Registry {
class RegistryClient;
}

namespace Berth::Ui {

class HubSearchWidget;
class HubTagsModel;

// Docker Hub, reached for now from Docker Hub ▸ Search…: the search, My Repositories (every
// namespace the stored Docker Hub login can see), and the opened repository's tags from
// Hub's API with Pull and Delete Tag (after a confirmation), both jobs; the pull rate limit
// in words. The secret of the login is fetched when the window opens and stays in memory.
class HubWindow final : public QDialog
{
    Q_OBJECT

public:
    HubWindow(Jobs::JobQueue *queue, std::shared_ptr<CredentialSource> credentials,
              QWidget *parent = nullptr);
    ~HubWindow() override;

    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }

    HubSearchWidget *searchWidget() const { return m_search; }
    HubTagsModel *tagsModel() const { return m_tagsModel; }
    QTableView *tagsView() const { return m_tagsView; }
    QListWidget *myRepositories() const { return m_mine; }
    QListWidget *recentRepositories() const { return m_recent; }
    QLabel *rateLimitLabel() const { return m_rateLimit; }
    QPushButton *pullButton() const { return m_pull; }
    QPushButton *deleteButton() const { return m_delete; }

    // Shows the repository's tags ("library/nginx", "user/app").
    void openRepository(const QString &repository);
    // The image reference a pull of repository:tag asks the engine for.
    static QString pullReference(const QString &repositoryAndTag);

Q_SIGNALS:
    void tagsLoaded();
    void rateLimitShown();
    void myRepositoriesLoaded();

private:
    void signInAndListMine();
    void listNamespaces(QStringList namespaces);
    void showRateLimit(const QString &repository, const QString &tag);
    QString selectedTag() const;
    void pullSelected();
    void deleteSelected();
    void deleteTag(const QString &repositoryAndTag);
    void updateButtons();
    // The repositories opened last, newest first, kept in the window's settings.
    void remember(const QString &repository);
    void showRecent(const QStringList &recent);

    Jobs::JobQueue *m_queue;
    std::shared_ptr<CredentialSource> m_credentials;
    Engine::EngineEndpoint m_endpoint;
    Hub::HubClient *m_searchClient; // anonymous: search never needs the login
    Hub::HubClient *m_client;       // signed in when a login is stored
    std::unique_ptr<Registry::RegistryClient> m_registry;
    HubSearchWidget *m_search;
    QListWidget *m_mine;
    QListWidget *m_recent;
    QLabel *m_title;
    HubTagsModel *m_tagsModel;
    QTableView *m_tagsView;
    QPushButton *m_pull;
    QPushButton *m_delete;
    QLabel *m_rateLimit;
    QLabel *m_status;
    QString m_pendingDelete; // the job id of the last Delete Tag
};

} // namespace Berth::Ui
