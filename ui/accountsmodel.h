// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/keyedtablemodel.h"

#include <memory>

namespace Berth::Auth {
class CredentialStore;
}
namespace Berth::Aws {
class EcrTokenCache;
}

namespace Berth::Ui {

struct AccountRow
{
    QString registry;
    QString user;
    QString source;
    bool removable = false; // Berth's own; Docker's are only read
    QString awsAccount;     // the name of Berth's AWS account the row is, else empty
    QString ecrToken;       // an AWS account's ECR token state, else empty

    friend bool operator==(const AccountRow &, const AccountRow &) = default;
};

// The registry logins Berth can use, one row each: Berth's own (keychain, this session)
// and Docker's (its config, its helpers); then Berth's AWS accounts (aws:NAME, the masked
// key id, the region, the state of its ECR registry token, followed as tokens are fetched and
// dropped). Never a secret: the list comes from the account list and Docker's config file, and
// no keychain or helper is asked. Reloads by difference (KeyedTableModel): the selection
// survives an add or a remove.
class AccountsModel final : public KeyedTableModel<AccountRow>
{
    Q_OBJECT

public:
    enum Column { RegistryColumn, UserColumn, SourceColumn, EcrTokenColumn, ColumnCount };
    using Row = AccountRow;

    // ecrTokens: the window's ECR token cache, whose state each AWS account's row tells;
    // null: not told.
    explicit AccountsModel(std::shared_ptr<Auth::CredentialStore> store,
                           std::shared_ptr<const Aws::EcrTokenCache> ecrTokens = {},
                           QObject *parent = nullptr);
    ~AccountsModel() override;

    void reload();
    const Row &row(int index) const { return rows().at(index); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const Row &row) const override;

private:
    QString tokenState(const QString &awsAccount) const;

    std::shared_ptr<Auth::CredentialStore> m_store;
    std::shared_ptr<const Aws::EcrTokenCache> m_ecrTokens;
    int m_tokenWatch = 0;
};

} // namespace Berth::Ui
