// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awsaccountlist.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Berth::Aws {
class AwsAccountStore;
class EcrClient;
} // namespace Berth::Aws

namespace Berth::Ui {

// Adds or edits one of Berth's AWS accounts, as berthctl login --aws does: a name, the access
// key id and secret access key, the region, optionally a role the keys assume and an
// endpoint (an emulator), and whether it is the default account. New keys are checked with
// STS GetCallerIdentity first (AWS's refusal shown inline, nothing kept), then written
// straight to the keychain; the account list beside the settings holds no secret
// (docs/credentials.md). Editing without new keys keeps the keychain's. Nothing here blocks:
// STS answers later, the keychain is written on a pool thread.
class AwsAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the account to edit (its name fixed); nullopt: a new one.
    AwsAccountDialog(std::shared_ptr<Aws::AwsAccountStore> store,
                     std::optional<Aws::AwsAccountList::Entry> existing, QWidget *parent = nullptr);
    ~AwsAccountDialog() override;

    QString accountName() const;
    QString errorText() const;

private:
    void save();
    void keep(const Aws::AwsAccountList::Entry &entry);
    void fail(const QString &text);
    void dropCheck();
    void setBusy(bool busy);

    std::shared_ptr<Aws::AwsAccountStore> m_store;
    std::optional<Aws::AwsAccountList::Entry> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_keyId;
    QLineEdit *m_secret;
    QLineEdit *m_region;
    QLineEdit *m_role;
    QLineEdit *m_endpoint;
    QCheckBox *m_default;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<Aws::EcrClient> m_check; // the STS check in flight
};

} // namespace Berth::Ui
