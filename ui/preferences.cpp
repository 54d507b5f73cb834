// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences.h"

#include "base/translations.h"
#include "base/windowsettings.h"
#include "ui/enginechooser.h"

namespace Berth::Ui {

namespace {
const QString ParallelJobsKey = QStringLiteral("jobs/parallel");
const QString DefaultEngineUrlKey = QStringLiteral("engines/defaultUrl");
const QString DefaultEngineContextKey = QStringLiteral("engines/defaultContext");
const QString AppearanceKey = QStringLiteral("ui/appearance");
} // namespace

int Preferences::parallelJobs(int fallback)
{
    bool ok = false;
    const int count = openWindowSettings()->value(ParallelJobsKey).toInt(&ok);
    return ok ? qBound(1, count, MaxParallelJobs) : fallback;
}

void Preferences::setParallelJobs(int count)
{
    openWindowSettings()->setValue(ParallelJobsKey, qBound(1, count, MaxParallelJobs));
}

QString Preferences::defaultEngineUrl()
{
    return openWindowSettings()->value(DefaultEngineUrlKey).toString();
}

std::optional<Engine::EngineEndpoint> Preferences::defaultEngine()
{
    const auto settings = openWindowSettings();
    return EngineChooser::fromStored(settings->value(DefaultEngineContextKey).toString(),
                                     settings->value(DefaultEngineUrlKey).toString());
}

void Preferences::setDefaultEngine(const std::optional<Engine::EngineEndpoint> &endpoint)
{
    const auto settings = openWindowSettings();
    if (!endpoint) {
        settings->remove(DefaultEngineUrlKey);
        settings->remove(DefaultEngineContextKey);
        return;
    }
    settings->setValue(DefaultEngineUrlKey, endpoint->url());
    settings->setValue(DefaultEngineContextKey, endpoint->contextName());
}

QString Preferences::language()
{
    return windowLanguage();
}

void Preferences::setLanguage(const QString &localeName)
{
    openWindowSettings()->setValue(QLatin1StringView(LanguageKey), localeName);
}

Appearance::Scheme Preferences::appearance()
{
    return Appearance::fromName(openWindowSettings()->value(AppearanceKey).toString());
}

void Preferences::setAppearance(Appearance::Scheme scheme)
{
    openWindowSettings()->setValue(AppearanceKey, Appearance::name(scheme));
}

} // namespace Berth::Ui
