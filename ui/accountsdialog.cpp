// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accountsdialog.h"

#include "aws/awsaccountstore.h"
#include "credentials/credentialstore.h"
#include "credentials/dockerconfig.h"
#include "credentials/dockercredentials.h"
#include "ui/accountsmodel.h"
#include "ui/awsaccountdialog.h"
#include "ui/logindialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Berth::Ui {

AccountsDialog::AccountsDialog(std::shared_ptr<Auth::CredentialStore> store, QWidget *parent,
                               std::shared_ptr<const Aws::EcrTokenCache> ecrTokens,
                               std::shared_ptr<Aws::AwsAccountStore> awsAccounts)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_awsAccounts(std::move(awsAccounts))
    , m_model(new AccountsModel(m_store, std::move(ecrTokens), this))
    , m_view(new QTableView(this))
    , m_addAws(new QPushButton(tr("Add A&WS Account..."), this))
    , m_editAws(new QPushButton(tr("&Edit..."), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import from Docker"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Registry Accounts"));
    m_view->setObjectName(QStringLiteral("accountsView"));
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The user and where the secret is kept are short and read whole; the registry takes
    // the rest and, if it must, loses its middle (host and port stay).
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(AccountsModel::RegistryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AccountsModel::UserColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AccountsModel::SourceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AccountsModel::EcrTokenColumn, QHeaderView::ResizeToContents);
    // The header sizes its columns to the rows it saw first (none, in a dialog that opens
    // before the first account): each change fits them again (seen under Xvfb).
    const auto fitColumns = [header] {
        QMetaObject::invokeMethod(header, "resizeSections", Qt::QueuedConnection);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, header, fitColumns);
    connect(m_model, &QAbstractItemModel::rowsRemoved, header, fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, header, fitColumns);
    m_view->verticalHeader()->hide();
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Remove one of Berth's logins or AWS accounts; Docker's are only read "
                            "(docker logout removes them)"));
    m_addAws->setObjectName(QStringLiteral("addAwsButton"));
    m_addAws->setToolTip(tr("Keep an AWS access key in the keychain for Push to ECR and ECR "
                            "registry logins"));
    m_editAws->setObjectName(QStringLiteral("editAwsButton"));
    m_editAws->setToolTip(tr("Change the selected AWS account's keys, region, role or default"));
    m_addAws->setVisible(bool(m_awsAccounts));
    m_editAws->setVisible(bool(m_awsAccounts));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    m_status->setWordWrap(true);
    auto *addButton = new QPushButton(tr("&Add..."), this);
    addButton->setObjectName(QStringLiteral("addButton"));
    connect(addButton, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(m_addAws, &QPushButton::clicked, this, &AccountsDialog::addAwsAccount);
    connect(m_editAws, &QPushButton::clicked, this, &AccountsDialog::editAwsAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &AccountsDialog::importFromDocker);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsDialog::updateButtons);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &AccountsDialog::editAwsAccount);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_addAws);
    buttons->addWidget(m_editAws);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    setTabOrder(m_view, addButton);
    setTabOrder(addButton, m_addAws);
    setTabOrder(m_addAws, m_editAws);
    setTabOrder(m_editAws, m_remove);
    setTabOrder(m_remove, m_import);
    updateButtons();
    resize(1000, 340);
    m_view->setFocus();
}

QString AccountsDialog::statusText() const
{
    return m_status->text();
}

void AccountsDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void AccountsDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const AccountsModel::Row *row = rows.isEmpty() ? nullptr : &m_model->row(rows.first().row());
    const bool aws = row && !row->awsAccount.isEmpty();
    m_remove->setEnabled(row && row->removable && (!aws || m_awsAccounts));
    m_editAws->setEnabled(aws && m_awsAccounts);
}

void AccountsDialog::addAwsAccount()
{
    openAwsAccount(std::nullopt);
}

void AccountsDialog::editAwsAccount()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_awsAccounts)
        return;
    if (const auto entry = m_awsAccounts->list().find(m_model->row(rows.first().row()).awsAccount))
        openAwsAccount(entry);
}

void AccountsDialog::openAwsAccount(const std::optional<Aws::AwsAccountList::Entry> &existing)
{
    if (!m_awsAccounts)
        return;
    auto *dialog = new AwsAccountDialog(m_awsAccounts, existing, this);
    dialog->setObjectName(QStringLiteral("awsAccountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool added = !existing;
    connect(dialog, &QDialog::accepted, this, [this, dialog, added] {
        m_model->reload();
        Q_EMIT awsAccountsChanged();
        setStatus(added ? tr("Kept AWS account %1 in the keychain.").arg(dialog->accountName())
                        : tr("Saved AWS account %1.").arg(dialog->accountName()));
        m_view->setFocus();
    });
    dialog->open();
}

// The keychain is asked on a pool thread (the store waits for it there), never here.
void AccountsDialog::removeAwsAccount(const QString &name)
{
    QPointer<AccountsDialog> self(this);
    QThreadPool::globalInstance()->start([self, store = m_awsAccounts, name] {
        const Result<void> removed = store->removeNow(name);
        QMetaObject::invokeMethod(
            qApp,
            [self, name, removed] {
                if (!self)
                    return;
                self->m_model->reload();
                Q_EMIT self->awsAccountsChanged();
                self->m_view->setFocus();
                self->setStatus(removed ? tr("Removed AWS account %1.").arg(name)
                                        : tr("Cannot remove AWS account %1: %2")
                                              .arg(name, removed.error().message()));
            },
            Qt::QueuedConnection);
    });
}

void AccountsDialog::add()
{
    auto *dialog = new LoginDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->reload();
        setStatus(tr("Signed in as %1 on %2.").arg(dialog->userName(), dialog->registry()));
        m_view->setFocus();
    });
    dialog->open();
}

void AccountsDialog::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const AccountsModel::Row row = m_model->row(rows.first().row());
    m_remove->setEnabled(false);
    if (!row.awsAccount.isEmpty()) {
        removeAwsAccount(row.awsAccount);
        return;
    }
    m_store->remove({row.registry, row.user}, this, [this, row](const Result<void> &removed) {
        m_model->reload();
        m_view->setFocus(); // the Remove button it was on is disabled now
        setStatus(removed ? tr("Removed %1 on %2.").arg(row.user, row.registry)
                          : tr("Cannot remove %1 on %2: %3")
                                .arg(row.user, row.registry, removed.error().message()));
    });
}

void AccountsDialog::importFromDocker()
{
    const auto config = Auth::DockerConfig::load();
    if (!config) {
        setStatus(config.error().message());
        return;
    }
    const QStringList registries = config->registries();
    if (registries.isEmpty()) {
        setStatus(tr("Docker's config names no registry logins."));
        Q_EMIT importFinished(0);
        return;
    }
    m_import->setEnabled(false);
    setStatus(tr("Importing..."));
    // One lookup after the other, each answering later (a helper runs as a process): the
    // window never waits.
    struct Progress
    {
        QStringList left;
        int imported = 0;
        QStringList problems;
    };
    auto progress = std::make_shared<Progress>(Progress{registries, 0, {}});
    auto docker = std::make_shared<Auth::DockerCredentials>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, progress, docker, next] {
        if (progress->left.isEmpty()) {
            m_import->setEnabled(true);
            m_import->setFocus();
            m_model->reload();
            QString text = tr("Imported %Ln login(s) from Docker.", nullptr, progress->imported);
            if (!progress->problems.isEmpty())
                text += u' ' + progress->problems.join(u' ');
            setStatus(text);
            Q_EMIT importFinished(progress->imported);
            *next = nullptr; // breaks the cycle
            return;
        }
        const QString registry = progress->left.takeFirst();
        docker->find({registry, {}}, this,
                     [this, registry, progress, next](const Result<Credentials> &found) {
                         if (!found || found->isEmpty()) {
                             if (!found)
                                 progress->problems.append(found.error().message());
                             (*next)();
                             return;
                         }
                         m_store->save(registry, *found, this,
                                       [registry, progress, next](const Result<void> &saved) {
                                           if (saved)
                                               ++progress->imported;
                                           else
                                               progress->problems.append(saved.error().message());
                                           (*next)();
                                       });
                     });
    };
    (*next)();
}

} // namespace Berth::Ui
