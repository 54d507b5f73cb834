// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/driftchecker.h"

#include "reference/imagereference.h"
#include "registry/driftprobe.h"
#include "registry/registryclient.h"
#include "ui/registryclientpool.h"

namespace Berth::Ui {

using Registry::RemoteTagAnswer;

DriftChecker::DriftChecker(RegistryClientPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{}

void DriftChecker::check(const QStringList &references)
{
    QMetaObject::invokeMethod(
        this, [this, references] { checkHere(references); }, Qt::QueuedConnection);
}

void DriftChecker::checkHere(const QStringList &references)
{
    QStringList domains;
    for (const QString &text : references) {
        if (m_asked.contains(text))
            continue;
        const auto reference = Reference::ImageReference::parse(text);
        if (!reference || !reference->hasTag() || reference->hasDigest()) {
            RemoteTagAnswer answer;
            answer.reason =
                reference ? tr("%1 names no tag").arg(text) : reference.error().message();
            Q_EMIT answered(text, answer);
            continue;
        }
        const QString domain = reference->domain();
        m_asked.insert(text);
        m_hosts[domain].queue.append(text);
        if (!domains.contains(domain))
            domains.append(domain);
    }
    for (const QString &domain : std::as_const(domains))
        pump(domain);
}

void DriftChecker::pump(const QString &domain)
{
    Host &host = m_hosts[domain];
    while (host.running < InFlightPerHost && !host.queue.isEmpty()) {
        const QString text = host.queue.takeFirst();
        ++host.running;
        const auto done = [this, domain, text](const RemoteTagAnswer &answer) {
            --m_hosts[domain].running;
            finish(text, answer);
            pump(domain);
        };
        // The pool's client each time, never kept: a Retry in the Sources tree replaces it.
        m_pool->clientFor(
            domain, this, [this, text, done](const Result<Registry::RegistryClient *> &client) {
                if (!client) {
                    // No client (the stored login unreadable): unknown for now.
                    done({RemoteTagAnswer::Kind::Unanswered, {}, client.error().message()});
                    return;
                }
                Registry::DriftProbe::ask(*client, *Reference::ImageReference::parse(text), this,
                                          done);
            });
    }
}

void DriftChecker::finish(const QString &reference, const RemoteTagAnswer &answer)
{
    m_asked.remove(reference);
    Q_EMIT answered(reference, answer);
}

} // namespace Berth::Ui
