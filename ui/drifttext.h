// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reference/imagereference.h"
#include "registry/driftstate.h"
#include "ui/badge.h"

#include <QCoreApplication>

namespace Berth::Ui {

// The words of the drift column (local images) and of the Local column (a repository's
// tags): a short label and a tool tip that says what was compared and what to do.
class DriftText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Ui::DriftText)

public:
    static QString label(Registry::DriftState state);
    // How its badge looks: Behind (a pull would change the image) stands out.
    static Badge::Tone tone(Registry::DriftState state);
    // The remote side's label: whether the engine holds the tag.
    static QString remoteLabel(Registry::DriftState state);
    static QString checking();
    static QString checkingToolTip(const Reference::ImageReference &tag);
    // A local tag's state; pulledBefore: its image has a RepoDigest for that repository.
    static QString localToolTip(const Reference::ImageReference &tag, Registry::DriftState state,
                                const Registry::RemoteTagAnswer &answer, bool pulledBefore);
    static QString remoteToolTip(const QString &tag, Registry::DriftState state);
};

} // namespace Berth::Ui
