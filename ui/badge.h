// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Berth::Ui {

// A short word a table shows as a pill (BadgeDelegate): Docker Hub's "Official", a tag's
// drift state. The models give them under BadgesRole and keep the words in DisplayRole for
// screen readers, copying and sorting.
struct Badge
{
    // Which palette roles paint it (docs/appearance.md #palette).
    enum class Tone {
        Accent,  // Highlight with HighlightedText: the one that asks for attention
        Neutral, // AlternateBase with Text, edged with Mid
        Outline, // Base with Text, edged with Mid
    };
    QString text;
    Tone tone = Tone::Neutral;

    friend bool operator==(const Badge &, const Badge &) = default;
};

using Badges = QList<Badge>;

// The role under which a model gives a cell's Badges.
inline constexpr int BadgesRole = Qt::UserRole + 100;

} // namespace Berth::Ui

Q_DECLARE_METATYPE(Berth::Ui::Badges)
