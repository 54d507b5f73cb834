// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Berth::Ui {

// A one-line label that never asks for more width than its layout gives it: a text too
// long to fit is elided in the middle, where image references differ least (the registry
// and the tag stay), and shown whole as the tool tip. A plain QLabel's minimum width is its
// text's, so a long reference would widen its dialog past the screen.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    const QString &fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace Berth::Ui
