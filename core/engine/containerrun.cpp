// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/containerrun.h"

#include "engine/containerattach.h"
#include "engine/engineclient.h"
#include "engine/enginestream.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace Berth::Engine {

namespace {

constexpr qint64 SmallAnswer = 64 * 1024;

QByteArray containerPath(const QString &id, QByteArrayView action)
{
    return "/containers/" + QUrl::toPercentEncoding(id) + '/' + action.toByteArray();
}

Http::HttpRequest post(QByteArray target)
{
    Http::HttpRequest request;
    request.method = "POST";
    request.target = std::move(target);
    return request;
}

} // namespace

ContainerRun::ContainerRun(EngineClient *client, ContainerRunSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
{}

void ContainerRun::start()
{
    create();
}

void ContainerRun::create()
{
    const Result<QJsonObject> body = m_spec.createBody();
    if (!body) {
        // Reported on the next pass of the event loop: the caller connects after start().
        QMetaObject::invokeMethod(
            this, [this, error = body.error()] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    QByteArray target = "/containers/create";
    if (!m_spec.name.isEmpty())
        target += "?name=" + QUrl::toPercentEncoding(m_spec.name);
    Http::HttpRequest request = post(target);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    m_client->call(
        request, SmallAnswer, this, [this](const Result<EngineClient::Response> &answer) {
            if (!answer) {
                // The create's 404 means the image: docker run pulls it then.
                m_imageMissing = answer.error().kind() == ErrorKind::NotFound;
                return fail(answer.error());
            }
            m_id = QJsonDocument::fromJson(answer->body)
                       .object()
                       .value(QLatin1StringView("Id"))
                       .toString();
            if (m_id.isEmpty())
                return fail(Error(ErrorKind::Protocol, tr("the engine created no container")));
            // Both at once, where the docker CLI waits for the attach's answer before it
            // asks for the wait: the start comes when both are in place, a round trip sooner.
            attach();
            registerWait();
        });
}

void ContainerRun::attach()
{
    const QByteArray target =
        "/v" + m_client->info().apiVersion.toLatin1() + containerPath(m_id, "attach") +
        "?stream=1&stdin=" + (m_spec.interactive ? "1" : "0") + "&stdout=1&stderr=1";
    m_attach = new ContainerAttach(m_client->endpoint(), target, this);
    connect(m_attach, &ContainerAttach::attached, this, [this] {
        m_attached = true;
        startWhenReady();
    });
    connect(m_attach, &ContainerAttach::received, this, &ContainerRun::onAttachData);
    connect(m_attach, &ContainerAttach::finished, this, [this](const Result<void> &result) {
        m_attachEnded = true;
        if (!result) {
            Error error = result.error();
            if (error.kind() == ErrorKind::Conflict && m_client->info().podman)
                error = Error(ErrorKind::Conflict,
                              tr("%1 (Podman prepares a container when it is attached to, "
                                 "before the start, and answers 409 when that fails; podman "
                                 "run shows the same failure)")
                                  .arg(error.message()));
            return fail(error);
        }
        finishIfDone();
    });
    m_attach->start();
}

void ContainerRun::registerWait()
{
    // next-exit, or removed with --rm, so that the end means the container is gone.
    Http::HttpRequest request = post(containerPath(m_id, "wait") +
                                     "?condition=" + (m_spec.autoRemove ? "removed" : "next-exit"));
    request.idleTimeout = std::chrono::milliseconds(0); // a container may run for days
    m_wait = m_client->openStream(request);
    auto head = std::make_shared<Http::HttpResponseHead>();
    auto body = std::make_shared<QByteArray>();
    connect(m_wait, &EngineStream::headReceived, this,
            [this, head](const Http::HttpResponseHead &received) {
                *head = received;
                // The daemon sends the head as the wait begins: now the start may come.
                if (received.status == 200) {
                    m_waitRegistered = true;
                    startWhenReady();
                }
            });
    connect(m_wait, &EngineStream::bodyReceived, this,
            [body](const QByteArray &data) { body->append(data.left(SmallAnswer)); });
    connect(m_wait, &EngineStream::finished, this, [this, head, body](const Result<void> &result) {
        if (!result)
            return fail(result.error());
        if (head->status != 200) {
            return fail(EngineClient::errorFromResponse(*head, *body)
                            .withContext(m_client->endpoint().url()));
        }
        const QJsonObject answer = QJsonDocument::fromJson(*body).object();
        const QString error = answer.value(QLatin1StringView("Error"))
                                  .toObject()
                                  .value(QLatin1StringView("Message"))
                                  .toString();
        if (!error.isEmpty())
            return fail(Error(ErrorKind::Remote, tr("the engine could not wait for the "
                                                    "container: %1")
                                                     .arg(error)));
        m_exitCode = answer.value(QLatin1StringView("StatusCode")).toInt();
        finishIfDone();
    });
}

void ContainerRun::startWhenReady()
{
    if (m_attached && m_waitRegistered && !m_finished && !m_startSent) {
        m_startSent = true;
        startContainer();
    }
}

void ContainerRun::startContainer()
{
    m_client->call(post(containerPath(m_id, "start")), SmallAnswer, this,
                   [this](const Result<EngineClient::Response> &answer) {
                       if (!answer)
                           return fail(answer.error());
                       m_running = true;
                       Q_EMIT started();
                       sendResize();
                       finishIfDone();
                   });
}

void ContainerRun::onAttachData(const QByteArray &data)
{
    // The container's Tty decides the framing; the answer's Content-Type says raw-stream
    // either way.
    if (m_spec.tty) {
        Q_EMIT output(StreamDemuxer::Channel::Stdout, data);
        return;
    }
    for (const StreamDemuxer::Chunk &chunk : m_demuxer.feed(data))
        Q_EMIT output(chunk.channel, chunk.data);
}

void ContainerRun::writeStdin(const QByteArray &data)
{
    if (m_attach)
        m_attach->write(data);
}

void ContainerRun::closeStdin()
{
    if (m_attach)
        m_attach->closeWrite();
}

void ContainerRun::resize(int rows, int columns)
{
    m_rows = rows;
    m_columns = columns;
    sendResize();
}

void ContainerRun::sendResize()
{
    if (!m_running || !m_spec.tty || m_rows <= 0 || m_columns <= 0 || m_finished ||
        m_resizeInFlight || (m_rows == m_sentRows && m_columns == m_sentColumns))
        return;
    // One at a time: `stty rows R cols C` makes two changes in a row, and two calls on two
    // connections may reach the daemon in either order, leaving the older size.
    m_resizeInFlight = true;
    m_sentRows = m_rows;
    m_sentColumns = m_columns;
    const QByteArray query =
        "?h=" + QByteArray::number(m_rows) + "&w=" + QByteArray::number(m_columns);
    // A resize that comes as the container exits fails; nothing to tell.
    m_client->call(post(containerPath(m_id, "resize") + query), SmallAnswer, this,
                   [this](const Result<EngineClient::Response> &) {
                       m_resizeInFlight = false;
                       sendResize(); // the latest size, if it changed meanwhile
                   });
}

void ContainerRun::kill(const QString &signal)
{
    if (!m_running || m_finished)
        return;
    m_client->call(post(containerPath(m_id, "kill") + "?signal=" + QUrl::toPercentEncoding(signal)),
                   SmallAnswer, this, [](const Result<EngineClient::Response> &) {});
}

void ContainerRun::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_wait)
        m_wait->cancel();
    if (m_attach)
        m_attach->close();
    // --rm removes a container that ran; one that never started is removed here, as the
    // docker CLI does, and the run ends once it is gone: berthctl exits right after.
    if (m_spec.autoRemove && !m_id.isEmpty() && !m_running) {
        Http::HttpRequest request;
        request.method = "DELETE";
        request.target = "/containers/" + QUrl::toPercentEncoding(m_id) + "?force=1";
        m_client->call(
            request, SmallAnswer, this,
            [this, error](const Result<EngineClient::Response> &) { Q_EMIT finished(error); });
        return;
    }
    Q_EMIT finished(error);
}

void ContainerRun::finishIfDone()
{
    // The start's answer too: a container whose start failed has an exit code of the
    // runtime's (127), and the start's error says why.
    if (m_finished || !m_exitCode || !m_attachEnded || !m_running)
        return;
    m_finished = true;
    Q_EMIT finished(*m_exitCode);
}

} // namespace Berth::Engine
