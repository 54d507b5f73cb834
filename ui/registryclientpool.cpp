// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registryclientpool.h"

#include "credentials/registrykey.h"
#include "registry/registryclient.h"
#include "ui/registrysettings.h"

#include <QPointer>

namespace Berth::Ui {

RegistryClientPool::RegistryClientPool(std::shared_ptr<CredentialSource> credentials,
                                       std::shared_ptr<const RegistrySettings> settings,
                                       QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_settings(std::move(settings))
{}

void RegistryClientPool::clientFor(const QString &domain, QObject *context, Done done)
{
    auto guarded = [guard = QPointer<QObject>(context),
                    done = std::move(done)](const Result<Registry::RegistryClient *> &result) {
        if (guard)
            done(result);
    };
    if (auto *client = m_clients.value(domain)) {
        guarded(client);
        return;
    }
    auto &waiting = m_waiting[domain];
    waiting.append(std::move(guarded));
    if (waiting.size() > 1)
        return; // a lookup for this registry is on its way
    const auto answer = [this, domain](const Result<Registry::RegistryClient *> &result) {
        const auto callbacks = m_waiting.take(domain);
        for (const auto &callback : callbacks)
            callback(result);
    };
    const auto found = [this, domain, answer](const Result<Credentials> &credentials) {
        if (!credentials) {
            answer(credentials.error());
            return;
        }
        const auto endpoint = Registry::RegistryEndpoint::resolve(
            domain, m_settings ? m_settings->configFor(domain) : Registry::RegistryConfig());
        if (!endpoint) {
            answer(endpoint.error());
            return;
        }
        auto *client = new Registry::RegistryClient(*endpoint, *credentials, this);
        m_clients.insert(domain, client);
        m_users.insert(domain, credentials->username);
        answer(client);
    };
    if (!m_credentials) {
        found(Credentials{});
        return;
    }
    m_credentials->find(LoginRef{Auth::RegistryKey::of(domain), {}}, this, found);
}

void RegistryClientPool::forget(const QString &domain)
{
    if (auto *client = m_clients.take(domain))
        client->deleteLater();
    m_users.remove(domain);
}

} // namespace Berth::Ui
