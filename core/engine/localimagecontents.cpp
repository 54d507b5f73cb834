// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/localimagecontents.h"

#include "archive/streampipe.h"
#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "engine/enginestream.h"

#include <QPointer>
#include <QThread>

#include <memory>

namespace Berth::Engine {

namespace {
// The most of a failed answer's body kept for its message.
constexpr qsizetype ErrorBodyCap = 64 * 1024;
} // namespace

EngineStream *LocalImageContents::read(EngineClient *client, const QStringList &names,
                                       const Archive::ImageArchiveReader::Options &options,
                                       QObject *context, Done done)
{
    Http::HttpRequest request = EngineImages::saveRequest(names);
    // A minute without a byte is a hang, not a daemon still at work.
    request.idleTimeout = std::chrono::minutes(1);
    QPointer<EngineStream> stream = client->openStream(request);

    auto pipe = std::make_shared<Archive::StreamPipe>();
    auto status = std::make_shared<int>(0);
    auto errorBody = std::make_shared<QByteArray>();
    auto result = std::make_shared<std::optional<Result<QList<Archive::ArchivedImage>>>>();
    // The worker says when it has room again; the stream lives on the caller's thread.
    pipe->setOnDrained([stream] {
        QMetaObject::invokeMethod(
            stream, [stream] { stream->resume(); }, Qt::QueuedConnection);
    });
    QObject::connect(stream, &EngineStream::headReceived, stream,
                     [status](const Http::HttpResponseHead &head) { *status = head.status; });
    QObject::connect(stream, &EngineStream::bodyReceived, stream,
                     [stream, pipe, status, errorBody](const QByteArray &data) {
                         if (*status < 200 || *status > 299) {
                             if (errorBody->size() < ErrorBodyCap)
                                 errorBody->append(data);
                             return;
                         }
                         pipe->push(data);
                         if (pipe->full())
                             stream->pause();
                     });
    QObject::connect(
        stream, &EngineStream::finished, stream,
        [pipe, status, errorBody](const Result<void> &outcome) {
            if (!outcome)
                pipe->finish(outcome.error());
            else if (*status < 200 || *status > 299)
                pipe->finish(EngineClient::errorFromResponse({*status, {}, {}}, *errorBody));
            else
                pipe->finish();
        });

    QThread *worker = QThread::create([pipe, options, result] {
        *result = Archive::ImageArchiveReader::read(pipe.get(), options);
        pipe->closeReader();
    });
    QPointer<QObject> guard(context);
    QObject::connect(worker, &QThread::finished, context, [worker, stream, result, done, guard] {
        worker->deleteLater();
        // The reader stopped before the stream's end (a damaged archive): stop the daemon.
        if (stream && !stream->isFinished())
            stream->cancel();
        if (guard)
            done(**result);
    });
    worker->start();
    return stream;
}

} // namespace Berth::Engine
