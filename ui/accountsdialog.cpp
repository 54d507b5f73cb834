// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accountsdialog.h"

#include "credentials/credentialstore.h"
#include "credentials/dockerconfig.h"
#include "credentials/dockercredentials.h"
#include "ui/accountsmodel.h"
#include "ui/logindialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Berth::Ui {

AccountsDialog::AccountsDialog(std::shared_ptr<Auth::CredentialStore> store, QWidget *parent,
                               std::shared_ptr<const Aws::EcrTokenCache> ecrTokens)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_model(new AccountsModel(m_store, std::move(ecrTokens), this))
    , m_view(new QTableView(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import from Docker"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Registry Accounts"));
    m_view->setObjectName(QStringLiteral("accountsView"));
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
    m_view->verticalHeader()->hide();
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Remove one of Berth's logins; Docker's are only read (docker logout "
                            "removes them)"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    m_status->setWordWrap(true);
    auto *addButton = new QPushButton(tr("&Add..."), this);
    addButton->setObjectName(QStringLiteral("addButton"));
    connect(addButton, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &AccountsDialog::importFromDocker);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountsDialog::updateButtons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    setTabOrder(m_view, addButton);
    setTabOrder(addButton, m_remove);
    setTabOrder(m_remove, m_import);
    updateButtons();
    resize(640, 340);
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
    m_remove->setEnabled(!rows.isEmpty() && m_model->row(rows.first().row()).removable);
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
            QString text = tr("Imported %n login(s) from Docker.", nullptr, progress->imported);
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
