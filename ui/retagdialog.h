// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dropplanner.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLineEdit;
class QTreeView;

namespace Berth::Ui {

class ElidedLabel;
class SourcesModel;

// Asks for the new reference of a retag, a tag + push or a copy, prefilled (the text
// selected, so typing replaces it and Enter accepts it as it is). OK is enabled only for a
// reference Berth can parse. With offerDestinations(), a tree of the Sources' registries
// and repositories above the field fills it with the reference a drop there would give:
// the keyboard's way to every drop. Opened with open(), never exec().
class RetagDialog final : public QDialog
{
    Q_OBJECT

public:
    RetagDialog(const QString &title, const QString &prompt, const QString &prefilled,
                const QString &acceptText, QWidget *parent = nullptr);

    // The registries of `sources` to choose from; choosing one sets the field to
    // `referenceFor(target)`.
    void offerDestinations(SourcesModel *sources,
                           std::function<QString(const DropTarget &)> referenceFor);
    // The reference as typed, without surrounding spaces.
    QString reference() const;
    QTreeView *destinations() const { return m_tree; }

private:
    void validate();

    QLineEdit *m_reference;
    ElidedLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QTreeView *m_tree = nullptr;
};

} // namespace Berth::Ui
