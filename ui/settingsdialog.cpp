// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include "ui/appearance.h"
#include "ui/preferences.h"
#include "ui/registrysettingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {
constexpr int DefaultParallelJobs = 3; // JobQueue::Limits' own
} // namespace

SettingsDialog::SettingsDialog(const QList<std::pair<QString, Engine::EngineEndpoint>> &engines,
                               QDialog *accounts, QWidget *parent)
    : QDialog(parent)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_registries(new RegistrySettingsPage(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_registries->setEntries(RegistrySettings::load());
    addPage(tr("Registries"), m_registries);
    addPage(tr("Jobs"), makeJobsPage());
    addPage(tr("Engine"), makeEnginePage(engines));
    addPage(tr("General"), makeGeneralPage());
    if (accounts) {
        // The Accounts dialog's own content, as a page: its Close button has no use here.
        accounts->setParent(m_pages);
        accounts->setWindowFlags(Qt::Widget);
        if (auto *close = accounts->findChild<QDialogButtonBox *>())
            close->hide();
        // Escape inside it closes the whole dialog, not the page alone.
        connect(accounts, &QDialog::rejected, this, &QDialog::reject);
        addPage(tr("Accounts"), accounts);
    }
    m_pageList->setMaximumWidth(m_pageList->sizeHintForColumn(0) + 4 * m_pageList->frameWidth() +
                                fontMetrics().averageCharWidth() * 4);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(RegistriesPage);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pageList);
    top->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

void SettingsDialog::addPage(const QString &title, QWidget *page)
{
    m_pageList->addItem(title);
    m_pages->addWidget(page);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(page);
}

QWidget *SettingsDialog::makeJobsPage()
{
    auto *page = new QWidget(this);
    m_parallelJobs = new QSpinBox(page);
    m_parallelJobs->setObjectName(QStringLiteral("parallelJobs"));
    m_parallelJobs->setRange(1, Preferences::MaxParallelJobs);
    m_parallelJobs->setValue(Preferences::parallelJobs(DefaultParallelJobs));
    auto *note = new QLabel(tr("How many pulls, pushes, saves, loads and copies run at once; "
                               "the others wait their turn. A change applies at once to the "
                               "jobs that wait."),
                            page);
    note->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Parallel jobs:"), m_parallelJobs);
    form->addRow(note);
    return page;
}

QWidget *
SettingsDialog::makeEnginePage(const QList<std::pair<QString, Engine::EngineEndpoint>> &engines)
{
    auto *page = new QWidget(this);
    m_engine = new QComboBox(page);
    m_engine->setObjectName(QStringLiteral("defaultEngine"));
    m_engine->addItem(tr("The one chosen last in the engine list"));
    const QString current = Preferences::defaultEngineUrl();
    for (const auto &[label, endpoint] : engines) {
        m_engine->addItem(label, endpoint.url());
        m_engines.append(endpoint);
    }
    // A default engine that does not answer now is still the default.
    if (!current.isEmpty() && m_engine->findData(current) < 0) {
        if (const auto stored = Preferences::defaultEngine()) {
            m_engine->addItem(current, current);
            m_engines.append(*stored);
        }
    }
    m_engine->setCurrentIndex(qMax(0, m_engine->findData(current)));
    auto *note = new QLabel(tr("The engine Berth opens on, unless the command line (--host, "
                               "--context) or DOCKER_HOST or DOCKER_CONTEXT names one."),
                            page);
    note->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Default engine:"), m_engine);
    form->addRow(note);
    return page;
}

QList<std::pair<QString, QString>> SettingsDialog::languages()
{
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QWidget *SettingsDialog::makeGeneralPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    for (const auto &[name, label] : languages())
        m_language->addItem(label, name);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));
    auto *note = new QLabel(tr("The language applies when Berth starts next."), page);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    m_appearance = new QComboBox(page);
    m_appearance->setObjectName(QStringLiteral("appearance"));
    for (const auto scheme :
         {Appearance::Scheme::System, Appearance::Scheme::Light, Appearance::Scheme::Dark})
        m_appearance->addItem(Appearance::label(scheme), Appearance::name(scheme));
    m_appearance->setCurrentIndex(
        qMax(0, m_appearance->findData(Appearance::name(Preferences::appearance()))));
    m_appearance->setToolTip(tr("System: the desktop's colours and style, dark when the "
                                "desktop prefers dark. Light and Dark: Berth's own, whatever "
                                "the desktop uses. Applies at once."));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(tr("&Appearance:"), m_appearance);
    return page;
}

void SettingsDialog::apply()
{
    RegistrySettings::save(m_registries->entries());
    Preferences::setParallelJobs(m_parallelJobs->value());
    const int engine = m_engine->currentIndex();
    Preferences::setDefaultEngine(engine > 0 ? std::optional(m_engines.at(engine - 1))
                                             : std::nullopt);
    Preferences::setLanguage(m_language->currentData().toString());
    const auto scheme = Appearance::fromName(m_appearance->currentData().toString());
    Preferences::setAppearance(scheme);
    if (scheme != Appearance::current())
        Appearance::apply(scheme);
    Q_EMIT applied();
}

} // namespace Berth::Ui
