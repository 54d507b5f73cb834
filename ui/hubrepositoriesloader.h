// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace Berth {
class CredentialSource;
}
namespace Berth::Hub {
class HubClient;
}

namespace Berth::Ui {

// Lists every repository the stored Docker Hub login can see (its own namespace and its
// organizations'), on the browsing thread where it lives with its own Hub client: the
// Sources tree's Docker Hub ▸ My Repositories hears each namespace's as it arrives. The
// secret is fetched when a load starts and stays in the client's memory only.
class HubRepositoriesLoader final : public QObject
{
    Q_OBJECT

public:
    explicit HubRepositoriesLoader(std::shared_ptr<CredentialSource> credentials,
                                   QObject *parent = nullptr);

    // From any thread: signs in (again) and lists the repositories.
    void load();

Q_SIGNALS:
    void started();
    // Repository paths ("alice/app"), one namespace's at a time.
    void page(const QStringList &repositories);
    void finished();
    void failed(const QString &reason);

private:
    void loadHere();
    void listRepositories();

    std::shared_ptr<CredentialSource> m_credentials;
    Hub::HubClient *m_client;
};

} // namespace Berth::Ui
