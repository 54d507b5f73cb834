// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace Berth::Ui {

// Berth's own icon set: monochrome SVGs under resources/icons, compiled in as :/icons/NAME.svg
// and drawn by ThemedIconEngine in the palette's colours. The window takes its icons from here
// rather than from the desktop's icon theme, which may be missing or lack these names.
class Icons
{
public:
    enum Name {
        Accounts,
        Back,
        Build,
        Cancel,
        Compare,
        Copy,
        DockerHub,
        EcrAccount,
        Engine,
        Error,
        History,
        Insecure,
        Layers,
        Load,
        Prune,
        Pull,
        Push,
        Refresh,
        Registry,
        Remove,
        Repository,
        Retag,
        Retry,
        Run,
        Save,
        Search,
        Settings,
        Shell,
        Stop,
        Tag,
        Verified,
    };

    static QIcon icon(Name name);
    // The resource the icon is drawn from, e.g. ":/icons/pull.svg".
    static QString resourcePath(Name name);
    static QList<Name> all();
};

} // namespace Berth::Ui
