// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awsaccountstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Berth::Aws {

namespace {

class StoreText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Aws::AwsAccountStore)
};

// Runs one vault call and waits for its answer on this thread; the vault answers within
// its own timeout.
template<typename T, typename Start> Result<T> waitFor(Start start)
{
    QEventLoop loop;
    std::optional<Result<T>> answer;
    start(&loop, [&answer, &loop](const Result<T> &r) {
        answer = r;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

QString encode(const AwsCredentials &keys)
{
    QJsonObject object{{QStringLiteral("AccessKeyId"), keys.accessKeyId},
                       {QStringLiteral("SecretAccessKey"), keys.secretAccessKey}};
    if (!keys.sessionToken.isEmpty())
        object.insert(QStringLiteral("SessionToken"), keys.sessionToken);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AwsCredentials decode(const QString &secret)
{
    const QJsonObject object = QJsonDocument::fromJson(secret.toUtf8()).object();
    return {object.value(QLatin1String("AccessKeyId")).toString(),
            object.value(QLatin1String("SecretAccessKey")).toString(),
            object.value(QLatin1String("SessionToken")).toString()};
}

} // namespace

AwsAccountStore::AwsAccountStore(VaultLoader loadVault, std::shared_ptr<AwsAccountList> list)
    : m_loadVault(std::move(loadVault))
    , m_list(std::move(list))
{}

QString AwsAccountStore::keyOf(const QString &name)
{
    // A registry login's key is "user@registry" and always holds an '@'; this one never
    // does, so the two kinds cannot meet.
    return QStringLiteral("aws:") + name;
}

Result<std::shared_ptr<Auth::SecretVault>> AwsAccountStore::vault()
{
    const QMutexLocker lock(&m_mutex);
    if (m_vault)
        return m_vault;
    auto loaded = m_loadVault();
    if (loaded)
        m_vault = *loaded;
    return loaded;
}

Result<void> AwsAccountStore::saveNow(const AwsAccountList::Entry &entry,
                                      const AwsCredentials &keys, bool makeDefault)
{
    const auto keychain = vault();
    if (!keychain)
        return keychain.error();
    const QString secret = encode(keys);
    const auto written = waitFor<void>([&](QObject *context, auto done) {
        (*keychain)->write(keyOf(entry.name), secret, context, std::move(done));
    });
    if (written)
        m_list->put(entry, makeDefault);
    return written;
}

Result<void> AwsAccountStore::removeNow(const QString &name)
{
    if (!m_list->find(name))
        return Error(ErrorKind::NotFound,
                     StoreText::tr("Berth keeps no AWS account named %1").arg(name));
    const auto keychain = vault();
    if (!keychain)
        return keychain.error();
    const auto removed = waitFor<void>([&](QObject *context, auto done) {
        (*keychain)->remove(keyOf(name), context, std::move(done));
    });
    // Gone from the keychain already: the list entry goes too.
    if (!removed && removed.error().kind() != ErrorKind::NotFound)
        return removed;
    m_list->remove(name);
    return {};
}

Result<std::optional<ResolvedAwsCredentials>> AwsAccountStore::findNow(const QString &name)
{
    const auto entry = m_list->find(name);
    if (!entry)
        return std::optional<ResolvedAwsCredentials>();
    const auto keychain = vault();
    if (!keychain)
        return keychain.error();
    const auto secret = waitFor<QString>([&](QObject *context, auto done) {
        (*keychain)->read(keyOf(entry->name), context, std::move(done));
    });
    if (!secret) {
        if (secret.error().kind() == ErrorKind::NotFound)
            return Error(ErrorKind::NotFound,
                         StoreText::tr("the keys of AWS account %1 are no longer in the keychain; "
                                       "add them again with berthctl login --aws %1")
                             .arg(entry->name));
        return secret.error();
    }
    ResolvedAwsCredentials found;
    found.credentials = decode(*secret);
    if (!found.credentials.isComplete())
        return Error(ErrorKind::Invalid,
                     StoreText::tr("the keychain item of AWS account %1 is not one Berth wrote")
                         .arg(entry->name));
    found.region = entry->region;
    found.endpointUrl = entry->endpointUrl;
    if (!entry->roleArn.isEmpty())
        found.role = AwsRoleToAssume{entry->roleArn, {}, {}};
    found.account = entry->name;
    found.source = StoreText::tr("Berth's keychain (%1)").arg(entry->name);
    return std::optional<ResolvedAwsCredentials>(found);
}

KeptAwsAccount AwsAccountStore::chainStep(std::shared_ptr<AwsAccountStore> store)
{
    return [store = std::move(store)](const QString &name) {
        return store->findNow(name);
    };
}

} // namespace Berth::Aws
