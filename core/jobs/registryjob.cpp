// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/registryjob.h"

#include "hub/hubclient.h"
#include "reference/imagereference.h"
#include "registry/registryclient.h"
#include "registry/registrycopy.h"

namespace Berth::Jobs {

using Reference::ImageReference;
using namespace Berth::Registry;

RegistryJob::RegistryJob(JobSpec spec, Credentials source, Credentials destination, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_source(std::move(source))
    , m_destination(std::move(destination))
{}

Result<RegistryClient *> RegistryJob::clientFor(const QString &domain, const RegistryConfig &config,
                                                const Credentials &credentials,
                                                const LoginRef &login)
{
    const auto endpoint = RegistryEndpoint::resolve(domain, config);
    if (!endpoint)
        return endpoint.error();
    auto *client = new RegistryClient(*endpoint, credentials, this);
    client->retryPolicy() = m_spec.registryRetry;
    if (m_credentialSource && !login.registry.isEmpty() && !credentials.isEmpty()) {
        client->authenticator().setRenewal(
            [source = m_credentialSource, login, client](const Credentials &refused, auto done) {
                source->renew(login, refused, client, std::move(done));
            });
    }
    return client;
}

void RegistryJob::start()
{
    if (m_spec.kind == JobKind::RegistryDelete)
        startDelete();
    else if (m_spec.kind == JobKind::HubDeleteTag)
        startHubDelete();
    else
        startCopy();
}

void RegistryJob::startCopy()
{
    const auto from = ImageReference::parse(m_spec.references.value(0));
    const auto to = ImageReference::parse(m_spec.references.value(1));
    if (!from || !to) {
        Q_EMIT finished(!from ? from.error() : to.error());
        return;
    }
    const auto source = clientFor(from->domain(), m_spec.sourceRegistry, m_source, m_spec.login);
    if (!source) {
        Q_EMIT finished(source.error());
        return;
    }
    // One client for one registry and one login: a mount then needs one token for both
    // repositories.
    const bool sameLogin =
        m_spec.kind == JobKind::RegistryRetag ||
        (from->domain() == to->domain() && m_source.username == m_destination.username &&
         m_source.password == m_destination.password);
    const auto destination = sameLogin ? source
                                       : clientFor(to->domain(), m_spec.destinationRegistry,
                                                   m_destination, m_spec.destinationLogin);
    if (!destination) {
        Q_EMIT finished(destination.error());
        return;
    }
    RegistryCopy::Options options;
    options.platform = Platform::parse(m_spec.platform);
    options.parallelBlobs = m_spec.parallelBlobs;
    m_copy = new RegistryCopy(*source, *from, *destination, *to, options, this);
    connect(m_copy, &RegistryCopy::planned, this, [this](int, qint64 bytes) { m_total = bytes; });
    connect(m_copy, &RegistryCopy::blobProgress, this,
            [this](const QString &digest, qint64 sent, qint64 total) {
                onBlob(digest, sent, total, tr("Copying"), false);
            });
    connect(m_copy, &RegistryCopy::blobFinished, this,
            [this](const QString &digest, qint64 size, RegistryCopy::BlobOutcome outcome) {
                onBlob(digest, size, size,
                       outcome == RegistryCopy::BlobOutcome::Present   ? tr("Already there")
                       : outcome == RegistryCopy::BlobOutcome::Mounted ? tr("Mounted")
                                                                       : tr("Copied"),
                       true);
            });
    connect(m_copy, &RegistryCopy::restarting, this,
            [this](const QString &digest, const QString &) {
                onBlob(digest, 0, -1, tr("Sending again"), false);
            });
    connect(m_copy, &RegistryCopy::finished, this, &RegistryJob::finished);
    m_copy->start();
}

void RegistryJob::onBlob(const QString &digest, qint64 done, qint64 total, const QString &state,
                         bool finished)
{
    const QString id = digest.mid(7, 12);
    auto it = std::find_if(m_blobs.begin(), m_blobs.end(),
                           [&id](const Engine::LayerProgress &b) { return b.id == id; });
    if (it == m_blobs.end()) {
        m_blobs.append(Engine::LayerProgress{id, state, done, total, finished});
    } else {
        it->state = state;
        it->current = done;
        if (total >= 0)
            it->total = total;
        it->done = finished;
    }
    qint64 bytes = 0;
    for (const auto &b : std::as_const(m_blobs))
        bytes += b.current;
    Q_EMIT progressed(m_blobs, bytes, m_total > 0 ? m_total : -1);
}

void RegistryJob::startDelete()
{
    const auto reference = ImageReference::parse(m_spec.references.value(0));
    if (!reference) {
        Q_EMIT finished(reference.error());
        return;
    }
    const auto client =
        clientFor(reference->domain(), m_spec.sourceRegistry, m_source, m_spec.login);
    if (!client) {
        Q_EMIT finished(client.error());
        return;
    }
    const QString ref = reference->hasDigest() ? reference->digest() : reference->tag();
    (*client)->deleteManifest(reference->path(), ref, this,
                              [this, ref](const Result<bool> &deleted) {
                                  if (m_cancelled)
                                      return;
                                  if (!deleted)
                                      Q_EMIT finished(deleted.error());
                                  else
                                      Q_EMIT finished(ref);
                              });
}

void RegistryJob::startHubDelete()
{
    const QString target = m_spec.references.value(0);
    const qsizetype colon = target.lastIndexOf(u':');
    if (colon <= 0 || m_source.username.isEmpty() || m_source.password.isEmpty()) {
        Q_EMIT finished(Error(colon <= 0 ? ErrorKind::Invalid : ErrorKind::PermissionDenied,
                              colon <= 0 ? tr("%1 names no tag").arg(target)
                                         : tr("deleting a tag on Docker Hub needs a Docker Hub "
                                              "login")));
        return;
    }
    auto *hub = new Hub::HubClient(Hub::HubClient::defaultBaseUrl(), this);
    hub->retryPolicy() = m_spec.registryRetry;
    const QString repository = target.left(colon);
    const QString tag = target.mid(colon + 1);
    hub->signIn(m_source.username, m_source.password,
                [this, hub, repository, tag](const Result<bool> &signedIn) {
                    if (m_cancelled)
                        return;
                    if (!signedIn)
                        return Q_EMIT finished(signedIn.error());
                    hub->deleteTag(repository, tag, [this, tag](const Result<bool> &deleted) {
                        if (m_cancelled)
                            return;
                        if (!deleted)
                            Q_EMIT finished(deleted.error());
                        else
                            Q_EMIT finished(tag);
                    });
                });
}

void RegistryJob::cancel()
{
    if (m_copy) {
        m_copy->cancel();
        return;
    }
    m_cancelled = true;
    Q_EMIT finished(Error(ErrorKind::Cancelled, tr("cancelled")));
}

} // namespace Berth::Jobs
