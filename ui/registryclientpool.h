// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "base/result.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Berth::Registry {
class RegistryClient;
}

namespace Berth::Ui {

class RegistrySettings;

// The browsing side's registry clients, one per registry, each with the registry's stored
// login (anonymous when there is none), found once when the registry is first asked. Lives on
// the browsing thread, as do the loaders that use it.
class RegistryClientPool final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<Registry::RegistryClient *> &)>;

    // settings: the TLS files, insecure opt-in and mirror of each registry (null: defaults).
    explicit RegistryClientPool(std::shared_ptr<CredentialSource> credentials,
                                std::shared_ptr<const RegistrySettings> settings = {},
                                QObject *parent = nullptr);

    // Calls done on this thread once the registry's client exists, unless context is gone.
    void clientFor(const QString &domain, QObject *context, Done done);
    // The user the registry's client signs in as, empty for anonymous.
    QString userOf(const QString &domain) const { return m_users.value(domain); }
    // The next clientFor() asks for the login again (a Retry after a refusal).
    void forget(const QString &domain);

private:
    std::shared_ptr<CredentialSource> m_credentials;
    std::shared_ptr<const RegistrySettings> m_settings;
    QHash<QString, Registry::RegistryClient *> m_clients;
    QHash<QString, QString> m_users;
    QHash<QString, QList<std::function<void(const Result<Registry::RegistryClient *> &)>>>
        m_waiting;
};

} // namespace Berth::Ui
