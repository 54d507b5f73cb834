// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"
#include "cli/interrupt.h"
#include "cli/interruptiblewait.h"
#include "registry/registryclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// What berthctl's registry commands (catalog, tags, manifest, blob, copy, retag, delete) share:
// their options for one registry, its endpoint, credentials and retry policy, and a session that
// waits for the client while Ctrl-C cancels.
namespace Berth::Cli {

struct GlobalOptions;

class RegistryText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::RegistryCommand)
};

struct RegistryOptions
{
    QCommandLineOption username{{QStringLiteral("u"), QStringLiteral("username")},
                                RegistryText::tr("Registry user name."),
                                QStringLiteral("USER")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     RegistryText::tr("Read the password from stdin; without "
                                                      "it, -u asks on the terminal.")};
    QCommandLineOption insecure{
        QStringLiteral("insecure"),
        RegistryText::tr("Allow plain http and unverified TLS for this registry.")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              RegistryText::tr("Trust the CA certificates in FILE (PEM)."),
                              QStringLiteral("FILE")};
    QCommandLineOption certsDir{
        QStringLiteral("certs-dir"),
        RegistryText::tr("A certs.d folder as Docker reads it (<dir>/<host:port>/ca.crt, "
                         "client.cert, client.key)."),
        QStringLiteral("DIR")};
    QCommandLineOption json{QStringLiteral("json"), RegistryText::tr("Print the result as JSON.")};
    QCommandLineOption retries{
        QStringLiteral("retries"),
        RegistryText::tr("Retry a transient fault (reset, stall, 429, 502-504) at most N "
                         "times (default 4)."),
        QStringLiteral("N")};
    QCommandLineOption retryTimeout{
        QStringLiteral("retry-timeout"),
        RegistryText::tr("Start no retry later than SECS after the first try (default 10)."),
        QStringLiteral("SECS")};
};

// berthctl's retry policy: a script learns soon that a registry is gone. Nothing listening
// on the loopback fails at once; elsewhere the retries stop at a deadline.
std::optional<Registry::RetryPolicy> retryPolicyFor(const QCommandLineParser &parser,
                                                    const RegistryOptions &options,
                                                    const QString &program, const Console &console);

// The library says what happened; the command line knows the option that allows it. With
// --json (`reference` set), the failure is also a JSON line on stdout.
int reportFailure(const Error &error, const Console &console, const QString &reference = {});

std::optional<Registry::Credentials> readCredentials(const QCommandLineParser &parser,
                                                     const RegistryOptions &options,
                                                     const Console &console, int *exitCode);

std::optional<Registry::RegistryEndpoint>
endpointFor(const QString &domain, const QUrl &base, const QCommandLineParser &parser,
            const RegistryOptions &options, const GlobalOptions &global, const Console &console);
// The settings the options give (--insecure, --ca-file, --certs-dir, --timeout).
Registry::RegistryConfig registryConfig(const QCommandLineParser &parser,
                                        const RegistryOptions &options,
                                        const GlobalOptions &global);
// The same from a configuration the command assembled (copy's two sides).
std::optional<Registry::RegistryEndpoint> endpointFor(const QString &domain,
                                                      Registry::RegistryConfig config,
                                                      const GlobalOptions &global,
                                                      const Console &console);

// One registry, and a way to wait for an asynchronous result while Ctrl-C cancels it.
class RegistrySession final
{
public:
    RegistrySession(const Registry::RegistryEndpoint &endpoint,
                    const Registry::Credentials &credentials, const Registry::RetryPolicy &policy,
                    const Console &console)
        : m_client(new Registry::RegistryClient(endpoint, credentials, &m_context))
        , m_interrupt(new Interrupt(&m_context))
    {
        m_client->retryPolicy() = policy;
        report(m_client, console);
    }

    // A second registry under the same Ctrl-C (copy's destination).
    Registry::RegistryClient &addClient(const Registry::RegistryEndpoint &endpoint,
                                        const Registry::Credentials &credentials,
                                        const Registry::RetryPolicy &policy, const Console &console)
    {
        auto *client = new Registry::RegistryClient(endpoint, credentials, &m_context);
        client->retryPolicy() = policy;
        report(client, console);
        return *client;
    }

    Registry::RegistryClient &client() { return *m_client; }

    // Runs start(context, done) until done; Ctrl-C calls the cancel function start returned
    // and ends the wait at once.
    template<typename T, typename Start> Result<T> wait(Start start)
    {
        return interruptibleWait<T>(
            *m_interrupt, RegistryText::tr("cancelled"),
            [&start](QObject *context, std::function<void(const Result<T> &)> done) -> Canceller {
                std::function<void()> cancel = start(context, done);
                return [cancel] {
                    if (cancel)
                        cancel();
                    return false;
                };
            });
    }

    // Like wait(), but the cancel function reports the end through done itself (a copy deletes
    // its upload sessions first).
    template<typename T, typename Start> Result<T> waitForCancel(Start start)
    {
        return interruptibleWait<T>(
            *m_interrupt, RegistryText::tr("cancelled"),
            [&start](QObject *context, std::function<void(const Result<T> &)> done) -> Canceller {
                std::function<void()> cancel = start(context, done);
                return [cancel] {
                    cancel();
                    return true;
                };
            });
    }

private:
    void report(Registry::RegistryClient *client, const Console &console)
    {
        QObject::connect(
            client, &Registry::RegistryClient::retrying, &m_context,
            [&console, maxTries = client->retryPolicy().maxTries()](
                const QString &what, int nextTry, qint64 delayMs, const QString &reason) {
                console.err(RegistryText::tr("%1: %2; retrying in %3 s (try %4 of %5)\n")
                                .arg(what, reason)
                                .arg(static_cast<double>(delayMs) / 1000.0, 0, 'f', 1)
                                .arg(nextTry)
                                .arg(maxTries));
            });
        QObject::connect(client, &Registry::RegistryClient::warning, &m_context,
                         [&console](const QString &text) {
                             console.err(RegistryText::tr("warning: %1\n").arg(text));
                         });
    }

    QObject m_context;
    Registry::RegistryClient *m_client;
    Interrupt *m_interrupt;
};

} // namespace Berth::Cli
