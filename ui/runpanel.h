// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/containerrunspec.h"
#include "engine/engineendpoint.h"

#include <QDialog>
#include <QStringDecoder>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Berth::Engine {
class ContainerRun;
class EngineClient;
} // namespace Berth::Engine

namespace Berth::Ui {

// A window of its own for one container started by Run…: its output as it comes (stderr
// in its own colour), then its exit code. Stop kills it. The engine is spoken to without
// blocking, on a client of the panel's own.
class RunPanel final : public QDialog
{
    Q_OBJECT

public:
    RunPanel(const Engine::EngineEndpoint &endpoint, const Engine::ContainerRunSpec &spec,
             QWidget *parent = nullptr);

    void start();
    std::optional<int> exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(const Berth::Result<int> &result);

private:
    void append(const QByteArray &bytes, bool error);
    void end(const Result<int> &result);

    Engine::EngineClient *m_client;
    Engine::ContainerRun *m_run;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    QPushButton *m_stop;
    std::optional<int> m_exitCode;
    // Stateful: a character cut between two pieces of output comes out whole.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace Berth::Ui
