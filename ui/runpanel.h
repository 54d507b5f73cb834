// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/containerrunspec.h"
#include "engine/engineendpoint.h"

#include <QDialog>
#include <QPointer>
#include <QStringDecoder>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Berth::Engine {
class ContainerRun;
class EngineClient;
} // namespace Berth::Engine

namespace Berth::Jobs {
class JobQueue;
struct JobRecord;
} // namespace Berth::Jobs

namespace Berth::Ui {

// A window of its own for one container started by Run…: its output as it comes (stderr
// in its own colour), then its exit code. Stop kills it. The engine is spoken to without
// blocking, on a client of the panel's own. As docker run, an image the engine lacks is
// pulled first (or every time, or never, as the spec's pull policy says): a pull job of
// `jobs`, its progress here and in the Jobs panel; without `jobs` nothing is pulled.
class RunPanel final : public QDialog
{
    Q_OBJECT

public:
    RunPanel(const Engine::EngineEndpoint &endpoint, const Engine::ContainerRunSpec &spec,
             Jobs::JobQueue *jobs = nullptr, QWidget *parent = nullptr);

    void start();
    std::optional<int> exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(const Berth::Result<int> &result);

private:
    void runContainer();
    void pullThenRun(const QString &image);
    void showPull(const Jobs::JobRecord &job);
    void stop();
    void append(const QByteArray &bytes, bool error);
    void onRunFinished(const Result<int> &result);
    void end(const Result<int> &result);

    Engine::EngineEndpoint m_endpoint;
    Engine::ContainerRunSpec m_spec;
    QPointer<Jobs::JobQueue> m_jobs;
    Engine::EngineClient *m_client;
    Engine::ContainerRun *m_run = nullptr;
    QString m_pullJob; // the id of the pull job while it runs
    bool m_pulled = false;
    QPlainTextEdit *m_output;
    QLabel *m_status;
    QPushButton *m_stop;
    std::optional<int> m_exitCode;
    // Stateful: a character cut between two pieces of output comes out whole.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace Berth::Ui
