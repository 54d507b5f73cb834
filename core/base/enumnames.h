// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Berth {

// Stable names of an enum's values for files and --json, from one table per enum.
template<typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, std::size_t N> QString enumName(const EnumNames<Enum, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const EnumNames<Enum, N> &names, const QString &text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

} // namespace Berth
