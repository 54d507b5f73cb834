// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QProcess;

namespace Berth::Ui {

// Where the sandbox engine's script and data are. A development build knows both; an
// installed Berth has no sandbox, and the window then offers none.
struct SandboxConfig
{
    QString script;   // the private-dockerd script (start|stop STATE_DIR [--group G])
    QString stateDir; // its data, under the build folder

    bool isAvailable() const;
};

// Starts the sandbox engine without blocking the window: the script runs in a QProcess
// (through `sudo -n` for an ordinary user, so a password prompt can never hang it).
class SandboxEngine final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxEngine(SandboxConfig config, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_process != nullptr; }

Q_SIGNALS:
    void started(const QString &endpointUrl);
    void failed(const QString &message);

private:
    SandboxConfig m_config;
    QProcess *m_process = nullptr;
};

} // namespace Berth::Ui
