// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registrybrowsing.h"

#include "ui/catalogloader.h"
#include "ui/driftchecker.h"
#include "ui/ecrcatalogloader.h"
#include "ui/hubrepositoriesloader.h"
#include "ui/registryclientpool.h"
#include "ui/registrysettings.h"
#include "ui/remotetagsloader.h"

namespace Berth::Ui {

RegistryBrowsing::RegistryBrowsing(std::shared_ptr<CredentialSource> credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
{
    m_thread.setObjectName(QStringLiteral("berth-browse"));
}

RegistryBrowsing::~RegistryBrowsing()
{
    if (!m_root)
        return;
    QObject *root = m_root;
    QMetaObject::invokeMethod(
        root, [root] { delete root; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RegistryBrowsing::setCredentialSource(std::shared_ptr<CredentialSource> credentials)
{
    if (!m_root)
        m_credentials = std::move(credentials);
}

void RegistryBrowsing::setRegistrySettings(std::shared_ptr<const RegistrySettings> settings)
{
    if (!m_root)
        m_registrySettings = std::move(settings);
}

void RegistryBrowsing::forgetClients(const QStringList &domains)
{
    if (!m_root)
        return;
    RegistryClientPool *pool = m_pool;
    QMetaObject::invokeMethod(
        pool,
        [pool, domains] {
            for (const QString &domain : domains)
                pool->forget(domain);
        },
        Qt::QueuedConnection);
}

Registry::RegistryConfig RegistryBrowsing::configFor(const QString &domain) const
{
    return m_registrySettings ? m_registrySettings->configFor(domain) : Registry::RegistryConfig();
}

void RegistryBrowsing::ensureStarted()
{
    if (m_root)
        return;
    qRegisterMetaType<TagDetails>();
    qRegisterMetaType<Registry::RemoteTagAnswer>();
    m_root = new QObject;
    m_pool = new RegistryClientPool(m_credentials, m_registrySettings, m_root);
    m_catalog = new CatalogLoader(m_pool, m_root);
    m_drift = new DriftChecker(m_pool, m_root);
    m_hubRepositories = new HubRepositoriesLoader(m_credentials, m_root);
    m_ecrCatalog = new EcrCatalogLoader(m_awsAccounts, m_root);
    m_root->moveToThread(&m_thread);
    m_thread.start();
}

void RegistryBrowsing::setAwsAccounts(std::shared_ptr<Aws::AwsAccountStore> accounts)
{
    if (!m_root)
        m_awsAccounts = std::move(accounts);
}

EcrCatalogLoader *RegistryBrowsing::ecrCatalogLoader()
{
    ensureStarted();
    return m_ecrCatalog;
}

CatalogLoader *RegistryBrowsing::catalogLoader()
{
    ensureStarted();
    return m_catalog;
}

DriftChecker *RegistryBrowsing::driftChecker()
{
    ensureStarted();
    return m_drift;
}

HubRepositoriesLoader *RegistryBrowsing::hubRepositoriesLoader()
{
    ensureStarted();
    return m_hubRepositories;
}

RemoteTagsLoader *RegistryBrowsing::tagsLoader(const QString &domain, const QString &repository)
{
    ensureStarted();
    auto *loader = new RemoteTagsLoader(m_pool, domain, repository);
    loader->moveToThread(&m_thread);
    // Owned by the root from its own thread, so the destructor's delete takes it too.
    QObject *root = m_root;
    QMetaObject::invokeMethod(
        root, [loader, root] { loader->setParent(root); }, Qt::QueuedConnection);
    return loader;
}

} // namespace Berth::Ui
