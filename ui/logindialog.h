// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Berth::Auth {
class CredentialStore;
}

namespace Berth::Ui {

// Sign in to a registry: the login is tested against the registry first (its refusal shown
// inline, nothing stored), then kept in the keychain, or for this session only when asked
// or when no keychain answers. Nothing here blocks: the check and the keychain answer later.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(std::shared_ptr<Auth::CredentialStore> store, QWidget *parent = nullptr);

    // Fixes the registry (a sign-in offered for a refused job).
    void setRegistry(const QString &registry);
    QString registry() const;
    QString userName() const;
    QString errorText() const;

private:
    void signIn();
    void save(const QString &registryKey);
    void fail(const QString &text);
    void setBusy(bool busy);

    std::shared_ptr<Auth::CredentialStore> m_store;
    QLineEdit *m_registry;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_sessionOnly;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Berth::Ui
