// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/registrysettings.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Berth::Ui {

// The Settings dialog's Registries page: the registries with settings of their own, and for
// the one chosen its host, CA file, client certificate and key, the insecure opt-in and, for
// Docker Hub, a mirror. Edits stay in the page until the dialog applies them.
class RegistrySettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrySettingsPage(QWidget *parent = nullptr);

    void setEntries(const QList<RegistrySetting> &entries);
    // The entries as edited; those without a host are left out.
    QList<RegistrySetting> entries() const;
    // A new entry, chosen for editing (Add… with its fields filled).
    void addEntry(const RegistrySetting &entry);

private:
    void showCurrent();
    void storeCurrent();
    void removeCurrent();
    // A file dialog for one of the path fields; the field gets the file chosen.
    void browse(QLineEdit *field, const QString &title);
    static QString itemText(const RegistrySetting &entry);

    QList<RegistrySetting> m_entries;
    QListWidget *m_list;
    QPushButton *m_remove;
    QLineEdit *m_host;
    QLineEdit *m_caFile;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QCheckBox *m_insecure;
    QLineEdit *m_mirror;
    QWidget *m_form;
    bool m_showing = false; // fields being filled from an entry, not edited
};

} // namespace Berth::Ui
