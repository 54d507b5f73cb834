// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registrysettingspage.h"

#include "credentials/registrykey.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {

// A path field with its Browse… button.
QWidget *withBrowse(QLineEdit *field, QPushButton *button)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}

// The label's mnemonic focuses the field itself, not the row that holds the field and its
// button. Qt names a field after a buddy label of the same parent only, so the field gets the
// label's words as its accessible name.
void addPathRow(QFormLayout *form, const QString &text, QLineEdit *field, QPushButton *button)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    QString name = text;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    field->setAccessibleName(name.trimmed());
    form->addRow(label, withBrowse(field, button));
}

} // namespace

RegistrySettingsPage::RegistrySettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_host(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_certificate(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("&Insecure (plain HTTP / unverified TLS)"), this))
    , m_mirror(new QLineEdit(this))
    , m_form(new QWidget(this))
{
    setObjectName(QStringLiteral("registrySettingsPage"));
    m_list->setObjectName(QStringLiteral("registryList"));
    m_list->setAccessibleName(tr("Registries"));
    m_remove->setObjectName(QStringLiteral("removeRegistryButton"));
    m_host->setObjectName(QStringLiteral("registryHost"));
    m_host->setPlaceholderText(tr("host[:port], e.g. registry.example.com:5000 or docker.io"));
    m_caFile->setObjectName(QStringLiteral("registryCaFile"));
    m_caFile->setPlaceholderText(tr("PEM file of CA certificates, besides the system's"));
    m_certificate->setObjectName(QStringLiteral("registryCertificate"));
    m_certificate->setPlaceholderText(tr("PEM client certificate, if the registry asks for one"));
    m_key->setObjectName(QStringLiteral("registryKey"));
    m_key->setPlaceholderText(tr("PEM private key of the client certificate"));
    m_insecure->setObjectName(QStringLiteral("registryInsecure"));
    m_insecure->setToolTip(tr("Allow plain HTTP and TLS without checking the certificate. "
                              "Anyone on the way can read and change what is sent."));
    m_mirror->setObjectName(QStringLiteral("registryMirror"));
    m_mirror->setPlaceholderText(
        tr("Docker Hub only: a mirror's URL, e.g. https://mirror.example"));

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addRegistryButton"));
    auto *browseCa = new QPushButton(tr("Browse…"), this);
    auto *browseCertificate = new QPushButton(tr("Browse…"), this);
    auto *browseKey = new QPushButton(tr("Browse…"), this);
    browseCa->setAccessibleDescription(tr("Choose the CA file"));
    browseCertificate->setAccessibleDescription(tr("Choose the client certificate"));
    browseKey->setAccessibleDescription(tr("Choose the client key"));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Host:"), m_host);
    addPathRow(form, tr("&CA file:"), m_caFile, browseCa);
    addPathRow(form, tr("Client &certificate:"), m_certificate, browseCertificate);
    addPathRow(form, tr("Client &key:"), m_key, browseKey);
    form->addRow(QString(), m_insecure);
    form->addRow(tr("&Mirror:"), m_mirror);
    auto *note = new QLabel(tr("Berth's own registry clients (browsing, details, copies) use "
                               "these; the engine's pulls and pushes follow the engine's own "
                               "configuration."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_form, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &RegistrySettingsPage::showCurrent);
    connect(add, &QPushButton::clicked, this, [this] {
        addEntry({});
        m_host->setFocus(Qt::OtherFocusReason);
    });
    connect(m_remove, &QPushButton::clicked, this, &RegistrySettingsPage::removeCurrent);
    for (QLineEdit *field : {m_host, m_caFile, m_certificate, m_key, m_mirror})
        connect(field, &QLineEdit::textChanged, this, &RegistrySettingsPage::storeCurrent);
    connect(m_insecure, &QCheckBox::toggled, this, &RegistrySettingsPage::storeCurrent);
    connect(browseCa, &QPushButton::clicked, this,
            [this] { browse(m_caFile, tr("CA Certificates")); });
    connect(browseCertificate, &QPushButton::clicked, this,
            [this] { browse(m_certificate, tr("Client Certificate")); });
    connect(browseKey, &QPushButton::clicked, this, [this] { browse(m_key, tr("Client Key")); });
    showCurrent();
}

void RegistrySettingsPage::setEntries(const QList<RegistrySetting> &entries)
{
    m_entries = entries;
    m_list->clear();
    for (const RegistrySetting &entry : entries)
        m_list->addItem(itemText(entry));
    m_list->setCurrentRow(entries.isEmpty() ? -1 : 0);
    showCurrent();
}

QList<RegistrySetting> RegistrySettingsPage::entries() const
{
    QList<RegistrySetting> out;
    for (RegistrySetting entry : m_entries) {
        entry.host = entry.host.trimmed();
        if (!entry.host.isEmpty())
            out.append(entry);
    }
    return out;
}

void RegistrySettingsPage::addEntry(const RegistrySetting &entry)
{
    m_entries.append(entry);
    m_list->addItem(itemText(entry));
    m_list->setCurrentRow(int(m_entries.size()) - 1);
}

QString RegistrySettingsPage::itemText(const RegistrySetting &entry)
{
    if (entry.host.isEmpty())
        return tr("(new registry)");
    return entry.insecure ? tr("%1 (insecure)").arg(entry.host) : entry.host;
}

void RegistrySettingsPage::showCurrent()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_entries.size();
    m_form->setEnabled(valid);
    m_remove->setEnabled(valid);
    const RegistrySetting entry = valid ? m_entries.at(row) : RegistrySetting();
    m_showing = true;
    m_host->setText(entry.host);
    m_caFile->setText(entry.caFile);
    m_certificate->setText(entry.certificateFile);
    m_key->setText(entry.keyFile);
    m_insecure->setChecked(entry.insecure);
    m_mirror->setText(entry.mirror);
    m_mirror->setEnabled(Auth::RegistryKey::isDockerHub(entry.host.trimmed()));
    m_showing = false;
}

void RegistrySettingsPage::storeCurrent()
{
    const int row = m_list->currentRow();
    if (m_showing || row < 0 || row >= m_entries.size())
        return;
    RegistrySetting &entry = m_entries[row];
    entry.host = m_host->text().trimmed();
    entry.caFile = m_caFile->text().trimmed();
    entry.certificateFile = m_certificate->text().trimmed();
    entry.keyFile = m_key->text().trimmed();
    entry.insecure = m_insecure->isChecked();
    // A mirror is Docker Hub's alone: another registry's is not kept.
    const bool hub = Auth::RegistryKey::isDockerHub(entry.host);
    m_mirror->setEnabled(hub);
    entry.mirror = hub ? m_mirror->text().trimmed() : QString();
    m_list->item(row)->setText(itemText(entry));
}

void RegistrySettingsPage::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries.removeAt(row);
    delete m_list->takeItem(row);
    showCurrent();
}

void RegistrySettingsPage::browse(QLineEdit *field, const QString &title)
{
    auto *dialog = new QFileDialog(this, title, field->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM files (*.crt *.cert *.pem *.key)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, field, &QLineEdit::setText);
    dialog->open();
}

} // namespace Berth::Ui
