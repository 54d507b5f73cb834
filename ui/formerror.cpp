// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/formerror.h"

#include <QLabel>

namespace Berth::Ui {

void makeFormError(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = label->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    label->setPalette(errorPalette);
    label->hide();
}

} // namespace Berth::Ui
