// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hubrecent.h"

#include <QSettings>

namespace Berth::Ui {

namespace {

const QString RecentKey = QStringLiteral("hub/recent");

// The window's settings file, shared with its other remembered fields.
QSettings windowSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Berth"),
                     QStringLiteral("window"));
}

} // namespace

QStringList HubRecent::load()
{
    return windowSettings().value(RecentKey).toStringList();
}

QStringList HubRecent::remember(const QString &repository)
{
    QSettings settings = windowSettings();
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(repository);
    recent.prepend(repository);
    recent = recent.mid(0, Max);
    settings.setValue(RecentKey, recent);
    return recent;
}

} // namespace Berth::Ui
