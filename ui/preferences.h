// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "ui/appearance.h"

#include <QString>

#include <optional>

namespace Berth::Ui {

// The Settings dialog's plain values in the window's settings file (docs/settings.md): the
// number of jobs that run at once, the engine the window opens on, the language, the
// appearance. Nothing
// secret; the registries' settings are RegistrySettings.
class Preferences final
{
public:
    static constexpr int MaxParallelJobs = 16;

    // How many jobs run at once; fallback when never set.
    static int parallelJobs(int fallback);
    static void setParallelJobs(int count);

    // The engine the window opens on unless the command line or the environment names one;
    // empty URL: the one chosen last in the engine list.
    static QString defaultEngineUrl();
    static std::optional<Engine::EngineEndpoint> defaultEngine();
    static void setDefaultEngine(const std::optional<Engine::EngineEndpoint> &endpoint);

    // A locale name ("de"), empty for the system's; applied at the next start.
    static QString language();
    static void setLanguage(const QString &localeName);

    // The window's colours (Settings ▸ General ▸ Appearance); System when never set.
    static Appearance::Scheme appearance();
    static void setAppearance(Appearance::Scheme scheme);
};

} // namespace Berth::Ui
