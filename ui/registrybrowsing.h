// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "registry/registryconfig.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Berth::Aws {
class AwsAccountStore;
}

namespace Berth::Ui {

class CatalogLoader;
class DriftChecker;
class HubRepositoriesLoader;
class EcrCatalogLoader;
class RegistryClientPool;
class RegistrySettings;
class RemoteTagsLoader;

// The thread the window browses registries on, with its registry clients and loaders: the
// GUI thread never waits on a registry, parses a tag list or hashes a manifest. Started by the
// first loader asked for, so nothing but the engine is contacted before the first paint.
class RegistryBrowsing final : public QObject
{
    Q_OBJECT

public:
    explicit RegistryBrowsing(std::shared_ptr<CredentialSource> credentials,
                              QObject *parent = nullptr);
    // Deletes the loaders on their thread, then ends it.
    ~RegistryBrowsing() override;

    bool isStarted() const { return m_root != nullptr; }
    // The logins the registries are read with (null: anonymous).
    const std::shared_ptr<CredentialSource> &credentials() const { return m_credentials; }
    // Another source of logins, before the first use (the window's, which fetches an ECR
    // host's token itself); ignored once started.
    void setCredentialSource(std::shared_ptr<CredentialSource> credentials);
    // Each registry's TLS files, insecure opt-in and mirror (the Settings dialog), before the
    // first use; their later changes reach a registry through forgetClients().
    void setRegistrySettings(std::shared_ptr<const RegistrySettings> settings);
    // The next use of these registries makes their clients anew (with new settings).
    void forgetClients(const QStringList &domains);
    // What a registry's clients are made with now (from any thread).
    Registry::RegistryConfig configFor(const QString &domain) const;
    CatalogLoader *catalogLoader();
    // The checker of local tags against their registries (drift), on the browsing thread.
    DriftChecker *driftChecker();
    // Docker Hub ▸ My Repositories' loader, on the browsing thread.
    HubRepositoriesLoader *hubRepositoriesLoader();
    // Berth's AWS accounts, whose ECR repositories the Sources tree lists; before the first
    // use, as setCredentialSource().
    void setAwsAccounts(std::shared_ptr<Aws::AwsAccountStore> accounts);
    EcrCatalogLoader *ecrCatalogLoader();
    // A loader of one repository's tags on the browsing thread, not yet started; the caller
    // ends it with deleteLater().
    RemoteTagsLoader *tagsLoader(const QString &domain, const QString &repository);

private:
    void ensureStarted();

    std::shared_ptr<CredentialSource> m_credentials;
    std::shared_ptr<const RegistrySettings> m_registrySettings;
    QThread m_thread;
    QObject *m_root = nullptr; // on the browsing thread: the pool and every loader
    RegistryClientPool *m_pool = nullptr;
    CatalogLoader *m_catalog = nullptr;
    DriftChecker *m_drift = nullptr;
    HubRepositoriesLoader *m_hubRepositories = nullptr;
    std::shared_ptr<Aws::AwsAccountStore> m_awsAccounts;
    EcrCatalogLoader *m_ecrCatalog = nullptr;
};

} // namespace Berth::Ui
