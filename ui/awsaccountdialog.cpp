// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/awsaccountdialog.h"

#include "aws/awsaccountstore.h"
#include "aws/awsendpoints.h"
#include "aws/ecrclient.h"
#include "ui/formerror.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Berth::Ui {

AwsAccountDialog::AwsAccountDialog(std::shared_ptr<Aws::AwsAccountStore> store,
                                   std::optional<Aws::AwsAccountList::Entry> existing,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_existing(std::move(existing))
    , m_name(new QLineEdit(this))
    , m_keyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_default(new QCheckBox(tr("&Default AWS account (Push to ECR uses it)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_existing ? tr("Edit AWS Account") : tr("Add AWS Account"));
    m_name->setObjectName(QStringLiteral("awsNameEdit"));
    m_keyId->setObjectName(QStringLiteral("awsKeyIdEdit"));
    m_secret->setObjectName(QStringLiteral("awsSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_region->setObjectName(QStringLiteral("awsRegionEdit"));
    m_region->setPlaceholderText(QStringLiteral("eu-west-1"));
    m_role->setObjectName(QStringLiteral("awsRoleEdit"));
    m_role->setPlaceholderText(tr("optional: arn:aws:iam::ACCOUNT:role/NAME"));
    m_endpoint->setObjectName(QStringLiteral("awsEndpointEdit"));
    m_endpoint->setPlaceholderText(tr("optional: AWS's own"));
    m_default->setObjectName(QStringLiteral("awsDefaultCheck"));
    m_error->setObjectName(QStringLiteral("awsAccountError"));
    makeFormError(m_error);
    if (m_existing) {
        m_name->setText(m_existing->name);
        m_name->setReadOnly(true);
        m_keyId->setPlaceholderText(tr("%1 (empty: keep the keys)").arg(m_existing->maskedKeyId));
        m_region->setText(m_existing->region);
        m_role->setText(m_existing->roleArn);
        m_endpoint->setText(m_existing->endpointUrl);
        m_default->setChecked(m_existing->isDefault);
    } else {
        // The first account is the default; a later one only when asked.
        m_default->setChecked(!m_store->list().find({}));
    }
    auto *saveButton = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("awsSaveButton"));
    saveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AwsAccountDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Access &key ID:"), m_keyId);
    form->addRow(tr("S&ecret access key:"), m_secret);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("R&ole to assume:"), m_role);
    form->addRow(tr("Endpoint &URL:"), m_endpoint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_default);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    (m_existing ? m_keyId : m_name)->setFocus();
}

AwsAccountDialog::~AwsAccountDialog() = default;

QString AwsAccountDialog::accountName() const
{
    return m_name->text().trimmed();
}

QString AwsAccountDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void AwsAccountDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_keyId), static_cast<QWidget *>(m_secret),
                       static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_role),
                       static_cast<QWidget *>(m_endpoint), static_cast<QWidget *>(m_buttons)})
        w->setEnabled(!busy);
}

// The check's client may be the one calling back: it goes once its call has returned.
void AwsAccountDialog::dropCheck()
{
    if (m_check)
        m_check.release()->deleteLater();
}

void AwsAccountDialog::fail(const QString &text)
{
    dropCheck();
    setBusy(false);
    m_error->setText(text);
    m_error->show();
    // Room for the message without squeezing the fields; the keys are where to look again.
    adjustSize();
    m_secret->setFocus();
    m_secret->selectAll();
}

void AwsAccountDialog::save()
{
    const QString name = accountName();
    const Aws::AwsCredentials keys{m_keyId->text().trimmed(), m_secret->text().trimmed(), {}};
    const bool newKeys = !keys.accessKeyId.isEmpty() || !keys.secretAccessKey.isEmpty();
    if (name.isEmpty() || name.contains(u'@') || m_region->text().trimmed().isEmpty()) {
        fail(tr("Give a name (without '@') and a region."));
        return;
    }
    if ((!m_existing || newKeys) && !keys.isComplete()) {
        fail(tr("Give the access key ID and the secret access key."));
        return;
    }
    Aws::AwsAccountList::Entry entry = m_existing.value_or(Aws::AwsAccountList::Entry{});
    entry.name = name;
    entry.region = m_region->text().trimmed();
    entry.roleArn = m_role->text().trimmed();
    entry.endpointUrl = m_endpoint->text().trimmed();
    if (!newKeys) {
        m_store->update(entry, m_default->isChecked());
        accept();
        return;
    }
    entry.maskedKeyId = Aws::AwsAccountList::mask(keys.accessKeyId);
    setBusy(true);
    m_error->hide();
    // Checked first, as berthctl login --aws does: keys STS refuses are not kept.
    Aws::ResolvedAwsCredentials resolved;
    resolved.credentials = keys;
    resolved.region = entry.region;
    const QUrl sts =
        Aws::AwsEndpoints::resolve(QStringLiteral("sts"), entry.region, {},
                                   QProcessEnvironment::systemEnvironment(), entry.endpointUrl);
    m_check = std::make_unique<Aws::EcrClient>(resolved, Aws::EcrClient::Endpoints{sts, sts});
    m_check->callerIdentity([this, entry](const Result<QJsonObject> &who) {
        if (!who) {
            fail(tr("AWS refused the keys, nothing was kept: %1").arg(who.error().message()));
            return;
        }
        keep(entry);
    });
}

// The keychain is written on a pool thread (the store waits for it there), never here.
void AwsAccountDialog::keep(const Aws::AwsAccountList::Entry &entry)
{
    const Aws::AwsCredentials keys{m_keyId->text().trimmed(), m_secret->text().trimmed(), {}};
    const bool makeDefault = m_default->isChecked();
    QPointer<AwsAccountDialog> self(this);
    QThreadPool::globalInstance()->start([self, store = m_store, entry, keys, makeDefault] {
        const Result<void> saved = store->saveNow(entry, keys, makeDefault);
        QMetaObject::invokeMethod(
            qApp,
            [self, saved] {
                if (!self)
                    return;
                if (!saved) {
                    self->fail(
                        tr("The keychain cannot keep the keys: %1").arg(saved.error().message()));
                    return;
                }
                self->dropCheck();
                self->m_secret->clear();
                self->accept();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Berth::Ui
