// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/keyedtablemodel.h"

#include <memory>

namespace Berth::Auth {
class CredentialStore;
}

namespace Berth::Ui {

struct AccountRow
{
    QString registry;
    QString user;
    QString source;
    bool removable = false; // Berth's own; Docker's are only read

    friend bool operator==(const AccountRow &, const AccountRow &) = default;
};

// The registry logins Berth can use, one row each: Berth's own (keychain, this session)
// and Docker's (its config, its helpers); then Berth's AWS accounts (aws:NAME, the masked
// key id), which only berthctl adds and removes for now. Never a secret: the list comes from the
// account list and Docker's config file, and no keychain or helper is asked. Reloads by difference
// (KeyedTableModel): the selection survives an add or a remove.
class AccountsModel final : public KeyedTableModel<AccountRow>
{
    Q_OBJECT

public:
    enum Column { RegistryColumn, UserColumn, SourceColumn, ColumnCount };
    using Row = AccountRow;

    explicit AccountsModel(std::shared_ptr<Auth::CredentialStore> store, QObject *parent = nullptr);

    void reload();
    const Row &row(int index) const { return rows().at(index); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const Row &row) const override;

private:
    std::shared_ptr<Auth::CredentialStore> m_store;
};

} // namespace Berth::Ui
