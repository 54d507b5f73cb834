// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drifttext.h"

namespace Berth::Ui {

using Registry::DriftState;

QString DriftText::label(DriftState state)
{
    switch (state) {
    case DriftState::InSync:
        return tr("In sync");
    case DriftState::Behind:
        return tr("Behind");
    case DriftState::LocalOnly:
        return tr("Local only");
    case DriftState::Unknown:
        return tr("Unknown");
    case DriftState::NotLocal:
        return tr("Not local");
    }
    return {};
}

Badge::Tone DriftText::tone(DriftState state)
{
    switch (state) {
    case DriftState::Behind:
        return Badge::Tone::Accent;
    case DriftState::InSync:
        return Badge::Tone::Neutral;
    case DriftState::LocalOnly:
    case DriftState::Unknown:
    case DriftState::NotLocal:
        break;
    }
    return Badge::Tone::Outline;
}

QString DriftText::remoteLabel(DriftState state)
{
    return state == DriftState::Behind ? tr("Local is behind") : label(state);
}

QString DriftText::checking()
{
    return tr("Checking…");
}

QString DriftText::checkingToolTip(const Reference::ImageReference &tag)
{
    return tr("Asking %1 what %2 names now").arg(tag.domain(), tag.effectiveTag());
}

QString DriftText::localToolTip(const Reference::ImageReference &tag, DriftState state,
                                const Registry::RemoteTagAnswer &answer, bool pulledBefore)
{
    // "sha256:" kept, as registries and docker name digests.
    const QString shortDigest = answer.digest.left(answer.digest.indexOf(u':') + 13) + u'…';
    switch (state) {
    case DriftState::InSync:
        return tr("The registry's %1 names %2, the image here")
            .arg(tag.effectiveTag(), shortDigest);
    case DriftState::Behind:
        if (!pulledBefore)
            return tr("The registry's %1 names %2, an image this one was never pulled as or "
                      "pushed to; Pull replaces it")
                .arg(tag.effectiveTag(), shortDigest);
        return tr("The registry's %1 now names %2; Pull updates it")
            .arg(tag.effectiveTag(), shortDigest);
    case DriftState::LocalOnly:
        return tr("%1 has no tag %2 in %3: this tag is only here (Push puts it there)")
            .arg(tag.domain(), tag.effectiveTag(), tag.path());
    case DriftState::Unknown:
        if (answer.reason.isEmpty())
            return tr("%1 did not say which image %2 names").arg(tag.domain(), tag.effectiveTag());
        return tr("%1 could not be asked: %2").arg(tag.domain(), answer.reason);
    case DriftState::NotLocal:
        break;
    }
    return {};
}

QString DriftText::remoteToolTip(const QString &tag, DriftState state)
{
    switch (state) {
    case DriftState::InSync:
        return tr("The engine holds the image %1 names").arg(tag);
    case DriftState::Behind:
        return tr("The engine's %1 is another image than the registry's; Pull updates it").arg(tag);
    case DriftState::NotLocal:
        return tr("The engine does not hold the image %1 names").arg(tag);
    default:
        return {};
    }
}

} // namespace Berth::Ui
