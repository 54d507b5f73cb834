// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <memory>

class QLabel;

namespace Berth::Auth {
class CredentialStore;
}

namespace Berth::Ui {

// The one-time offer to import Docker's logins: a strip above the image table, shown when
// Docker's config names registries Berth keeps no login for. Deciding reads two small files
// (Docker's config, the account list): no keychain, no credential helper. Import or Not Now
// answers it for good (QSettings), so it never comes back.
class ImportNotice final : public QFrame
{
    Q_OBJECT

public:
    explicit ImportNotice(std::shared_ptr<Auth::CredentialStore> store, QWidget *parent = nullptr);

    // Shows the offer when it is due: not answered before, and Docker's config names a
    // registry the store lacks. Returns whether it is shown; checked() says it too.
    bool offerIfDue();
    QString text() const;

    // Whether the user answered the offer (either way); the window's settings keep it.
    static bool answered();
    // Answers it for good and hides it (Import, Not Now, or an import from File > Accounts).
    void answer();

Q_SIGNALS:
    void checked(bool shown);
    void importRequested();

private:
    bool offerWhenMissing();

    std::shared_ptr<Auth::CredentialStore> m_store;
    QLabel *m_label;
};

} // namespace Berth::Ui
