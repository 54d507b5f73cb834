// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Berth::Ui {

// The Docker Hub repositories opened last ("library/nginx", "alice/app"), newest first, kept
// in the window's settings: the Hub panel and the Sources tree's Docker Hub ▸ Recent show them.
class HubRecent final
{
public:
    static constexpr int Max = 10;

    static QStringList load();
    // Puts `repository` first (once), keeps the newest Max, and gives the new list.
    static QStringList remember(const QString &repository);
};

} // namespace Berth::Ui
