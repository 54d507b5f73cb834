// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"

#include <QWidget>

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
class RegistrySettings;

// Docker Hub in the main window's center while the Sources tree's Docker Hub node is
// selected: the search, My Repositories (every namespace the stored Docker Hub login can
// see), the repositories opened last, and the opened repository's tags from Hub's API with
// Pull, Copy (to a reference the user types) and Delete Tag (after a confirmation), all jobs.
// The secret of the login is fetched when the panel is made and stays in memory.
class HubPanel final : public QWidget
{
    Q_OBJECT

public:
    HubPanel(Jobs::JobQueue *queue, std::shared_ptr<CredentialSource> credentials,
             QWidget *parent = nullptr);
    ~HubPanel() override;

    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    // Settings ▸ Registries: Copy To… uses the destination's (and the source's), as the
    // copies of a repository's tags do (RegistryJobSpec).
    void setRegistrySettings(std::shared_ptr<const RegistrySettings> settings)
    {
        m_registrySettings = std::move(settings);
    }

    HubSearchWidget *searchWidget() const { return m_search; }
    HubTagsModel *tagsModel() const { return m_tagsModel; }
    QTableView *tagsView() const { return m_tagsView; }
    QListWidget *myRepositories() const { return m_mine; }
    QListWidget *recentRepositories() const { return m_recent; }
    QLabel *rateLimitLabel() const { return m_rateLimit; }
    QPushButton *pullButton() const { return m_pull; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *deleteButton() const { return m_delete; }
    // The pull rate limit in words ("Pull limit: 76 of 100 pulls left per 6 hours"), empty
    // until a repository was opened.
    QString rateLimitText() const;
    // The chosen tag as tagSelected() gives it; empty when none is.
    QString selectedReference() const;
    // Puts the keyboard focus in the search field (Ctrl+Shift+H).
    void focusSearch();

    // Shows the repository's tags ("library/nginx", "user/app"), then selects `tag` (the
    // first tag when it is empty or not there).
    void openRepository(const QString &repository, const QString &tag = {});
    // The image reference a pull of repository:tag asks the engine for.
    static QString pullReference(const QString &repositoryAndTag);

Q_SIGNALS:
    void tagsLoaded();
    void rateLimitShown();
    void myRepositoriesLoaded();
    // The tag chosen in the tags table, as a full reference on the Hub's registry
    // ("docker.io/library/nginx:latest"); empty when none is.
    void tagSelected(const QString &reference);
    void rateLimitChanged(const QString &text);
    // The repositories opened last changed (newest first): one was opened.
    void recentChanged(const QStringList &recent);

private:
    void signInAndListMine();
    void showRateLimit(const QString &repository, const QString &tag);
    QString selectedTag() const;
    void pullSelected();
    void copySelected();
    void copyTag(const QString &source, const QString &destination);
    void deleteSelected();
    void deleteTag(const QString &repositoryAndTag);
    void updateButtons();
    // The repositories opened last, newest first, kept in the window's settings.
    void remember(const QString &repository);
    void showRecent(const QStringList &recent);

    Jobs::JobQueue *m_queue;
    std::shared_ptr<CredentialSource> m_credentials;
    Engine::EngineEndpoint m_endpoint;
    std::shared_ptr<const RegistrySettings> m_registrySettings;
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
    QPushButton *m_copy;
    QPushButton *m_delete;
    QLabel *m_rateLimit;
    QLabel *m_status;
    QString m_pendingDelete; // the job id of the last Delete Tag
};

} // namespace Berth::Ui
