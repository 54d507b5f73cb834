// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "base/result.h"
#include "registry/registryconfig.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Berth::Registry {
class RegistryClient;
}

namespace Berth::Ui {

// What the Details pane's remote loaders start with: the reference parsed, its registry's
// endpoint resolved with config, the stored login read (anonymous without credentials), then
// a client made under context whose retries fail fast on a refused loopback registry:
// someone is waiting for the pane. done gets the client, or the message of what failed.
class RegistryClientStarter final
{
    // The strings were RemoteDetailsLoader's first: their translations keep its context.
    Q_DECLARE_TR_FUNCTIONS(Berth::Ui::RemoteDetailsLoader)

public:
    using Done = std::function<void(const Result<Registry::RegistryClient *> &client)>;

    static void start(const QString &reference,
                      const std::shared_ptr<CredentialSource> &credentials,
                      const Registry::RegistryConfig &config, QObject *context, Done done);
};

} // namespace Berth::Ui
