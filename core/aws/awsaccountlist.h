// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace Berth::Aws {

// Which AWS accounts Berth keeps, without any secret: a name, the access key id masked as
// the AWS CLI shows it (****************WXYZ), the region, an ECR endpoint override, and
// which account is the default (the last one added). Lives beside the registry logins in
// QSettings (Berth/accounts, group "aws"); the keys themselves are in the keychain
// (AwsAccountStore). Thread-safe.
class AwsAccountList final
{
public:
    struct Entry
    {
        QString name;
        QString maskedKeyId;
        QString region;
        QString endpointUrl; // empty: AWS's own endpoints
        QString roleArn;     // empty: the keys sign themselves; else they assume this role
        bool isDefault = false;
    };

    // `fileName` empty: the user's settings (Berth/accounts); else that INI file (tests).
    explicit AwsAccountList(QString fileName = {});

    QList<Entry> entries() const;
    // The named account; with an empty name, the default one.
    std::optional<Entry> find(const QString &name) const;
    // Adds or replaces, and makes it the default.
    void add(const Entry &entry);
    // Adds or replaces; the default only if `makeDefault` (or when no other account is).
    void put(const Entry &entry, bool makeDefault);
    bool remove(const QString &name);

    // What the list shows of an access key id: its last four characters.
    static QString mask(const QString &accessKeyId);

private:
    QList<Entry> load() const;
    void store(const QList<Entry> &entries, const QString &defaultName);

    QString m_fileName;
    mutable QMutex m_mutex;
};

} // namespace Berth::Aws
