// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/registrysession.h"

#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/jsonfailure.h"
#include "cli/passwordinput.h"
#include "registry/registryrequest.h"

namespace Berth::Cli {

using namespace Berth::Registry;

// berthctl's retry policy: a script learns soon that a registry is gone. Nothing listening
// on the loopback fails at once; elsewhere the retries stop at a deadline.
std::optional<RetryPolicy> retryPolicyFor(const QCommandLineParser &parser,
                                          const RegistryOptions &options, const QString &program,
                                          const Console &console)
{
    RetryPolicy policy;
    policy.setFailFastOnLoopbackRefusal(true);
    bool ok = true;
    const int retries =
        parser.isSet(options.retries) ? parser.value(options.retries).toInt(&ok) : 4;
    if (!ok || retries < 0) {
        console.err(usageError(program, RegistryText::tr("--retries takes a whole number")));
        return std::nullopt;
    }
    const int seconds =
        parser.isSet(options.retryTimeout) ? parser.value(options.retryTimeout).toInt(&ok) : 10;
    if (!ok || seconds <= 0) {
        console.err(
            usageError(program, RegistryText::tr("--retry-timeout takes a whole number above 0")));
        return std::nullopt;
    }
    policy.setMaxTries(retries + 1);
    policy.setDeadline(std::chrono::seconds(seconds));
    return policy;
}

// The library says what happened; the command line knows the option that allows it. With
// --json (`reference` set), the failure is also a JSON line on stdout.
int reportFailure(const Error &error, const Console &console, const QString &reference)
{
    const Error shown =
        error.message().endsWith(RegistryRequest::plainHttpAnswerText())
            ? Error(error.kind(),
                    error.message() + RegistryText::tr(": use --insecure if you trust it"))
            : error;
    if (!reference.isEmpty())
        console.out(jsonFailureLine(reference, shown.message()));
    return reportRegistryError(shown, console);
}

std::optional<Credentials> readCredentials(const QCommandLineParser &parser,
                                           const RegistryOptions &options, const Console &console,
                                           int *exitCode)
{
    const auto login =
        PasswordInput::read(parser.isSet(options.username), parser.value(options.username),
                            parser.isSet(options.passwordStdin), console, exitCode);
    if (!login)
        return std::nullopt;
    Credentials credentials;
    credentials.username = login->username;
    credentials.password = login->password;
    return credentials;
}

std::optional<RegistryEndpoint> endpointFor(const QString &domain, const QUrl &base,
                                            const QCommandLineParser &parser,
                                            const RegistryOptions &options,
                                            const GlobalOptions &global, const Console &console)
{
    RegistryConfig config = registryConfig(parser, options, global);
    config.endpointOverride = base;
    return endpointFor(domain, config, global, console);
}

RegistryConfig registryConfig(const QCommandLineParser &parser, const RegistryOptions &options,
                              const GlobalOptions &global)
{
    RegistryConfig config;
    config.insecure = parser.isSet(options.insecure);
    config.caFile = parser.value(options.caFile);
    config.certsDirRoot = parser.value(options.certsDir);
    if (global.timeoutSeconds > 0)
        config.idleTimeoutMs = global.timeoutSeconds * 1000;
    return config;
}

std::optional<RegistryEndpoint> endpointFor(const QString &domain, RegistryConfig config,
                                            const GlobalOptions &global, const Console &console)
{
    if (global.timeoutSeconds > 0)
        config.idleTimeoutMs = global.timeoutSeconds * 1000;
    const auto endpoint = RegistryEndpoint::resolve(domain, config);
    if (!endpoint) {
        console.err(QStringLiteral("berthctl: ") + endpoint.error().message() + u'\n');
        return std::nullopt;
    }
    return *endpoint;
}

} // namespace Berth::Cli
