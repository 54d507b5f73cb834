// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hubrepositoriesloader.h"

#include "base/credentialsource.h"
#include "hub/hubclient.h"

namespace Berth::Ui {

HubRepositoriesLoader::HubRepositoriesLoader(std::shared_ptr<CredentialSource> credentials,
                                             QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_client(new Hub::HubClient(Hub::HubClient::defaultBaseUrl(), this))
{}

void HubRepositoriesLoader::load()
{
    QMetaObject::invokeMethod(this, &HubRepositoriesLoader::loadHere, Qt::QueuedConnection);
}

void HubRepositoriesLoader::loadHere()
{
    Q_EMIT started();
    if (!m_credentials) {
        Q_EMIT failed(tr("No Docker Hub login is stored"));
        return;
    }
    m_credentials->find(
        {QStringLiteral("docker.io"), {}}, this, [this](const Result<Credentials> &found) {
            if (!found) {
                Q_EMIT failed(found.error().message());
                return;
            }
            if (found->username.isEmpty() || found->password.isEmpty()) {
                Q_EMIT failed(tr("No Docker Hub login is stored"));
                return;
            }
            m_client->signIn(found->username, found->password, [this](const Result<bool> &in) {
                if (!in)
                    Q_EMIT failed(in.error().message());
                else
                    listRepositories();
            });
        });
}

void HubRepositoriesLoader::listRepositories()
{
    m_client->accountRepositories(
        [this](const QList<Hub::HubRepository> &repositories) {
            QStringList paths;
            for (const Hub::HubRepository &repository : repositories)
                paths.append(repository.path());
            Q_EMIT page(paths);
        },
        [this](const Result<bool> &listed) {
            if (listed)
                Q_EMIT finished();
            else
                Q_EMIT failed(listed.error().message());
        });
}

} // namespace Berth::Ui
