// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/containerrunspec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Berth::Ui {

// Run… on an image (its name may be changed to any other, pulled if missing): the command, the
// environment (K=V a line), the ports to publish and whether to remove the container when it exits.
// OK stays off while a port or variable cannot be read, and the line beneath says which.
class RunDialog final : public QDialog
{
    Q_OBJECT

public:
    RunDialog(const QString &image, QWidget *parent = nullptr);

    Engine::ContainerRunSpec spec() const;

private:
    void check();

    QLineEdit *m_image;
    QLineEdit *m_command;
    QPlainTextEdit *m_environment;
    QLineEdit *m_ports;
    QCheckBox *m_remove;
    QComboBox *m_pull;
    QLabel *m_problem;
};

} // namespace Berth::Ui
