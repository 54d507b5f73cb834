// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ecrcatalogloader.h"

#include "aws/awsaccountstore.h"
#include "aws/awsendpoints.h"
#include "aws/ecrclient.h"
#include "aws/ecrregistryhost.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QThreadPool>

namespace Berth::Ui {

EcrCatalogLoader::EcrCatalogLoader(std::shared_ptr<Aws::AwsAccountStore> accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(std::move(accounts))
{}

void EcrCatalogLoader::load(const QString &source, const QString &account)
{
    QMetaObject::invokeMethod(
        this, [this, source, account] { loadHere(source, account); }, Qt::QueuedConnection);
}

void EcrCatalogLoader::loadHere(const QString &source, const QString &account)
{
    const int generation = ++m_generation[source];
    end(source, m_clients.value(source));
    Q_EMIT started(source);
    if (!m_accounts) {
        Q_EMIT failed(source, tr("Berth's AWS accounts are not available here"));
        return;
    }
    // The keychain is waited for on a pool thread; the answer comes back through the relay's
    // `destroyed`, queued to this thread, and is dropped if this loader is gone by then.
    using Found = Result<std::optional<Aws::ResolvedAwsCredentials>>;
    auto answer = std::make_shared<Found>(std::optional<Aws::ResolvedAwsCredentials>());
    auto *relay = new QObject;
    connect(
        relay, &QObject::destroyed, this,
        [this, source, account, answer, generation] {
            if (m_generation.value(source) != generation)
                return;
            if (!*answer) {
                Q_EMIT failed(source, tr("The keys of AWS account %1 cannot be read: %2")
                                          .arg(account, answer->error().message()));
            } else if (!**answer) {
                Q_EMIT failed(source, tr("Berth keeps no AWS account %1 any more").arg(account));
            } else if ((**answer)->region.isEmpty()) {
                Q_EMIT failed(source, tr("AWS account %1 names no region: File ▸ Accounts… "
                                         "gives it one")
                                          .arg(account));
            } else {
                listWith(source, ***answer);
            }
        },
        Qt::QueuedConnection);
    QThreadPool::globalInstance()->start([store = m_accounts, account, answer, relay] {
        *answer = store->findNow(account);
        relay->deleteLater();
    });
}

void EcrCatalogLoader::listWith(const QString &source, const Aws::ResolvedAwsCredentials &keys)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const Aws::EcrClient::Endpoints endpoints{
        Aws::AwsEndpoints::resolve(QStringLiteral("ecr"), keys.region, {}, environment,
                                   keys.endpointUrl),
        Aws::AwsEndpoints::resolve(QStringLiteral("sts"), keys.region, {}, environment,
                                   keys.endpointUrl)};
    auto *client = new Aws::EcrClient(keys, endpoints, this);
    m_clients.insert(source, client);
    nextPage(client, source, {});
}

void EcrCatalogLoader::nextPage(Aws::EcrClient *client, const QString &source, const QString &token)
{
    QJsonObject request;
    if (!token.isEmpty())
        request.insert(QStringLiteral("nextToken"), token);
    // The client is this call's context: a newer load deletes it, and its answer with it.
    client->call(
        QStringLiteral("DescribeRepositories"), request,
        [this, client, source, token](const Result<QJsonObject> &answer) {
            if (m_clients.value(source) != client)
                return; // a newer load took over
            const QString account = client->credentials().account;
            if (!answer) {
                Q_EMIT failed(source, tr("AWS account %1 did not list its ECR repositories: %2")
                                          .arg(account, answer.error().message()));
                end(source, client);
                return;
            }
            QStringList names;
            QString host;
            for (const QJsonValue &value : answer->value(QLatin1String("repositories")).toArray()) {
                const QJsonObject repository = value.toObject();
                names.append(repository.value(QLatin1String("repositoryName")).toString());
                // The URI names the registry (a stand-in's or a proxy's too); else the host
                // AWS gives an account's registry in the region.
                const QString uri = repository.value(QLatin1String("repositoryUri")).toString();
                if (host.isEmpty() && uri.contains(u'/'))
                    host = uri.section(u'/', 0, 0);
                if (host.isEmpty())
                    host =
                        Aws::EcrRegistryHost{
                            repository.value(QLatin1String("registryId")).toString(),
                            client->credentials().region, false}
                            .host();
            }
            names.removeAll(QString());
            if (!names.isEmpty())
                Q_EMIT page(source, host, names);
            const QString next = answer->value(QLatin1String("nextToken")).toString();
            if (next.isEmpty() || next == token) {
                Q_EMIT finished(source);
                end(source, client);
                return;
            }
            nextPage(client, source, next);
        });
}

void EcrCatalogLoader::end(const QString &source, Aws::EcrClient *client)
{
    if (!client)
        return;
    if (m_clients.value(source) == client)
        m_clients.remove(source);
    // Later: this may run inside the client's own callback.
    client->deleteLater();
}

} // namespace Berth::Ui
