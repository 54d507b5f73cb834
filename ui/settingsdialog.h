// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "ui/registrysettings.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace Berth::Ui {

class RegistrySettingsPage;

// File ▸ Settings… (Ctrl+,): pages chosen from a list on the left: Registries (TLS files,
// insecure opt-in, Docker Hub's mirror), Jobs (how many run at once), Engine (the one the
// window opens on), General (the language, from the next start; the appearance, at once)
// and Accounts (the Accounts dialog's content, embedded). OK and Apply write the window's settings
// file (never a secret) and emit applied(); the window then applies what can change while it runs.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Page { RegistriesPage, JobsPage, EnginePage, GeneralPage, AccountsPage };

    // engines: (label, endpoint) as the engine list shows them; accounts: the Accounts
    // dialog, shown as the last page (the dialog takes it).
    SettingsDialog(const QList<std::pair<QString, Engine::EngineEndpoint>> &engines,
                   QDialog *accounts, QWidget *parent = nullptr);

    void showPage(Page page);
    RegistrySettingsPage *registriesPage() const { return m_registries; }
    // Writes every page's values to the settings file.
    void apply();

    // The languages offered, (locale name, its own name for itself); the first, empty, is the
    // system's.
    static QList<std::pair<QString, QString>> languages();

Q_SIGNALS:
    void applied();

private:
    QWidget *makeJobsPage();
    QWidget *makeEnginePage(const QList<std::pair<QString, Engine::EngineEndpoint>> &engines);
    QWidget *makeGeneralPage();
    void addPage(const QString &title, QWidget *page);

    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    RegistrySettingsPage *m_registries;
    QSpinBox *m_parallelJobs = nullptr;
    QComboBox *m_engine = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QList<Engine::EngineEndpoint> m_engines; // beside the combo's entries after its first
};

} // namespace Berth::Ui
