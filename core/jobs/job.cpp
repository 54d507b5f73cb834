// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/job.h"

#include "build/buildcontextdevice.h"
#include "build/dockerfilecheck.h"
#include "engine/enginecontainers.h"
#include "engine/engineimages.h"
#include "engine/enginestream.h"
#include "engine/loginrefusal.h"
#include "jobs/registryjob.h"
#include "reference/imagereference.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Berth::Jobs {

using Engine::TransferProgress;
using Reference::ImageReference;

namespace {
constexpr qint64 ReportIntervalMs = 100; // at most 10 reports a second
}

Job::Job(QString id, JobSpec spec, Engine::EngineImages *images,
         std::shared_ptr<CredentialSource> credentials, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_spec(std::move(spec))
    , m_images(images)
    , m_credentials(std::move(credentials))
    , m_throttle(ReportIntervalMs)
{
    m_publishTimer.setSingleShot(true);
    connect(&m_publishTimer, &QTimer::timeout, this, &Job::publish);
}

void Job::start()
{
    m_clock.start();
    // A copy names two logins: the source's, then the destination's.
    findLoginThen(m_spec.login, &m_login, [this] {
        findLoginThen(m_spec.destinationLogin, &m_destinationLogin, [this] { run(); });
    });
}

void Job::findLoginThen(const LoginRef &login, Credentials *into, std::function<void()> next)
{
    if (login.registry.isEmpty() || !m_credentials) {
        next();
        return;
    }
    m_credentials->find(login, this,
                        [this, into, next = std::move(next)](const Result<Credentials> &found) {
                            if (m_cancelled)
                                finish(cancelledError());
                            else if (!found)
                                finish(found.error());
                            else {
                                *into = *found;
                                next();
                            }
                        });
}

Credentials Job::authFor(const QString &name) const
{
    Credentials auth = m_login;
    if (auth.isEmpty())
        return {};
    const auto reference = ImageReference::parse(name);
    // The daemon keys Docker Hub's credentials by its legacy index address.
    auth.serverAddress = reference && reference->domain() != ImageReference::defaultDomain()
                             ? reference->domain()
                             : QStringLiteral("https://index.docker.io/v1/");
    return auth;
}

void Job::run()
{
    switch (m_spec.kind) {
    case JobKind::Pull:
        startPull();
        break;
    case JobKind::Push:
        startPush(m_spec.references.value(0));
        break;
    case JobKind::Retag:
        startRetag();
        break;
    case JobKind::Save:
        startSave();
        break;
    case JobKind::Load:
        startLoad();
        break;
    case JobKind::RegistryCopy:
    case JobKind::RegistryRetag:
    case JobKind::RegistryDelete:
    case JobKind::HubDeleteTag:
        startRegistryJob();
        break;
    case JobKind::Build:
        startBuild();
        break;
    case JobKind::ContainerStop:
    case JobKind::ContainerRemove:
        startContainerJob();
        break;
    case JobKind::ImageRemove:
    case JobKind::ImagePrune:
        startImageChange();
        break;
    }
}

void Job::startImageChange()
{
    const auto fail = [this](const Error &error) {
        m_outcome.reachedEngine = error.kind() != ErrorKind::Unreachable;
        finish(m_cancelled ? cancelledError() : error);
    };
    if (m_spec.kind == JobKind::ImagePrune) {
        m_images->pruneDangling(this, [this, fail](const Result<Engine::PruneReport> &report) {
            if (!report) {
                fail(report.error());
                return;
            }
            m_outcome.reachedEngine = true;
            m_progress.bytesDone = report->spaceReclaimed;
            m_progress.bytesTotal = report->spaceReclaimed;
            m_outcome.output = report->deleted;
            publish();
            finish({});
        });
        return;
    }
    m_images->remove(m_spec.references.value(0), false, false, this,
                     [this, fail](const Result<Engine::RemovedImage> &removed) {
                         if (!removed) {
                             fail(removed.error());
                             return;
                         }
                         m_outcome.reachedEngine = true;
                         m_outcome.output = removed->untagged + removed->deleted;
                         finish({});
                     });
}

void Job::startContainerJob()
{
    auto *containers = new Engine::EngineContainers(m_images->client(), this);
    const QString id = m_spec.references.value(0);
    const auto done = [this, containers](const Result<void> &result) {
        containers->deleteLater();
        finish(m_cancelled ? Result<void>(cancelledError()) : result);
    };
    if (m_spec.kind == JobKind::ContainerStop)
        containers->stop(id, this, done);
    else
        containers->remove(id, true, this, done);
}

void Job::startRegistryJob()
{
    // No engine is involved: what a registry says counts as reached.
    m_outcome.reachedEngine = true;
    m_registryJob = new RegistryJob(m_spec, m_login, m_destinationLogin, this);
    m_registryJob->setCredentialSource(m_credentials);
    connect(m_registryJob, &RegistryJob::progressed, this,
            [this](const QList<Engine::LayerProgress> &blobs, qint64 done, qint64 total) {
                m_progress.layers = blobs;
                m_progress.bytesTotal = total;
                m_progress.etaSeconds = m_rate.etaSeconds(total);
                onBytes(done);
            });
    connect(m_registryJob, &RegistryJob::finished, this, [this](const Result<QString> &digest) {
        if (!digest) {
            finish(m_cancelled ? cancelledError() : digest.error());
            return;
        }
        m_outcome.digest = digest.value();
        finish({});
    });
    m_registryJob->start();
}

void Job::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_registryJob)
        m_registryJob->cancel(); // its end reports the cancel
    if (m_stream)
        m_stream->cancel(); // the stream's end reports the cancel
    // Otherwise a short API call is under way; its answer sees m_cancelled.
}

Error Job::cancelledError() const
{
    return Error(ErrorKind::Cancelled, tr("cancelled"));
}

void Job::startPull()
{
    const auto reference = ImageReference::parse(m_spec.references.value(0));
    if (!reference) {
        finish(reference.error());
        return;
    }
    watch(m_images->pull(
        *reference, m_spec.platform, authFor(m_spec.references.value(0)), this,
        [this](const TransferProgress &transfer) { onTransfer(transfer); },
        [this](const Result<TransferProgress> &result) { endTransfer(result); }));
}

void Job::startPush(const QString &name)
{
    const auto reference = ImageReference::parse(name);
    if (!reference) {
        undoThenFail(reference.error());
        return;
    }
    if (m_cancelled) {
        undoThenFail(cancelledError());
        return;
    }
    watch(m_images->push(
        *reference, authFor(name), this,
        [this](const TransferProgress &transfer) { onTransfer(transfer); },
        [this](const Result<TransferProgress> &result) { endTransfer(result); }));
}

void Job::startRetag()
{
    const auto target = ImageReference::parse(m_spec.references.value(1));
    if (!target) {
        finish(target.error());
        return;
    }
    if (target->hasDigest()) {
        finish(Error(ErrorKind::Invalid,
                     tr("a tag target cannot name a digest: %1").arg(m_spec.references.value(1))));
        return;
    }
    // What the target names now, so that a failed or cancelled job can put it back.
    m_images->inspect(target->normalized(), this, [this](const Result<QJsonObject> &result) {
        m_outcome.reachedEngine = result.ok() || result.error().kind() != ErrorKind::Unreachable;
        if (m_cancelled)
            finish(cancelledError());
        else if (result)
            tagForRetag(result->value(QLatin1StringView("Id")).toString());
        else if (result.error().kind() == ErrorKind::NotFound)
            tagForRetag(QString());
        else
            finish(result.error());
    });
}

void Job::tagForRetag(const QString &previousId)
{
    const auto target = ImageReference::parse(m_spec.references.value(1));
    m_images->tag(m_spec.references.value(0), *target, this,
                  [this, previousId](const Result<void> &result) {
                      if (!result) {
                          finish(result.error());
                          return;
                      }
                      m_targetBefore = previousId;
                      startPush(m_spec.references.value(1));
                  });
}

void Job::startSave()
{
    watch(m_images->save(
        m_spec.references, m_spec.filePath, this, [this](qint64 bytes) { onBytes(bytes); },
        [this](const Result<qint64> &result) {
            if (result) {
                m_outcome.output = {m_spec.filePath};
                finish({});
            } else {
                finish(m_cancelled ? cancelledError() : result.error());
            }
        }));
}

void Job::startLoad()
{
    watch(m_images->load(
        m_spec.filePath, this, [this](const TransferProgress &transfer) { onTransfer(transfer); },
        [this](const Result<TransferProgress> &result) { endTransfer(result); }));
}

// Everything that can be refused is refused before a byte of the context goes: a Dockerfile
// that needs BuildKit, a .dockerignore that cannot be read.
void Job::startBuild()
{
    const Engine::BuildOptions &options = m_spec.build;
    const QDir root(options.contextDirectory);
    if (!root.exists()) {
        finish(Error(ErrorKind::Invalid,
                     tr("the build context %1 is not a folder").arg(options.contextDirectory)));
        return;
    }
    QFile dockerfile(root.filePath(options.dockerfile));
    if (!dockerfile.open(QIODevice::ReadOnly)) {
        finish(
            Error(ErrorKind::Invalid,
                  tr("cannot read %1: %2").arg(dockerfile.fileName(), dockerfile.errorString())));
        return;
    }
    const QString dockerfileText = QString::fromUtf8(dockerfile.readAll());
    if (const auto feature = Build::DockerfileCheck::buildKitFeature(dockerfileText)) {
        finish(Error(ErrorKind::Invalid, Build::DockerfileCheck::refusal(*feature)));
        return;
    }
    QFile ignoreFile(root.filePath(QStringLiteral(".dockerignore")));
    QByteArray ignoreText;
    if (ignoreFile.exists()) {
        if (!ignoreFile.open(QIODevice::ReadOnly)) {
            finish(Error(
                ErrorKind::Io,
                tr("cannot read %1: %2").arg(ignoreFile.fileName(), ignoreFile.errorString())));
            return;
        }
        ignoreText = ignoreFile.readAll();
    }
    auto ignore = Build::DockerIgnore::parse(ignoreText);
    if (!ignore) {
        finish(ignore.error());
        return;
    }
    // The daemon needs both, whatever the patterns say.
    ignore.value().keep(QStringLiteral(".dockerignore"));
    ignore.value().keep(QDir::cleanPath(options.dockerfile));
    auto *context = new Build::BuildContextDevice(root.absolutePath(), *ignore, this);
    context->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_buildContext = context;
    // The default login of each base image's registry, when there is a store to ask.
    if (m_credentials) {
        for (const QString &image : Build::DockerfileCheck::baseImages(dockerfileText)) {
            const auto reference = ImageReference::parse(image);
            if (reference && !m_buildRegistries.contains(reference->domain()))
                m_buildRegistries.append(reference->domain());
        }
    }
    // Sized once: each login's secret is found into its own place.
    m_buildLogins.resize(m_buildRegistries.size());
    findBuildLoginsThen(0);
}

void Job::findBuildLoginsThen(qsizetype index)
{
    if (index >= m_buildRegistries.size()) {
        sendBuild();
        return;
    }
    const LoginRef login{m_buildRegistries.at(index), {}};
    findLoginThen(login, &m_buildLogins[index], [this, index] {
        // The daemon keys Docker Hub's login by its legacy index address.
        const QString registry = m_buildRegistries.at(index);
        m_buildLogins[index].serverAddress = registry == ImageReference::defaultDomain()
                                                 ? QStringLiteral("https://index.docker.io/v1/")
                                                 : registry;
        findBuildLoginsThen(index + 1);
    });
}

void Job::sendBuild()
{
    if (m_cancelled) {
        finish(cancelledError());
        return;
    }
    m_buildLogins.removeIf([](const Credentials &login) { return login.isEmpty(); });
    watch(m_images->build(
        m_spec.build, m_buildContext, m_buildLogins, this,
        [this](const TransferProgress &transfer) { onTransfer(transfer); },
        [this](const Result<TransferProgress> &result) {
            m_buildLogins.clear(); // the secrets go as soon as the daemon has them
            auto *context = qobject_cast<Build::BuildContextDevice *>(m_buildContext);
            if (!result && context && context->failed())
                endTransfer(Error(ErrorKind::Io, context->errorString()));
            else
                endTransfer(result);
        }));
}

void Job::watch(Engine::EngineStream *stream)
{
    if (m_finished || !stream || stream->isFinished())
        return;
    m_stream = stream;
    connect(stream, &Engine::EngineStream::headReceived, this,
            [this] { m_outcome.reachedEngine = true; });
}

// The one reshaping on the worker thread: the engine's fold of the stream becomes what
// the window and berthctl show, with speed and time left added. The layer list is shared,
// not copied; the throttle then decides how often it crosses to the queue's thread.
void Job::onTransfer(const TransferProgress &transfer)
{
    m_progress.layers = transfer.layers();
    m_progress.bytesDone = transfer.bytesDone();
    m_progress.bytesTotal = transfer.bytesTotal();
    m_progress.status =
        transfer.retryNotice().isEmpty() ? transfer.status() : transfer.retryNotice();
    if (m_spec.kind == JobKind::Build) {
        m_progress.log = transfer.streamLines();
        // What went to the daemon: the context's size, after .dockerignore.
        if (auto *context = qobject_cast<Build::BuildContextDevice *>(m_buildContext))
            m_progress.bytesDone = context->bytesSent();
        m_progress.status = m_progress.log.value(m_progress.log.size() - 1);
    }
    m_rate.add(m_clock.elapsed(), m_progress.bytesDone);
    m_progress.bytesPerSecond = m_rate.bytesPerSecond();
    m_progress.etaSeconds = m_rate.etaSeconds(m_progress.bytesTotal);
    publishSoon();
}

void Job::onBytes(qint64 bytes)
{
    m_progress.bytesDone = bytes;
    m_rate.add(m_clock.elapsed(), bytes);
    m_progress.bytesPerSecond = m_rate.bytesPerSecond();
    publishSoon();
}

void Job::publishSoon()
{
    const qint64 delay = m_throttle.delayFor(m_clock.elapsed());
    if (delay == 0)
        publish();
    else if (!m_publishTimer.isActive())
        m_publishTimer.start(int(delay));
}

void Job::publish()
{
    m_publishTimer.stop();
    m_throttle.reported(m_clock.elapsed());
    Q_EMIT progressed(m_id, m_progress);
}

void Job::endTransfer(const Result<TransferProgress> &result)
{
    m_stream = nullptr;
    if (result) {
        TransferProgress ended = *result;
        ended.finishLayers();
        onTransfer(ended);
        m_outcome.digest = ended.digest();
        m_outcome.output = ended.streamLines();
        if (m_spec.kind == JobKind::Build) {
            // The whole log stays in the progress; the history keeps what was made.
            m_outcome.digest = ended.imageId();
            m_outcome.output = ended.streamLines().filter(
                QRegularExpression(QStringLiteral("^Successfully (built|tagged) ")));
        }
        // A load's last word is what it loaded ("Loaded image: app:1"), not its last layer.
        if (!m_outcome.output.isEmpty())
            m_progress.status = m_outcome.output.join(u'\n');
        finish({});
        return;
    }
    if (m_cancelled)
        undoThenFail(cancelledError());
    else if (mayRenewLogin(result.error()))
        renewLoginThenTransferAgain(result.error());
    else
        undoThenFail(result.error());
}

// Only a pull or push that was given a secret, refused for it, and not yet renewed: a
// wrong password stays wrong, and one renewal per job bounds the attempts.
bool Job::mayRenewLogin(const Error &error) const
{
    const bool transfer = m_spec.kind == JobKind::Pull || m_spec.kind == JobKind::Push ||
                          m_spec.kind == JobKind::Retag;
    return transfer && m_credentials && !m_loginRenewed && !m_spec.login.registry.isEmpty() &&
           !m_login.isEmpty() && Engine::isLoginRefusal(error.message());
}

// The daemon made the refused request, so Berth cannot repeat just that one: the transfer
// runs again with the new secret, and the daemon skips the layers already there
// (docs/aws.md). A source that makes no fresh secrets gives the same one back: the refusal
// stands.
void Job::renewLoginThenTransferAgain(const Error &refusal)
{
    m_loginRenewed = true;
    m_credentials->renew(
        m_spec.login, m_login, this, [this, refusal](const Result<Credentials> &renewed) {
            if (m_cancelled) {
                undoThenFail(cancelledError());
                return;
            }
            if (!renewed) {
                undoThenFail(
                    Error(refusal.kind(), tr("%1; and no new login could be had: %2")
                                              .arg(refusal.message(), renewed.error().message())));
                return;
            }
            const bool same = renewed->username == m_login.username &&
                              renewed->password == m_login.password &&
                              renewed->identityToken == m_login.identityToken;
            if (renewed->isEmpty() || same) {
                undoThenFail(refusal);
                return;
            }
            m_login = *renewed;
            m_progress.status = tr("The registry refused the login (its token lapsed): trying "
                                   "again with a new one; layers already there are skipped");
            publish();
            if (m_spec.kind == JobKind::Pull)
                startPull();
            else
                startPush(m_spec.references.value(m_spec.kind == JobKind::Retag ? 1 : 0));
        });
}

void Job::undoThenFail(const Error &error)
{
    if (!m_targetBefore) {
        finish(error);
        return;
    }
    const QString previous = *m_targetBefore;
    m_targetBefore.reset();
    const QString target = m_spec.references.value(1);
    const auto reportUndo = [this, error, target](const Result<void> &undone) {
        if (undone)
            finish(error);
        else
            finish(
                Error(error.kind(), tr("%1; and %2 could not be put back: %3")
                                        .arg(error.message(), target, undone.error().message())));
    };
    if (previous.isEmpty()) {
        // noPrune: the untag must never delete the image the tag pointed at.
        m_images->remove(target, false, true, this,
                         [reportUndo](const Result<Engine::RemovedImage> &removed) {
                             reportUndo(removed ? Result<void>() : Result<void>(removed.error()));
                         });
    } else {
        m_images->tag(previous, *ImageReference::parse(target), this, reportUndo);
    }
}

void Job::finish(Result<void> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_publishTimer.stop();
    if (result.ok() || result.error().kind() != ErrorKind::Unreachable)
        m_outcome.reachedEngine = true;
    Q_EMIT progressed(m_id, m_progress); // the final state, whatever the throttle says
    m_outcome.result = std::move(result);
    Q_EMIT finished(m_id, m_outcome);
}

} // namespace Berth::Jobs
