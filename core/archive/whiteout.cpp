// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/whiteout.h"

namespace Berth::Archive {

Whiteout Whiteout::of(const QString &path)
{
    static const QString prefix = QStringLiteral(".wh.");
    static const QString meta = QStringLiteral(".wh..wh.");
    static const QString opaque = QStringLiteral(".wh..wh..opq");
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView name = QStringView(path).sliced(slash + 1);
    if (!name.startsWith(prefix))
        return {};
    const QString directory = slash < 0 ? QString() : path.left(slash);
    if (name == opaque)
        return {Opaque, directory};
    if (name.startsWith(meta))
        return {Bookkeeping, {}};
    const QString removed = name.sliced(prefix.size()).toString();
    if (removed.isEmpty())
        return {Bookkeeping, {}};
    return {Remove, directory.isEmpty() ? removed : directory + u'/' + removed};
}

} // namespace Berth::Archive
