// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineimages.h"

#include "archive/decompressingdevice.h"
#include "archive/streamcompressor.h"
#include "engine/engineclient.h"
#include "engine/enginestream.h"
#include "engine/progressstreamparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <limits>

namespace Berth::Engine {

namespace {

constexpr std::chrono::seconds ApiIdleTimeout{30};
// A pull or push can sit quietly while the daemon waits on a slow registry or retries;
// it reports retries as lines, so ten minutes of silence means it is stuck.
constexpr std::chrono::minutes TransferIdleTimeout{10};
constexpr qint64 JsonBodyCap = 64 * 1024 * 1024;
constexpr qint64 ErrorBodyCap = 1024 * 1024;

QByteArray withQuery(QByteArray path, const QUrlQuery &query)
{
    if (!query.isEmpty())
        path += '?' + query.toString(QUrl::FullyEncoded).toLatin1();
    return path;
}

Http::HttpRequest apiRequest(QByteArray method, QByteArray target)
{
    Http::HttpRequest request;
    request.method = std::move(method);
    request.target = std::move(target);
    request.idleTimeout = ApiIdleTimeout;
    return request;
}

// The tag or digest that names what to pull: a digest wins, as in ParseDockerRef.
QString pullTag(const Reference::ImageReference &reference)
{
    return reference.hasDigest() ? reference.digest() : reference.effectiveTag();
}

// The JSON document of a successful answer, or why there is none.
Result<QJsonDocument> jsonAnswer(const Result<EngineClient::Response> &response)
{
    if (!response)
        return response.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response->body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(ErrorKind::Protocol,
                     EngineImages::tr("the engine's answer is not valid JSON (%1)")
                         .arg(error.errorString()));
    return doc;
}

// The answer's JSON object; `notObject` says what else arrived.
Result<QJsonObject> jsonObjectAnswer(const Result<EngineClient::Response> &response,
                                     const QString &notObject)
{
    const auto doc = jsonAnswer(response);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error(ErrorKind::Protocol, notObject);
    return doc->object();
}

// The answer's JSON array; `notArray` says what else arrived.
Result<QJsonArray> jsonArrayAnswer(const Result<EngineClient::Response> &response,
                                   const QString &notArray)
{
    const auto doc = jsonAnswer(response);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Error(ErrorKind::Protocol, notArray);
    return doc->array();
}

} // namespace

EngineImages::EngineImages(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QByteArray EngineImages::namePath(const QString &name)
{
    return QUrl::toPercentEncoding(name, "/:@");
}

void EngineImages::inspect(const QString &name, QObject *context, Callback<QJsonObject> done)
{
    m_client->call(apiRequest("GET", "/images/" + namePath(name) + "/json"), JsonBodyCap, context,
                   [done](const Result<EngineClient::Response> &response) {
                       done(jsonObjectAnswer(
                           response, tr("the engine's image details are not a JSON object")));
                   });
}

void EngineImages::history(const QString &name, QObject *context, Callback<QJsonArray> done)
{
    m_client->call(
        apiRequest("GET", "/images/" + namePath(name) + "/history"), JsonBodyCap, context,
        [done](const Result<EngineClient::Response> &response) {
            done(jsonArrayAnswer(response, tr("the engine's image history is not a JSON array")));
        });
}

void EngineImages::tag(const QString &source, const Reference::ImageReference &target,
                       QObject *context, Callback<void> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("repo"), target.name());
    query.addQueryItem(QStringLiteral("tag"), target.effectiveTag());
    m_client->call(apiRequest("POST", withQuery("/images/" + namePath(source) + "/tag", query)),
                   ErrorBodyCap, context, [done](const Result<EngineClient::Response> &response) {
                       done(response ? Result<void>() : Result<void>(response.error()));
                   });
}

void EngineImages::remove(const QString &name, bool force, bool noPrune, QObject *context,
                          Callback<RemovedImage> done)
{
    QUrlQuery query;
    if (force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    if (noPrune)
        query.addQueryItem(QStringLiteral("noprune"), QStringLiteral("1"));
    m_client->call(
        apiRequest("DELETE", withQuery("/images/" + namePath(name), query)), JsonBodyCap, context,
        [done](const Result<EngineClient::Response> &response) {
            // A body that is not the documented list is no proof that nothing was removed.
            const auto items = jsonArrayAnswer(
                response, tr("the engine's answer to a removal is not a JSON array"));
            if (!items) {
                done(items.error());
                return;
            }
            RemovedImage removed;
            for (const QJsonValue &item : *items) {
                const QJsonObject object = item.toObject();
                if (object.contains(QLatin1StringView("Untagged")))
                    removed.untagged.append(object.value(QLatin1StringView("Untagged")).toString());
                if (object.contains(QLatin1StringView("Deleted")))
                    removed.deleted.append(object.value(QLatin1StringView("Deleted")).toString());
            }
            done(removed);
        });
}

void EngineImages::pruneDangling(QObject *context, Callback<PruneReport> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filters"), QStringLiteral("{\"dangling\":[\"true\"]}"));
    // Pruning walks every image and can take a while on a large store.
    auto request = apiRequest("POST", withQuery("/images/prune", query));
    request.idleTimeout = TransferIdleTimeout;
    m_client->call(
        request, JsonBodyCap, context, [done](const Result<EngineClient::Response> &response) {
            // A body that is not the documented object is no proof that 0 bytes were freed.
            const auto answer = jsonObjectAnswer(
                response, tr("the engine's answer to a prune is not a JSON object"));
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject &object = *answer;
            PruneReport report;
            report.spaceReclaimed = object.value(QLatin1StringView("SpaceReclaimed")).toInteger();
            const QJsonArray items = object.value(QLatin1StringView("ImagesDeleted")).toArray();
            for (const QJsonValue &item : items) {
                const QJsonObject entry = item.toObject();
                if (entry.contains(QLatin1StringView("Deleted")))
                    report.deleted.append(entry.value(QLatin1StringView("Deleted")).toString());
                if (entry.contains(QLatin1StringView("Untagged")))
                    report.untagged.append(entry.value(QLatin1StringView("Untagged")).toString());
            }
            done(report);
        });
}

EngineStream *EngineImages::pull(const Reference::ImageReference &reference,
                                 const QString &platform, const RegistryAuth &auth,
                                 QObject *context, ProgressCallback progress,
                                 Callback<TransferProgress> done)
{
    // Always a tag or a digest: with neither, the daemon pulls every tag of the repository.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fromImage"), reference.name());
    query.addQueryItem(QStringLiteral("tag"), pullTag(reference));
    if (!platform.isEmpty())
        query.addQueryItem(QStringLiteral("platform"), platform);
    auto request = apiRequest("POST", withQuery("/images/create", query));
    request.idleTimeout = TransferIdleTimeout;
    request.headers.append({"X-Registry-Auth", auth.toHeaderValue()});
    return progressOperation(m_client->openStream(request), context, std::move(progress),
                             std::move(done));
}

EngineStream *EngineImages::push(const Reference::ImageReference &reference,
                                 const RegistryAuth &auth, QObject *context,
                                 ProgressCallback progress, Callback<TransferProgress> done)
{
    // Always a tag: without one the daemon pushes every local tag of the repository.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tag"), reference.effectiveTag());
    auto request =
        apiRequest("POST", withQuery("/images/" + namePath(reference.name()) + "/push", query));
    request.idleTimeout = TransferIdleTimeout;
    request.headers.append({"X-Registry-Auth", auth.toHeaderValue()});
    return progressOperation(m_client->openStream(request), context, std::move(progress),
                             std::move(done));
}

EngineStream *EngineImages::load(const QString &filePath, QObject *context,
                                 ProgressCallback progress, Callback<TransferProgress> done)
{
    auto file = std::make_shared<QFile>(isStandardStream(filePath) ? QString() : filePath);
    const bool opened = isStandardStream(filePath) ? file->open(stdin, QIODevice::ReadOnly)
                                                   : file->open(QIODevice::ReadOnly);
    const QString source = isStandardStream(filePath) ? tr("stdin") : filePath;
    if (!opened) {
        auto *stream = new EngineStream(EngineEndpoint(), this);
        progressOperation(stream, context, std::move(progress), std::move(done));
        stream->abort(
            Error(ErrorKind::Io, tr("cannot read %1: %2").arg(source, file->errorString())));
        return stream;
    }
    // quiet=0: a missing quiet means quiet to the daemon, whatever its documentation says.
    auto request = apiRequest("POST", "/images/load?quiet=0");
    request.idleTimeout = TransferIdleTimeout;
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-tar")});
    request.bodySource = file.get();
    // A pipe's length is known only at its end: sent chunked.
    request.bodySourceLength = file->isSequential() ? -1 : file->size();
    // The format is read from the first bytes, not the name. Berth decompresses all three
    // itself, not only the zstd that dockerd 20.10 refuses ("invalid tar header"): the
    // daemon then always reads a plain tar, and a damaged or cut-short archive fails with
    // Berth's message instead of a tar error. No buffering: the decompressor is pulled a
    // piece at a time as the socket drains, and sent chunked (its length is unknown), with
    // a ceiling on the expansion so a decompression bomb stops with an error.
    const Archive::Compression compression =
        Archive::compressionFromMagic(file->peek(Archive::MagicBytes));
    std::shared_ptr<Archive::DecompressingDevice> plain;
    if (compression != Archive::Compression::None) {
        plain = std::make_shared<Archive::DecompressingDevice>(
            compression, file.get(),
            // A pipe has no size to set a ceiling by: what the user pipes in is theirs.
            file->isSequential() ? std::numeric_limits<qint64>::max()
                                 : Archive::StreamDecompressor::expansionCeiling(file->size()));
        plain->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        request.bodySource = plain.get();
        request.bodySourceLength = -1;
    }
    EngineStream *stream = m_client->openStream(request);
    // The file lives as long as the stream that reads it.
    connect(stream, &QObject::destroyed, this, [file, plain] { file->close(); });
    if (plain) {
        done = [done, plain, source](const Result<TransferProgress> &result) {
            if (plain->failed())
                done(Error(ErrorKind::Invalid,
                           tr("cannot load %1: %2").arg(source, plain->errorString())));
            else
                done(result);
        };
    }
    return progressOperation(stream, context, std::move(progress), std::move(done));
}

EngineStream *EngineImages::build(const BuildOptions &options, QIODevice *contextTar,
                                  const QList<RegistryAuth> &registryLogins, QObject *context,
                                  ProgressCallback progress, Callback<TransferProgress> done)
{
    QUrlQuery query;
    for (const QString &tag : options.tags)
        query.addQueryItem(QStringLiteral("t"), QString::fromLatin1(QUrl::toPercentEncoding(tag)));
    query.addQueryItem(QStringLiteral("dockerfile"),
                       QString::fromLatin1(QUrl::toPercentEncoding(options.dockerfile)));
    if (!options.buildArgs.isEmpty()) {
        QJsonObject args;
        for (const auto &[key, value] : options.buildArgs)
            args.insert(key, value);
        query.addQueryItem(QStringLiteral("buildargs"),
                           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(
                               QJsonDocument(args).toJson(QJsonDocument::Compact)))));
    }
    if (!options.target.isEmpty())
        query.addQueryItem(QStringLiteral("target"),
                           QString::fromLatin1(QUrl::toPercentEncoding(options.target)));
    if (!options.platform.isEmpty())
        query.addQueryItem(QStringLiteral("platform"),
                           QString::fromLatin1(QUrl::toPercentEncoding(options.platform)));
    if (options.noCache)
        query.addQueryItem(QStringLiteral("nocache"), QStringLiteral("1"));
    if (options.pull)
        query.addQueryItem(QStringLiteral("pull"), QStringLiteral("1"));
    // As the docker CLI: intermediate containers removed after a successful step.
    query.addQueryItem(QStringLiteral("rm"), QStringLiteral("1"));
    auto request = apiRequest("POST", withQuery("/build", query));
    // A RUN step may stay silent for as long as its command needs: no idle limit. A cancel
    // closes the socket, and a daemon that goes closes it too.
    request.idleTimeout = std::chrono::milliseconds(0);
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/x-tar")});
    if (!registryLogins.isEmpty()) {
        // A map of registry -> AuthConfig, as the CLI sends every login it knows.
        QJsonObject logins;
        for (const RegistryAuth &login : registryLogins) {
            logins.insert(
                login.serverAddress,
                QJsonDocument::fromJson(
                    QByteArray::fromBase64(login.toHeaderValue(), QByteArray::Base64UrlEncoding))
                    .object());
        }
        request.headers.append(
            {QByteArray("X-Registry-Config"), QJsonDocument(logins)
                                                  .toJson(QJsonDocument::Compact)
                                                  .toBase64(QByteArray::Base64UrlEncoding)});
    }
    request.bodySource = contextTar;
    request.bodySourceLength = -1; // made as it is read: sent chunked
    return progressOperation(m_client->openStream(request), context, std::move(progress),
                             std::move(done));
}

Http::HttpRequest EngineImages::saveRequest(const QStringList &names)
{
    QUrlQuery query;
    for (const QString &name : names)
        query.addQueryItem(QStringLiteral("names"),
                           QString::fromLatin1(QUrl::toPercentEncoding(name)));
    Http::HttpRequest request;
    request.target = "/images/get?" + query.toString(QUrl::FullyEncoded).toLatin1();
    request.idleTimeout = TransferIdleTimeout;
    return request;
}

EngineStream *EngineImages::save(const QStringList &names, const QString &filePath,
                                 QObject *context, std::function<void(qint64)> bytesWritten,
                                 Callback<qint64> done)
{
    EngineStream *stream = m_client->openStream(saveRequest(names));

    // QSaveFile writes next to the target and renames on commit; without commit, the
    // temporary file is removed, so a failed or cancelled save leaves nothing behind.
    // Stdout gets the bytes as they come, as `docker save` writes them: a pipe cannot take
    // them back.
    const bool toStdout = isStandardStream(filePath);
    const QString target = toStdout ? tr("stdout") : filePath;
    std::shared_ptr<QFileDevice> file;
    if (toStdout)
        file = std::make_shared<QFile>();
    else
        file = std::make_shared<QSaveFile>(filePath);
    // The daemon writes a plain tar; Berth compresses it as the name asks, as it arrives.
    auto compressor = std::make_shared<Archive::StreamCompressor>(
        Archive::compressionForFileName(filePath), file.get());
    auto status = std::make_shared<int>(0);
    auto errorBody = std::make_shared<QByteArray>();
    auto written = std::make_shared<qint64>(0);
    auto failure = std::make_shared<std::optional<Error>>();
    QPointer<QObject> guard(context);
    const bool opened = toStdout
                            ? static_cast<QFile *>(file.get())->open(stdout, QIODevice::WriteOnly)
                            : file->open(QIODevice::WriteOnly);
    if (!opened) {
        *failure = Error(ErrorKind::Io, tr("cannot write %1: %2").arg(target, file->errorString()));
        stream->cancel();
    }
    connect(stream, &EngineStream::headReceived, stream,
            [status](const Http::HttpResponseHead &head) { *status = head.status; });
    connect(stream, &EngineStream::bodyReceived, stream,
            [stream, status, compressor, errorBody, written, failure, bytesWritten, target,
             guard](const QByteArray &data) {
                if (*status < 200 || *status > 299) {
                    if (errorBody->size() < ErrorBodyCap)
                        errorBody->append(data);
                    return;
                }
                if (const auto wrote = compressor->write(data); !wrote) {
                    *failure =
                        Error(ErrorKind::Io,
                              tr("cannot write %1: %2").arg(target, wrote.error().message()));
                    stream->cancel();
                    return;
                }
                *written += data.size();
                if (guard && bytesWritten)
                    bytesWritten(*written);
            });
    connect(stream, &EngineStream::finished, this,
            [file, compressor, status, errorBody, written, failure, done, guard,
             target](const Result<void> &result) {
                Result<qint64> outcome = *written;
                if (failure->has_value())
                    outcome = **failure;
                else if (!result)
                    outcome = result.error();
                else if (*status < 200 || *status > 299)
                    outcome = EngineClient::errorFromResponse({*status, {}, {}}, *errorBody);
                else if (const auto flushed = compressor->finish(); !flushed)
                    outcome =
                        Error(ErrorKind::Io,
                              tr("cannot write %1: %2").arg(target, flushed.error().message()));
                else if (auto *saveFile = qobject_cast<QSaveFile *>(file.get());
                         saveFile ? !saveFile->commit() : !file->flush())
                    outcome = Error(ErrorKind::Io,
                                    tr("cannot write %1: %2").arg(target, file->errorString()));
                if (auto *saveFile = qobject_cast<QSaveFile *>(file.get()); !outcome && saveFile)
                    saveFile->cancelWriting();
                if (guard)
                    done(outcome);
            });
    return stream;
}

EngineStream *EngineImages::progressOperation(EngineStream *stream, QObject *context,
                                              ProgressCallback progress,
                                              Callback<TransferProgress> done)
{
    struct State
    {
        int status = 0;
        QByteArray errorBody;
        ProgressStreamParser parser;
        TransferProgress progress;
    };
    auto state = std::make_shared<State>();
    QPointer<QObject> guard(context);
    connect(stream, &EngineStream::headReceived, stream,
            [state](const Http::HttpResponseHead &head) { state->status = head.status; });
    connect(stream, &EngineStream::bodyReceived, stream,
            [state, progress, guard](const QByteArray &data) {
                if (state->status < 200 || state->status > 299) {
                    if (state->errorBody.size() < ErrorBodyCap)
                        state->errorBody.append(data);
                    return;
                }
                const QList<ProgressMessage> messages = state->parser.feed(data);
                for (const ProgressMessage &message : messages)
                    state->progress.apply(message);
                if (!messages.isEmpty() && guard && progress)
                    progress(state->progress);
            });
    connect(
        stream, &EngineStream::finished, this, [state, done, guard](const Result<void> &result) {
            if (!guard)
                return;
            if (!result) {
                done(result.error());
                return;
            }
            if (state->status < 200 || state->status > 299) {
                done(EngineClient::errorFromResponse({state->status, {}, {}}, state->errorBody));
                return;
            }
            for (const ProgressMessage &message : state->parser.finish())
                state->progress.apply(message);
            if (state->parser.hasError()) {
                done(state->parser.error());
                return;
            }
            // A failure after the first line arrives inside the 200 as an error line.
            if (!state->progress.error().isEmpty()) {
                done(Error(ErrorKind::Remote, state->progress.error()));
                return;
            }
            done(state->progress);
        });
    return stream;
}

} // namespace Berth::Engine
