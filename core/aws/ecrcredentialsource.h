// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awscredentialchain.h"
#include "aws/ecrregistryhost.h"
#include "aws/ecrtokencache.h"
#include "base/credentialsource.h"

#include <QProcessEnvironment>
#include <QThreadPool>

#include <memory>

namespace Berth::Aws {

// Registry logins for ECR registry hosts, fetched by themselves (docs/aws.md): for a login
// whose registry is an ECR host (EcrRegistryHost::forRegistry), the AWS credentials come
// from the chain (the environment, the files, then Berth's AWS accounts) with the host's
// region, the token from GetAuthorizationToken through the token cache (memory only, fetched
// again after half its life), and the answer is user AWS with the token's password. Every
// other registry, and an ECR host when no AWS credentials exist anywhere, is asked of the
// source it wraps. The chain and the API call run on a lookup thread of their own, so
// find() never blocks its caller (the window's GUI thread included). Thread-safe.
class EcrCredentialSource final : public CredentialSource
{
public:
    struct Options
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        KeptAwsAccount keptAccount; // Berth's AWS accounts; empty: not asked
    };

    // `inner` may be null: anonymous for every other registry.
    EcrCredentialSource(std::shared_ptr<CredentialSource> inner, Options options,
                        std::shared_ptr<EcrTokenCache> cache = std::make_shared<EcrTokenCache>());
    // Waits for lookups in flight; their answers are dropped.
    ~EcrCredentialSource() override;

    void find(const LoginRef &login, QObject *context, Done done) override;
    // For an ECR host: the refused token leaves the cache (unless another lookup replaced it
    // already), and a new one is fetched.
    void renew(const LoginRef &login, const Credentials &refused, QObject *context,
               Done done) override;

private:
    // On the lookup thread: the registry login for the host, or an error; NotFound when no
    // AWS credentials exist anywhere (the wrapped source is asked then).
    Result<Credentials> tokenFor(const EcrRegistryHost &host);

    std::shared_ptr<CredentialSource> m_inner;
    Options m_options;
    std::shared_ptr<EcrTokenCache> m_cache;
    // One lookup at a time: jobs that start together for one registry make one API call, the
    // later ones finding the first one's token in the cache. Last: destroyed (and waited
    // for) first.
    QThreadPool m_lookups;
};

} // namespace Berth::Aws
