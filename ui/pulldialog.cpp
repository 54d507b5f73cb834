// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pulldialog.h"

#include "reference/imagereference.h"
#include "ui/elidedlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Berth::Ui {

PullDialog::PullDialog(QWidget *parent)
    : QDialog(parent)
    , m_reference(new QLineEdit(this))
    , m_hint(new ElidedLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pullDialog"));
    setWindowTitle(tr("Pull Image"));
    auto *label = new QLabel(tr("&Image to pull:"), this);
    label->setBuddy(m_reference);
    m_reference->setObjectName(QStringLiteral("pullReference"));
    m_reference->setPlaceholderText(tr("e.g. alpine:3.19 or registry.example:5000/app:1"));
    m_hint->setObjectName(QStringLiteral("pullHint"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pull"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reference);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_reference, &QLineEdit::textChanged, this, &PullDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString PullDialog::reference() const
{
    return m_reference->text().trimmed();
}

void PullDialog::validate()
{
    const QString text = reference();
    bool valid = false;
    if (text.isEmpty()) {
        m_hint->setFullText(tr("A name, with a tag or a digest if you want a particular one."));
    } else if (const auto parsed = Reference::ImageReference::parse(text)) {
        valid = true;
        m_hint->setFullText(tr("Pulls %1").arg(parsed->pullReference()));
    } else {
        m_hint->setFullText(parsed.error().message());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace Berth::Ui
