// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/tarentry.h"

namespace Berth::Archive {

namespace {
struct TypeNames
{
    char letter;
    const char *name;
};

// Indexed by EntryType.
constexpr TypeNames Names[] = {{'-', "file"},     {'d', "directory"}, {'l', "symlink"},
                               {'h', "hardlink"}, {'c', "char"},      {'b', "block"},
                               {'p', "fifo"},     {'?', "other"}};
} // namespace

QChar entryTypeLetter(EntryType type)
{
    return QLatin1Char(Names[int(type)].letter);
}

QString entryTypeName(EntryType type)
{
    return QString::fromLatin1(Names[int(type)].name);
}

QString modeString(EntryType type, quint32 mode)
{
    QString text(10, u'-');
    text[0] = entryTypeLetter(type);
    static const char letters[] = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit)
        if (mode & (0400u >> bit))
            text[1 + bit] = QLatin1Char(letters[bit]);
    // setuid, setgid, sticky: s/S and t/T as ls and tar show them.
    if (mode & 04000)
        text[3] = (mode & 0100) ? u's' : u'S';
    if (mode & 02000)
        text[6] = (mode & 010) ? u's' : u'S';
    if (mode & 01000)
        text[9] = (mode & 01) ? u't' : u'T';
    return text;
}

} // namespace Berth::Archive
