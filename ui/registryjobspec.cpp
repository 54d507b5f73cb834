// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registryjobspec.h"

#include "reference/imagereference.h"
#include "ui/registrysettings.h"

namespace Berth::Ui {

namespace {

QString domainOf(const QString &reference)
{
    const auto parsed = Reference::ImageReference::parse(reference);
    return parsed ? parsed->domain() : QString();
}

Registry::RegistryConfig configOf(const QString &reference, const RegistrySettings *settings)
{
    const QString domain = domainOf(reference);
    return settings && !domain.isEmpty() ? settings->configFor(domain) : Registry::RegistryConfig();
}

} // namespace

Jobs::JobSpec RegistryJobSpec::make(Jobs::JobKind kind, const Engine::EngineEndpoint &endpoint,
                                    const QString &source, const QString &target,
                                    const RegistrySettings *settings)
{
    Jobs::JobSpec spec;
    spec.kind = kind;
    spec.endpoint = endpoint;
    spec.references = {source, target};
    spec.login = {domainOf(source), {}};
    if (kind == Jobs::JobKind::RegistryCopy)
        spec.destinationLogin = {domainOf(target), {}};
    applySettings(spec, settings);
    return spec;
}

void RegistryJobSpec::applySettings(Jobs::JobSpec &spec, const RegistrySettings *settings)
{
    switch (spec.kind) {
    case Jobs::JobKind::RegistryCopy:
        spec.destinationRegistry = configOf(spec.references.value(1), settings);
        [[fallthrough]];
    case Jobs::JobKind::RegistryRetag:
    case Jobs::JobKind::RegistryDelete:
        // A retag and a delete stay in the source's registry.
        spec.sourceRegistry = configOf(spec.references.value(0), settings);
        break;
    default:
        break;
    }
}

} // namespace Berth::Ui
