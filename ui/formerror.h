// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;

namespace Berth::Ui {

// Makes `label` a form's inline error, as the sign-in and AWS account dialogs show it: red
// (told apart from the form's labels, 4.5:1 on the dialog's background, light or dark),
// wrapped, selectable so it can be copied, and hidden until there is one.
void makeFormError(QLabel *label);

} // namespace Berth::Ui
