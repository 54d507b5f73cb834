// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logindialog.h"

#include "credentials/credentialstore.h"
#include "credentials/registrykey.h"
#include "registry/logincheck.h"
#include "ui/formerror.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Berth::Ui {

LoginDialog::LoginDialog(std::shared_ptr<Auth::CredentialStore> store, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_registry(new QLineEdit(QStringLiteral("docker.io"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sessionOnly(new QCheckBox(tr("Keep for this &session only (not in the keychain)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign In to a Registry"));
    m_registry->setObjectName(QStringLiteral("registryEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
    m_error->setObjectName(QStringLiteral("loginError"));
    makeFormError(m_error);
    if (!m_store->hasKeychain()) {
        m_sessionOnly->setChecked(true);
        m_sessionOnly->setEnabled(false);
    }
    auto *signInButton = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    signInButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Registry:"), m_registry);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password or token:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sessionOnly);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    // Docker Hub is offered; typing a host replaces it, Tab keeps it.
    m_registry->selectAll();
    m_registry->setFocus();
}

void LoginDialog::setRegistry(const QString &registry)
{
    m_registry->setText(registry);
    m_registry->setReadOnly(true);
    m_user->setFocus();
}

QString LoginDialog::userName() const
{
    return m_user->text();
}

QString LoginDialog::registry() const
{
    return Auth::RegistryKey::of(m_registry->text());
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_registry), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_buttons)})
        w->setEnabled(!busy);
}

void LoginDialog::fail(const QString &text)
{
    setBusy(false);
    m_error->setText(text);
    m_error->show();
    m_password->setFocus();
    m_password->selectAll();
}

void LoginDialog::signIn()
{
    const QString key = registry();
    if (key.isEmpty() || m_user->text().isEmpty() || m_password->text().isEmpty()) {
        fail(tr("Give the registry, the user name and the password."));
        return;
    }
    setBusy(true);
    m_error->hide();
    Credentials credentials;
    credentials.username = m_user->text();
    credentials.password = m_password->text();
    Registry::LoginCheck::run(key, {}, credentials, this, [this, key](const Result<void> &checked) {
        if (!checked)
            fail(tr("Not signed in: %1").arg(checked.error().message()));
        else
            save(key);
    });
}

void LoginDialog::save(const QString &registryKey)
{
    Credentials credentials;
    credentials.username = m_user->text();
    credentials.password = m_password->text();
    if (m_sessionOnly->isChecked()) {
        m_store->saveForSession(registryKey, credentials);
        accept();
        return;
    }
    m_store->save(registryKey, credentials, this, [this](const Result<void> &saved) {
        if (saved) {
            accept();
            return;
        }
        // No keychain answered: nothing was written; the session is the one place left.
        m_sessionOnly->setChecked(true);
        fail(tr("The keychain cannot keep the login (%1). Sign in again to keep it for this "
                "session only.")
                 .arg(saved.error().message()));
    });
}

} // namespace Berth::Ui
