// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>

#include <functional>

class QWidget;

namespace Berth::Ui {

// Keeps a widget's own colours (derived from the palette) in step with the palette: calls
// `apply` at once and again whenever the palette around the widget changes (a live switch
// of the system's or Settings' appearance), with the palette the widget would have without
// colours of its own: its parent's, or the application's for a window.
class PaletteFollower final : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void(QWidget *widget, const QPalette &around)>;

    // Owned by `widget`.
    static void follow(QWidget *widget, Apply apply);

    // Applies the colours again, for a widget whose state (an error or not) changed.
    static void refresh(QWidget *widget);

    // The palette around `widget`, without its own colours.
    static QPalette around(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaletteFollower(QWidget *widget, Apply apply);
    void reapply();

    QWidget *m_widget;
    Apply m_apply;
    bool m_applying = false;
};

} // namespace Berth::Ui
