// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dropplanner.h"

#include "credentials/registrykey.h"
#include "reference/imagereference.h"

#include <QFileInfo>

namespace Berth::Ui {

using Reference::ImageReference;

DropPlanner::DropPlanner(Context context)
    : m_context(std::move(context))
{}

DropPlan DropPlanner::refused(const QString &reason)
{
    DropPlan plan;
    plan.description = reason;
    return plan;
}

QString DropPlanner::engineName(const DropTarget &target)
{
    return target.label.isEmpty() ? target.source : target.label;
}

bool DropPlanner::isReadOnly(const QString &domain)
{
    // Vendors' public registries: anyone pulls, nobody pushes with a registry login.
    static const QStringList pullOnly{QStringLiteral("mcr.microsoft.com"),
                                      QStringLiteral("registry.k8s.io"),
                                      QStringLiteral("public.ecr.aws")};
    return pullOnly.contains(domain.toLower());
}

bool DropPlanner::isImageArchive(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    for (const char *suffix : {".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.zst"}) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

QString DropPlanner::destinationFor(const QString &reference, const DropTarget &target)
{
    const auto parsed = ImageReference::parse(reference);
    if (!parsed || target.kind == DropTarget::Kind::Engine)
        return {};
    const QString tag = parsed->hasTag() ? parsed->tag() : ImageReference::defaultTag();
    if (target.kind == DropTarget::Kind::Repository)
        return target.source + u'/' + target.repository + u':' + tag;
    // Docker Hub's "library/" is Hub's own: elsewhere alpine is alpine.
    QString path = parsed->path();
    if (Auth::RegistryKey::isDockerHub(parsed->domain()) &&
        path.startsWith(QStringLiteral("library/")) &&
        !Auth::RegistryKey::isDockerHub(target.source))
        path = path.mid(8);
    return target.source + u'/' + path + u':' + tag;
}

DropPlan DropPlanner::plan(const QMimeData *data, const DropTarget &target) const
{
    if (const auto payload = ImageRefsPayload::fromMimeData(data))
        return plan(*payload, target);
    const QStringList files = ImageRefsPayload::localFiles(data);
    if (!files.isEmpty())
        return planFiles(files, target);
    return refused(tr("Only images, tags and image archives can be dropped here"));
}

DropPlan DropPlanner::plan(const ImageRefsPayload &payload, const DropTarget &target) const
{
    return payload.kind == ImageRefsPayload::SourceKind::Engine ? planLocal(payload, target)
                                                                : planRemote(payload, target);
}

DropPlan DropPlanner::planFiles(const QStringList &files, const DropTarget &target) const
{
    if (target.kind != DropTarget::Kind::Engine)
        return refused(tr("Image archives load into an engine: drop them on one"));
    for (const QString &file : files) {
        if (!isImageArchive(file))
            return refused(tr("%1 is not an image archive (.tar, .tar.gz, .tar.xz, .tar.zst)")
                               .arg(QFileInfo(file).fileName()));
    }
    DropPlan plan;
    plan.action = DropPlan::Action::Load;
    plan.sources = files;
    plan.engineUrl = target.source;
    plan.description =
        files.size() == 1
            ? tr("Load %1 into %2").arg(QFileInfo(files.first()).fileName(), engineName(target))
            : tr("Load %Ln archive(s) into %1", nullptr, int(files.size())).arg(engineName(target));
    return plan;
}

QString DropPlanner::refusalForRegistry(const QString &domain) const
{
    if (isReadOnly(domain))
        return tr("%1 is read-only: it serves pulls only").arg(domain);
    // Docker Hub takes no anonymous push; other registries may.
    const bool hasLogin = m_context.hasLogin && m_context.hasLogin(domain);
    if (Auth::RegistryKey::isDockerHub(domain) && !hasLogin)
        return tr("No login for %1: sign in with File ▸ Accounts… first").arg(domain);
    return {};
}

DropPlan DropPlanner::planLocal(const ImageRefsPayload &payload, const DropTarget &target) const
{
    const QStringList references = payload.references();
    const QString first = references.first();
    if (target.kind == DropTarget::Kind::Engine) {
        if (target.source != payload.source)
            return refused(
                tr("%1 is on another engine: save it to a file and load it there").arg(first));
        DropPlan plan;
        plan.action = DropPlan::Action::LocalTag;
        plan.sources = references;
        plan.destinations = references;
        plan.engineUrl = target.source;
        plan.description =
            references.size() == 1
                ? tr("Tag %1 with a new name on %2").arg(first, engineName(target))
                : tr("Tag %Ln image(s) with new names on %1", nullptr, int(references.size()))
                      .arg(engineName(target));
        return plan;
    }
    if (const QString refusal = refusalForRegistry(target.source); !refusal.isEmpty())
        return refused(refusal);
    DropPlan plan;
    plan.engineUrl = payload.source;
    plan.sources = references;
    for (const auto &image : payload.images) {
        const QString &reference = image.reference;
        // An untagged image travels as its id ("sha256:..."), which would parse as a name.
        const bool unnamed =
            reference == image.digest || reference.startsWith(QStringLiteral("sha256:"));
        const QString destination = unnamed ? QString() : destinationFor(reference, target);
        if (destination.isEmpty())
            return refused(tr("%1 has no name to push: Retag… (F2) names it first").arg(reference));
        plan.destinations.append(destination);
    }
    const bool ecr = m_context.isEcr && m_context.isEcr(target.source);
    if (ecr && target.kind == DropTarget::Kind::Registry) {
        if (references.size() != 1)
            return refused(tr("Push to Amazon ECR takes one image at a time"));
        plan.action = DropPlan::Action::EcrPush;
        plan.destinations.clear();
        plan.description = tr("Push %1 to Amazon ECR (%2), into the repository of its name")
                               .arg(first, target.source);
        return plan;
    }
    plan.action = DropPlan::Action::RetagAndPush;
    const QString where = target.kind == DropTarget::Kind::Repository
                              ? target.source + u'/' + target.repository
                              : target.source;
    plan.description =
        references.size() == 1
            ? tr("Retag %1 as %2 and push").arg(first, plan.destinations.first())
            : tr("Retag %Ln image(s) into %1 and push", nullptr, int(references.size())).arg(where);
    return plan;
}

DropPlan DropPlanner::planRemote(const ImageRefsPayload &payload, const DropTarget &target) const
{
    const QStringList references = payload.references();
    const QString first = references.first();
    if (target.kind == DropTarget::Kind::Engine) {
        const QString os = m_context.engineOs ? m_context.engineOs(target.source) : QString();
        for (const auto &image : payload.images) {
            if (!image.index || image.platforms.isEmpty() || os.isEmpty())
                continue;
            const bool holds = std::any_of(
                image.platforms.cbegin(), image.platforms.cend(),
                [&os](const QString &platform) { return platform.section(u'/', 0, 0) == os; });
            if (!holds)
                return refused(tr("%1 is an index of %2 only: %3 runs %4 images")
                                   .arg(image.reference, image.platforms.join(QStringLiteral(", ")),
                                        engineName(target), os));
        }
        DropPlan plan;
        plan.action = DropPlan::Action::Pull;
        plan.sources = references;
        plan.engineUrl = target.source;
        plan.description = references.size() == 1
                               ? tr("Pull %1 into %2").arg(first, engineName(target))
                               : tr("Pull %Ln tag(s) into %1", nullptr, int(references.size()))
                                     .arg(engineName(target));
        return plan;
    }
    if (const QString refusal = refusalForRegistry(target.source); !refusal.isEmpty())
        return refused(refusal);
    DropPlan plan;
    plan.sources = references;
    bool sameRepository = false;
    for (const QString &reference : references) {
        const auto parsed = ImageReference::parse(reference);
        const QString destination = destinationFor(reference, target);
        if (!parsed || destination.isEmpty())
            return refused(tr("%1 is not a reference Berth can copy").arg(reference));
        if (parsed->domain() == target.source &&
            (target.kind == DropTarget::Kind::Registry || parsed->path() == target.repository)) {
            if (target.kind == DropTarget::Kind::Registry)
                return refused(tr("%1 is already in %2").arg(reference, target.source));
            sameRepository = true;
        }
        plan.destinations.append(destination);
    }
    if (sameRepository) {
        if (references.size() != 1)
            return refused(tr("Retag one tag at a time inside its repository"));
        plan.action = DropPlan::Action::RegistryRetag;
        plan.description =
            tr("Retag %1 with a new tag in %2/%3").arg(first, target.source, target.repository);
        return plan;
    }
    plan.action = DropPlan::Action::RegistryCopy;
    plan.description = references.size() == 1
                           ? tr("Copy %1 to %2").arg(first, plan.destinations.first())
                           : tr("Copy %Ln tag(s) to %1", nullptr, int(references.size()))
                                 .arg(target.kind == DropTarget::Kind::Repository
                                          ? target.source + u'/' + target.repository
                                          : target.source);
    return plan;
}

} // namespace Berth::Ui
