// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/formerror.h"

#include "ui/palettecolors.h"
#include "ui/palettefollower.h"

#include <QLabel>

namespace Berth::Ui {

void makeFormError(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PaletteFollower::follow(label, [](QWidget *widget, const QPalette &around) {
        QPalette errorPalette = around;
        errorPalette.setColor(QPalette::WindowText,
                              PaletteColors::errorText(around.color(QPalette::Window)));
        widget->setPalette(errorPalette);
    });
    label->hide();
}

} // namespace Berth::Ui
