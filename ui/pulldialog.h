// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace Berth::Ui {

class ElidedLabel;

// Asks for the image to pull. OK is enabled only for a reference Berth can parse, and the
// line under the field shows how it reads (the registry and tag a short name implies) or
// what is wrong with it, elided to the dialog's width. Opened with open(), never exec(): the window
// keeps running.
class PullDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PullDialog(QWidget *parent = nullptr);

    // The reference as typed, without surrounding spaces.
    QString reference() const;

private:
    void validate();

    QLineEdit *m_reference;
    ElidedLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace Berth::Ui
