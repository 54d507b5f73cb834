// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accountsmodel.h"

#include "aws/awsaccountlist.h"
#include "aws/ecrtokencache.h"
#include "credentials/credentialstore.h"
#include "credentials/dockerconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPointer>

namespace Berth::Ui {

AccountsModel::AccountsModel(std::shared_ptr<Auth::CredentialStore> store,
                             std::shared_ptr<const Aws::EcrTokenCache> ecrTokens, QObject *parent)
    : KeyedTableModel<AccountRow>(parent)
    , m_store(std::move(store))
    , m_ecrTokens(std::move(ecrTokens))
{
    reload();
    if (!m_ecrTokens)
        return;
    // Tokens are fetched and dropped on the jobs' lookup thread: the rows follow on this one.
    QPointer<AccountsModel> self(this);
    m_tokenWatch = m_ecrTokens->watch([self] {
        QMetaObject::invokeMethod(
            qApp,
            [self] {
                if (self)
                    self->reload();
            },
            Qt::QueuedConnection);
    });
}

AccountsModel::~AccountsModel()
{
    if (m_ecrTokens)
        m_ecrTokens->unwatch(m_tokenWatch);
}

void AccountsModel::reload()
{
    QList<Row> fresh;
    for (const auto &account : m_store->accounts()) {
        fresh.append({account.login.registry,
                      account.login.username,
                      account.place == Auth::CredentialStore::Place::Keychain
                          ? tr("Keychain")
                          : tr("This session only"),
                      true,
                      {},
                      {}});
    }
    if (const auto docker = Auth::DockerConfig::load()) {
        for (const QString &registry : docker->registries()) {
            const auto source = docker->sourceFor(registry);
            if (!source)
                continue;
            fresh.append({registry,
                          source->credentials.username,
                          source->helper.isEmpty() ? tr("Docker config")
                                                   : tr("Docker helper %1").arg(source->helper),
                          false,
                          {},
                          {}});
        }
    }
    // Berth's AWS accounts (the dialog or berthctl login --aws adds them).
    for (const Aws::AwsAccountList::Entry &aws : Aws::AwsAccountList().entries()) {
        const QString kind = aws.isDefault ? tr("Keychain (default AWS account, %1)")
                                           : tr("Keychain (AWS account, %1)");
        fresh.append({QStringLiteral("aws:") + aws.name, aws.maskedKeyId, kind.arg(aws.region),
                      true, aws.name, tokenState(aws.name)});
    }
    replaceRows(fresh);
}

// "valid until 22:14, refreshed automatically from 16:14": when the token lapses and when
// Berth fetches the next one by itself (half its life; docs/aws.md). The date only when it
// is not today's.
QString AccountsModel::tokenState(const QString &awsAccount) const
{
    if (!m_ecrTokens)
        return {};
    const auto token = m_ecrTokens->latestOf(awsAccount);
    if (!token)
        return tr("none yet, fetched when needed");
    if (token->expiresAt <= QDateTime::currentDateTimeUtc())
        return tr("expired, a new one is fetched when needed");
    const QDate today = QDate::currentDate();
    const auto shown = [today](const QDateTime &utc) {
        const QDateTime local = utc.toLocalTime();
        const QLocale locale;
        return local.date() == today ? locale.toString(local.time(), QLocale::ShortFormat)
                                     : locale.toString(local, QLocale::ShortFormat);
    };
    return tr("valid until %1, refreshed automatically from %2")
        .arg(shown(token->expiresAt), shown(Aws::EcrTokenCache::renewalTime(*token)));
}

QString AccountsModel::rowKey(const Row &row) const
{
    // An AWS account stays the same row while its token state, keys or region change.
    if (!row.awsAccount.isEmpty())
        return row.registry;
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
    case EcrTokenColumn:
        return r.ecrToken;
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
    case EcrTokenColumn:
        return tr("ECR token");
    default:
        return {};
    }
}

} // namespace Berth::Ui
