// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accountsmodel.h"

#include "aws/awsaccountlist.h"
#include "aws/ecrtokencache.h"
#include "credentials/credentialstore.h"
#include "credentials/dockerconfig.h"

namespace Berth::Ui {

AccountsModel::AccountsModel(std::shared_ptr<Auth::CredentialStore> store,
                             std::shared_ptr<const Aws::EcrTokenCache> ecrTokens, QObject *parent)
    : KeyedTableModel<AccountRow>(parent)
    , m_store(std::move(store))
    , m_ecrTokens(std::move(ecrTokens))
{
    reload();
}

void AccountsModel::reload()
{
    QList<Row> fresh;
    for (const auto &account : m_store->accounts()) {
        fresh.append({account.login.registry, account.login.username,
                      account.place == Auth::CredentialStore::Place::Keychain
                          ? tr("Keychain")
                          : tr("This session only"),
                      true});
    }
    if (const auto docker = Auth::DockerConfig::load()) {
        for (const QString &registry : docker->registries()) {
            const auto source = docker->sourceFor(registry);
            if (!source)
                continue;
            fresh.append({registry, source->credentials.username,
                          source->helper.isEmpty() ? tr("Docker config")
                                                   : tr("Docker helper %1").arg(source->helper),
                          false});
        }
    }
    // Berth's AWS accounts, shown only: berthctl login --aws adds them, logout --aws removes.
    for (const Aws::AwsAccountList::Entry &aws : Aws::AwsAccountList().entries()) {
        fresh.append({QStringLiteral("aws:") + aws.name, aws.maskedKeyId,
                      tr("Keychain (AWS account, %1)").arg(aws.region) + tokenState(aws.name),
                      false});
    }
    replaceRows(fresh);
}

// "; ECR token valid until 22:14, renewed automatically at 16:14": when the token lapses
// and when Berth fetches the next one by itself (half its life; docs/aws.md).
QString AccountsModel::tokenState(const QString &awsAccount) const
{
    if (!m_ecrTokens)
        return {};
    const auto token = m_ecrTokens->latestOf(awsAccount);
    if (!token)
        return tr("; no ECR token yet, fetched when needed");
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    if (token->expiresAt <= QDateTime::currentDateTimeUtc())
        return tr("; ECR token expired, a new one is fetched when needed");
    return tr("; ECR token valid until %1, renewed automatically from %2")
        .arg(token->expiresAt.toLocalTime().toString(format),
             Aws::EcrTokenCache::renewalTime(*token).toLocalTime().toString(format));
}

QString AccountsModel::rowKey(const Row &row) const
{
    return row.registry + u'\n' + row.user + u'\n' + row.source;
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Row &r = rows().at(index.row());
    switch (index.column()) {
    case RegistryColumn:
        return r.registry;
    case UserColumn:
        return r.user;
    case SourceColumn:
        return r.source;
    default:
        return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegistryColumn:
        return tr("Registry");
    case UserColumn:
        return tr("User");
    case SourceColumn:
        return tr("Secret kept in");
    default:
        return {};
    }
}

} // namespace Berth::Ui
