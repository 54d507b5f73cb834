// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/storedlogins.h"

#include "aws/awsaccountstore.h"
#include "aws/ecrcredentialsource.h"
#include "credentials/dockercredentials.h"
#include "credentials/keychainloader.h"
#include "credentials/registrykey.h"

#include <QEventLoop>

#include <algorithm>

namespace Berth::Cli {

bool StoredLogins::knows(const QString &registry)
{
    return Auth::AccountList().find({Auth::RegistryKey::of(registry), {}}).has_value();
}

namespace {

std::shared_ptr<CredentialSource> berthOrDockerSource(const QStringList &registries)
{
    if (std::any_of(registries.begin(), registries.end(), &StoredLogins::knows))
        return StoredLogins::open();
    const auto docker = Auth::DockerConfig::load();
    // A broken config is reported by the lookup itself.
    if (!docker || std::any_of(registries.begin(), registries.end(), [&docker](const QString &r) {
            return docker->sourceFor(r).has_value();
        }))
        return std::make_shared<Auth::DockerCredentials>();
    return nullptr;
}

} // namespace

std::shared_ptr<CredentialSource> StoredLogins::sourceFor(const QStringList &registries)
{
    auto source = berthOrDockerSource(registries);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (std::none_of(registries.begin(), registries.end(), [&environment](const QString &r) {
            return Aws::EcrRegistryHost::forRegistry(r, environment).has_value();
        }))
        return source;
    return std::make_shared<Aws::EcrCredentialSource>(
        std::move(source), Aws::EcrCredentialSource::Options{environment, keptAwsAccounts()});
}

Result<std::shared_ptr<Auth::SecretVault>> StoredLogins::loadKeychain()
{
    return Auth::KeychainLoader::load(KeychainTimeoutMs);
}

Aws::KeptAwsAccount StoredLogins::keptAwsAccounts()
{
    return Aws::AwsAccountStore::chainStep(std::make_shared<Aws::AwsAccountStore>(
        &StoredLogins::loadKeychain, std::make_shared<Aws::AwsAccountList>()));
}

std::shared_ptr<Auth::CredentialStore> StoredLogins::open(QString *keychainProblem)
{
    auto vault = Auth::KeychainLoader::load(KeychainTimeoutMs);
    if (!vault && keychainProblem)
        *keychainProblem = vault.error().message();
    auto store = std::make_shared<Auth::CredentialStore>(vault ? *vault : nullptr,
                                                         std::make_shared<Auth::AccountList>());
    store->setFallback(std::make_shared<Auth::DockerCredentials>());
    return store;
}

Result<Credentials> StoredLogins::findNow(CredentialSource &source, const LoginRef &login)
{
    QEventLoop loop;
    std::optional<Result<Credentials>> answer;
    source.find(login, &loop, [&answer, &loop](const Result<Credentials> &found) {
        answer = found;
        loop.quit();
    });
    // Every source answers within its own timeout (the keychain's, a helper's).
    if (!answer)
        loop.exec();
    return *answer;
}

} // namespace Berth::Cli
