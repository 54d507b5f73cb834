// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/icons.h"

#include "ui/themediconengine.h"

#include <array>

namespace Berth::Ui {

namespace {

// In the order of Icons::Name.
constexpr std::array fileNames{
    u"accounts",    u"back",   u"build",    u"cancel",  u"compare",  u"copy",     u"docker-hub",
    u"ecr-account", u"engine", u"error",    u"history", u"insecure", u"layers",   u"load",
    u"prune",       u"pull",   u"push",     u"refresh", u"registry", u"remove",   u"repository",
    u"retag",       u"retry",  u"run",      u"save",    u"search",   u"settings", u"shell",
    u"stop",        u"tag",    u"verified",
};
static_assert(fileNames.size() == Icons::Verified + 1, "one file per Icons::Name");

} // namespace

QIcon Icons::icon(Name name)
{
    return QIcon(new ThemedIconEngine(resourcePath(name)));
}

QString Icons::resourcePath(Name name)
{
    return u":/icons/" % QStringView(fileNames.at(name)) % u".svg";
}

QList<Icons::Name> Icons::all()
{
    QList<Name> names;
    for (int name = 0; name <= Verified; ++name)
        names.append(Name(name));
    return names;
}

} // namespace Berth::Ui
