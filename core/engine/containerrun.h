// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/containerrunspec.h"
#include "engine/streamdemuxer.h"

#include <QObject>
#include <QPointer>

namespace Berth::Engine {

class ContainerAttach;
class EngineClient;
class EngineStream;

// Runs one container in the docker CLI's order: create, attach (so no early output is
// lost), wait (registered before the start, so a quick exit is not missed), start, and
// the exit code from wait. The output arrives as the container writes it; the run ends
// when the container has exited and its output is all here.
class ContainerRun final : public QObject
{
    Q_OBJECT

public:
    ContainerRun(EngineClient *client, ContainerRunSpec spec, QObject *parent = nullptr);

    void start();
    const QString &containerId() const { return m_id; }
    // The run failed because the engine does not have the image (the create's 404): the
    // caller may pull it (spec.pullableImage()) and run again.
    bool imageMissing() const { return m_imageMissing; }
    void writeStdin(const QByteArray &data);
    void closeStdin();
    // The container's TTY size; sent once it runs, and again at each change.
    void resize(int rows, int columns);
    // Sends a signal to the container's main process, as docker run's signal proxy does.
    void kill(const QString &signal);

Q_SIGNALS:
    void started();
    void output(Berth::Engine::StreamDemuxer::Channel channel, const QByteArray &data);
    // The container's exit code, or why it could not run.
    void finished(const Berth::Result<int> &exitCode);

private:
    void create();
    void attach();
    void registerWait();
    // The start, once the attach is answered and the wait registered: no output is lost
    // and a quick exit is not missed.
    void startWhenReady();
    void startContainer();
    void onAttachData(const QByteArray &data);
    void sendResize();
    // Ends the run with error; an unstarted container of --rm is removed first.
    void fail(const Error &error);
    void finishIfDone();

    EngineClient *m_client;
    ContainerRunSpec m_spec;
    QString m_id;
    ContainerAttach *m_attach = nullptr;
    QPointer<EngineStream> m_wait;
    StreamDemuxer m_demuxer;
    std::optional<int> m_exitCode;
    bool m_imageMissing = false;
    bool m_attached = false;
    bool m_waitRegistered = false;
    bool m_startSent = false;
    bool m_attachEnded = false;
    bool m_running = false;
    bool m_finished = false;
    int m_rows = 0;
    int m_columns = 0;
    int m_sentRows = 0;
    int m_sentColumns = 0;
    bool m_resizeInFlight = false;
};

} // namespace Berth::Engine
