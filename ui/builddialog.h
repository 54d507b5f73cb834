// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/buildoptions.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Berth::Ui {

class ElidedLabel;

// Asks what to build: the context folder (typed or browsed), the Dockerfile inside it, the
// tags, the build arguments (one K=V a line) and the target stage. OK is enabled once the
// folder exists and every tag parses. What was built last is offered again (the window's
// settings). Opened with open(), never exec(): the window keeps running.
class BuildDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BuildDialog(QWidget *parent = nullptr);

    Engine::BuildOptions options() const;
    // Keeps the fields for the next time; called when the build is queued.
    void remember() const;

private:
    void browse();
    void validate();
    QStringList tags() const;

    QLineEdit *m_context;
    QLineEdit *m_dockerfile;
    QLineEdit *m_tags;
    QPlainTextEdit *m_buildArgs;
    QLineEdit *m_target;
    ElidedLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace Berth::Ui
