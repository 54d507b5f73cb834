// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Berth::Aws {

// One of the AWS CLI's INI files: `~/.aws/credentials` (sections named after profiles) or
// `~/.aws/config` (`[default]` and `[profile NAME]`), docs/aws.md. Keys are lower-cased;
// values are trimmed; `#` and `;` start comments at the beginning of a line; indented lines
// (the nested settings of s3 and the like) belong to the key above and are skipped.
class AwsConfigFile final
{
public:
    enum class Kind { Credentials, Config };

    static AwsConfigFile parse(const QByteArray &text, Kind kind);
    // A file that does not exist is empty, not an error; one that cannot be read is.
    static Result<AwsConfigFile> read(const QString &path, Kind kind);

    bool hasProfile(const QString &profile) const { return m_profiles.contains(profile); }
    // The profile's settings, empty if the file does not have it.
    QHash<QString, QString> profile(const QString &profile) const
    {
        return m_profiles.value(profile);
    }
    QString value(const QString &profile, const QString &key) const
    {
        return m_profiles.value(profile).value(key);
    }

private:
    QHash<QString, QHash<QString, QString>> m_profiles;
};

} // namespace Berth::Aws
