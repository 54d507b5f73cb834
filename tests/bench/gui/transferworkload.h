// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "jobs/jobrecord.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>

namespace Berth::Jobs {
class JobQueue;
}

// Keeps a job queue busy moving bytes: for each image, push it to the registry, remove it
// from the engine and pull it back, remove it from the registry and push it again, and so
// on until stop(). Each removal makes the next transfer move every byte again: the engine
// has no layer to keep, the registry's repository links none to mount or skip.
class TransferWorkload final : public QObject
{
    Q_OBJECT

public:
    struct Totals
    {
        int pulls = 0;
        int pushes = 0;
        int failed = 0;
        qint64 bytes = 0;
        QStringList errors;
    };

    // references: images in the engine, all on `registry` (host:port, plain http).
    TransferWorkload(Berth::Jobs::JobQueue *queue, const Berth::Engine::EngineEndpoint &endpoint,
                     const QStringList &references, QObject *parent = nullptr);

    enum class StopMode {
        LetFinish,     // the jobs under way run to their end
        CancelRunning, // they are cancelled (a slow link would take too long)
    };

    void start();
    // No new job after this; drained() once the last one ends.
    void stop(StopMode mode = StopMode::LetFinish);
    const Totals &totals() const { return m_totals; }
    int running() const { return int(m_jobs.size()); }

Q_SIGNALS:
    void drained();

private:
    void enqueue(Berth::Jobs::JobKind kind, const QString &reference);
    void emitIfDrained();
    void jobFinished(const Berth::Jobs::JobRecord &record);
    void removeFromEngine(const QString &reference);
    void removeFromRegistry(const QString &reference);
    void deleteAll(const QString &reference, const QList<QUrl> &urls);

    Berth::Jobs::JobQueue *m_queue;
    Berth::Engine::EngineEndpoint m_endpoint;
    QStringList m_references;
    Berth::Engine::EngineClient m_client;
    Berth::Engine::EngineImages m_images;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_jobs; // job id -> image
    int m_pendingSteps = 0;         // removals under way between two jobs
    bool m_stopped = false;
    Totals m_totals;
};
