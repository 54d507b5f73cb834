// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Berth::Ui {

// The strip above the image table that says what is wrong with the engine and what to do
// about it, or that the window shows the sandbox engine. "No engine" and "no permission
// on the socket" get different explanations, since their remedies differ.
class EngineBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { Hidden, Error, Sandbox };

    explicit EngineBanner(QWidget *parent = nullptr);

    void showError(const QString &endpointUrl, const Error &error, bool sandboxAvailable);
    void showSandbox(const QString &endpointUrl);
    void showMessage(const QString &text);
    void clear();
    Mode mode() const { return m_mode; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();
    void sandboxRequested();

private:
    void setMode(Mode mode);
    void applyColors(const QPalette &around);

    Mode m_mode = Mode::Hidden;
    QLabel *m_label;
    QPushButton *m_retryButton;
    QPushButton *m_sandboxButton;
};

} // namespace Berth::Ui
