// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/retagdialog.h"

#include "reference/imagereference.h"
#include "ui/elidedlabel.h"
#include "ui/sourcesmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Berth::Ui {

RetagDialog::RetagDialog(const QString &title, const QString &prompt, const QString &prefilled,
                         const QString &acceptText, QWidget *parent)
    : QDialog(parent)
    , m_reference(new QLineEdit(this))
    , m_hint(new ElidedLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("retagDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setObjectName(QStringLiteral("retagPrompt"));
    label->setWordWrap(true);
    label->setBuddy(m_reference);
    m_reference->setObjectName(QStringLiteral("retagReference"));
    m_reference->setText(prefilled);
    m_reference->selectAll();
    m_hint->setObjectName(QStringLiteral("retagHint"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reference);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());

    connect(m_reference, &QLineEdit::textChanged, this, &RetagDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void RetagDialog::offerDestinations(SourcesModel *sources,
                                    std::function<QString(const DropTarget &)> referenceFor)
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("retagDestinations"));
    m_tree->setAccessibleName(tr("Destinations"));
    m_tree->setModel(sources);
    m_tree->header()->hide();
    // The registries only: an engine is no destination of a push or a copy.
    m_tree->setRootIndex(sources->index(1, 0));
    auto *label = new QLabel(tr("&Destination (a registry or a repository of the Sources):"), this);
    label->setBuddy(m_tree);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(0, label);
    layout->insertWidget(1, m_tree, 1);
    setTabOrder(m_tree, m_reference);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, referenceFor = std::move(referenceFor)](const QModelIndex &current) {
                const auto target = SourcesModel::dropTargetOf(current);
                if (!target)
                    return;
                if (const QString reference = referenceFor(*target); !reference.isEmpty())
                    m_reference->setText(reference);
            });
    resize(width(), qMax(height(), 420));
}

QString RetagDialog::reference() const
{
    return m_reference->text().trimmed();
}

void RetagDialog::validate()
{
    const QString text = reference();
    bool valid = false;
    if (text.isEmpty()) {
        m_hint->setFullText(tr("A name with a tag, e.g. 127.0.0.1:5000/team/app:1.0"));
    } else if (const auto parsed = Reference::ImageReference::parse(text)) {
        valid = true;
        m_hint->setFullText(parsed->normalized());
    } else {
        m_hint->setFullText(parsed.error().message());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace Berth::Ui
