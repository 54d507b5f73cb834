// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/icons.h"

#include "ui/themediconengine.h"

#include <QHash>

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
    // One QIcon per name, shared (QIcon is implicitly shared): a model's data() asks for its
    // icons at every paint, and an engine reads its file once. The GUI thread alone paints.
    static QHash<Name, QIcon> made;
    auto found = made.find(name);
    if (found == made.end())
        found = made.insert(name, QIcon(new ThemedIconEngine(resourcePath(name))));
    return *found;
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
