// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awsconfigfile.h"

#include <QCoreApplication>
#include <QFile>

namespace Berth::Aws {

namespace {

// "[profile dev]" in the config file and "[dev]" in the credentials file name the same
// profile; "[default]" is the default in both. Other sections of the config file
// ("[sso-session x]", "[services y]") are not profiles.
QString profileName(const QString &section, AwsConfigFile::Kind kind)
{
    if (kind == AwsConfigFile::Kind::Credentials)
        return section;
    if (section == u"default")
        return section;
    const QString prefix = QStringLiteral("profile ");
    if (section.startsWith(prefix))
        return section.mid(prefix.size()).trimmed();
    return {};
}

} // namespace

AwsConfigFile AwsConfigFile::parse(const QByteArray &text, Kind kind)
{
    AwsConfigFile file;
    QString current;
    bool inProfile = false;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).remove(u'\r');
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        if (trimmed.startsWith(u'[')) {
            const qsizetype end = trimmed.indexOf(u']');
            const QString section = end > 0 ? trimmed.mid(1, end - 1).trimmed() : QString();
            current = profileName(section, kind);
            inProfile = !current.isEmpty();
            if (inProfile)
                file.m_profiles[current]; // a profile with no keys still exists
            continue;
        }
        if (!inProfile || line.front().isSpace())
            continue; // outside a profile, or a nested setting
        const qsizetype equals = trimmed.indexOf(u'=');
        if (equals <= 0)
            continue;
        file.m_profiles[current].insert(trimmed.left(equals).trimmed().toLower(),
                                        trimmed.mid(equals + 1).trimmed());
    }
    return file;
}

Result<AwsConfigFile> AwsConfigFile::read(const QString &path, Kind kind)
{
    QFile file(path);
    if (!file.exists())
        return AwsConfigFile();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     QCoreApplication::translate("Berth::Aws::AwsConfigFile", "cannot read %1: %2")
                         .arg(path, file.errorString()));
    return parse(file.readAll(), kind);
}

} // namespace Berth::Aws
