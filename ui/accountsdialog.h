// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awsaccountlist.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace Berth::Auth {
class CredentialStore;
}

namespace Berth::Aws {
class AwsAccountStore;
class EcrTokenCache;
} // namespace Berth::Aws

namespace Berth::Ui {

class AccountsModel;

// File > Accounts...: the registry logins (registry, user, where the secret is kept), Add
// (a LoginDialog), Remove (Berth's own only) and Import from Docker (Docker's logins copied
// into the keychain; Docker's config is never written); Berth's AWS accounts with their ECR
// token's state, Add AWS Account and Edit (an AwsAccountDialog) and Remove (keys out of the
// keychain, on a pool thread). Usable from the keyboard alone.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    // ecrTokens: the window's ECR token cache, whose state the AWS accounts' rows tell;
    // awsAccounts: where AWS accounts are added, edited and removed (null: listed only).
    explicit AccountsDialog(std::shared_ptr<Auth::CredentialStore> store, QWidget *parent = nullptr,
                            std::shared_ptr<const Aws::EcrTokenCache> ecrTokens = {},
                            std::shared_ptr<Aws::AwsAccountStore> awsAccounts = {});

    AccountsModel *model() const { return m_model; }
    QString statusText() const;
    // Copies Docker's logins into the keychain, one after the other; importFinished() follows.
    void importFromDocker();
    // Opens the AWS account form for a new account (Push to ECR's first use offers it).
    void addAwsAccount();

Q_SIGNALS:
    // An import ended; `imported` logins were kept.
    void importFinished(int imported);
    // An AWS account was added, edited or removed (the Sources tree follows).
    void awsAccountsChanged();

private:
    void add();
    void removeSelected();
    void removeAwsAccount(const QString &name);
    void editAwsAccount();
    // The AWS account form: for `existing`, else a new account.
    void openAwsAccount(const std::optional<Aws::AwsAccountList::Entry> &existing);
    void updateButtons();
    void setStatus(const QString &text);

    std::shared_ptr<Auth::CredentialStore> m_store;
    std::shared_ptr<Aws::AwsAccountStore> m_awsAccounts;
    AccountsModel *m_model;
    QTableView *m_view;
    QPushButton *m_addAws;
    QPushButton *m_editAws;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_status;
};

} // namespace Berth::Ui
