// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace Berth::Auth {
class CredentialStore;
}

namespace Berth::Aws {
class EcrTokenCache;
}

namespace Berth::Ui {

class AccountsModel;

// File > Accounts...: the registry logins (registry, user, where the secret is kept), Add
// (a LoginDialog), Remove (Berth's own only) and Import from Docker (Docker's logins copied
// into the keychain; Docker's config is never written). Usable from the keyboard alone.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    // ecrTokens: the window's ECR token cache, whose state the AWS accounts' rows tell.
    explicit AccountsDialog(std::shared_ptr<Auth::CredentialStore> store, QWidget *parent = nullptr,
                            std::shared_ptr<const Aws::EcrTokenCache> ecrTokens = {});

    AccountsModel *model() const { return m_model; }
    QString statusText() const;
    // Copies Docker's logins into the keychain, one after the other; importFinished() follows.
    void importFromDocker();

Q_SIGNALS:
    // An import ended; `imported` logins were kept.
    void importFinished(int imported);

private:
    void add();
    void removeSelected();
    void updateButtons();
    void setStatus(const QString &text);

    std::shared_ptr<Auth::CredentialStore> m_store;
    AccountsModel *m_model;
    QTableView *m_view;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_status;
};

} // namespace Berth::Ui
