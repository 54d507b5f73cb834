// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobspec.h"

#include "base/enumnames.h"
#include "engine/engineimages.h"
#include "reference/imagereference.h"

#include <QCoreApplication>

namespace Berth::Jobs {

namespace {

class JobSpecText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Jobs::JobSpec)
};

constexpr EnumNames<JobKind, 14> names{{
    {JobKind::Pull, "pull"},
    {JobKind::Push, "push"},
    {JobKind::Retag, "retag"},
    {JobKind::Save, "save"},
    {JobKind::Load, "load"},
    {JobKind::RegistryCopy, "registry-copy"},
    {JobKind::RegistryRetag, "registry-retag"},
    {JobKind::RegistryDelete, "registry-delete"},
    {JobKind::Build, "build"},
    {JobKind::ContainerStop, "container-stop"},
    {JobKind::ContainerRemove, "container-remove"},
    {JobKind::HubDeleteTag, "hub-delete-tag"},
    {JobKind::ImageRemove, "image-remove"},
    {JobKind::ImagePrune, "image-prune"},
}};

// The default login of the reference's registry (its secret is asked for when the job starts).
LoginRef defaultLogin(const QString &reference)
{
    const auto parsed = Reference::ImageReference::parse(reference);
    return parsed ? LoginRef{parsed->domain(), {}} : LoginRef{};
}

QString registryKey(const QString &reference)
{
    const auto parsed = Reference::ImageReference::parse(reference);
    return parsed ? QStringLiteral("registry:") + parsed->domain() : QString();
}

} // namespace

QString kindName(JobKind kind)
{
    return enumName(names, kind);
}

std::optional<JobKind> kindFromName(const QString &name)
{
    return enumFromName(names, name);
}

QString JobSpec::title() const
{
    const QString first = references.value(0);
    switch (kind) {
    case JobKind::Pull:
        return platform.isEmpty() ? JobSpecText::tr("Pull %1").arg(first)
                                  : JobSpecText::tr("Pull %1 for %2").arg(first, platform);
    case JobKind::Push:
        return JobSpecText::tr("Push %1").arg(first);
    case JobKind::Retag:
        return JobSpecText::tr("Push %1 as %2").arg(first, references.value(1));
    case JobKind::Save:
        return references.size() == 1
                   ? JobSpecText::tr("Save %1 to %2").arg(first, filePath)
                   : JobSpecText::tr("Save %n images to %1", nullptr, int(references.size()))
                         .arg(filePath);
    case JobKind::Load:
        return JobSpecText::tr("Load %1").arg(filePath);
    case JobKind::RegistryCopy:
        return JobSpecText::tr("Copy %1 to %2").arg(first, references.value(1));
    case JobKind::RegistryRetag:
        return JobSpecText::tr("Tag %1 as %2 in the registry").arg(first, references.value(1));
    case JobKind::RegistryDelete:
        return JobSpecText::tr("Delete %1 from the registry").arg(first);
    case JobKind::HubDeleteTag:
        return JobSpecText::tr("Delete the tag %1 from Docker Hub").arg(first);
    case JobKind::Build:
        return first.isEmpty() ? JobSpecText::tr("Build %1").arg(filePath)
                               : JobSpecText::tr("Build %1 from %2").arg(first, filePath);
    case JobKind::ContainerStop:
        return JobSpecText::tr("Stop container %1").arg(references.value(1, first.left(12)));
    case JobKind::ContainerRemove:
        return JobSpecText::tr("Remove container %1").arg(references.value(1, first.left(12)));
    case JobKind::ImageRemove:
        return JobSpecText::tr("Remove %1").arg(first);
    case JobKind::ImagePrune:
        return JobSpecText::tr("Prune dangling images");
    }
    return {};
}

bool JobSpec::isRegistryKind() const
{
    return kind == JobKind::RegistryCopy || kind == JobKind::RegistryRetag ||
           kind == JobKind::RegistryDelete || kind == JobKind::HubDeleteTag;
}

QStringList JobSpec::limitKeys() const
{
    if (isRegistryKind()) {
        // No engine: the registries of both sides.
        QStringList keys;
        for (const QString &reference : references) {
            const QString key = registryKey(reference);
            if (!key.isEmpty() && !keys.contains(key))
                keys.append(key);
        }
        return keys;
    }
    QStringList keys{QStringLiteral("engine:") + endpoint.url()};
    QString registry;
    if (kind == JobKind::Pull || kind == JobKind::Push)
        registry = registryKey(references.value(0));
    else if (kind == JobKind::Retag)
        registry = registryKey(references.value(1));
    if (!registry.isEmpty())
        keys.append(registry);
    return keys;
}

std::optional<JobSpec> JobSpec::fromHistory(const HistoryEntry &entry,
                                            const Engine::EngineEndpoint &endpoint)
{
    const auto kind = kindFromName(entry.kind);
    // The history keeps neither a build's Dockerfile nor its arguments: no faithful rerun.
    if (!kind || *kind == JobKind::Build)
        return std::nullopt;
    JobSpec spec;
    spec.kind = *kind;
    spec.endpoint = endpoint;
    spec.references = entry.references;
    spec.platform = entry.platform;
    spec.filePath = entry.file;
    const qsizetype needed = spec.kind == JobKind::Retag || spec.kind == JobKind::RegistryCopy ||
                                     spec.kind == JobKind::RegistryRetag
                                 ? 2
                             : spec.kind == JobKind::Load || spec.kind == JobKind::ImagePrune ? 0
                                                                                              : 1;
    const bool needsFile = spec.kind == JobKind::Save || spec.kind == JobKind::Load;
    // A save to stdout or a load from stdin belonged to that process's pipe: no other
    // process can run it again.
    if (spec.references.size() < needed || (needsFile && spec.filePath.isEmpty()) ||
        (needsFile && Engine::EngineImages::isStandardStream(spec.filePath)))
        return std::nullopt;
    // The history keeps no login: the job run again names its registries' default logins,
    // so that what was signed in since (a refusal's sign-in, berthctl login) is used.
    if (spec.kind == JobKind::Retag)
        spec.login = defaultLogin(spec.references.value(1));
    else if (!needsFile && spec.kind != JobKind::ContainerStop &&
             spec.kind != JobKind::ContainerRemove && spec.kind != JobKind::ImageRemove &&
             spec.kind != JobKind::ImagePrune)
        spec.login = defaultLogin(spec.references.value(0));
    if (spec.kind == JobKind::RegistryCopy)
        spec.destinationLogin = defaultLogin(spec.references.value(1));
    return spec;
}

} // namespace Berth::Jobs
