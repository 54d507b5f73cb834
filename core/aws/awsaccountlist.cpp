// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awsaccountlist.h"

#include "credentials/accountsettings.h"

#include <algorithm>

namespace Berth::Aws {

namespace {

// The registry logins' file (Auth::AccountList) keeps its own group; this one is AWS's.
const QString Group = QStringLiteral("aws");
const QString DefaultKey = QStringLiteral("awsDefault");

} // namespace

AwsAccountList::AwsAccountList(QString fileName)
    : m_fileName(std::move(fileName))
{}

QString AwsAccountList::mask(const QString &accessKeyId)
{
    return QString(16, u'*') + accessKeyId.right(4);
}

QList<AwsAccountList::Entry> AwsAccountList::load() const
{
    const auto settings = Auth::openAccountSettings(m_fileName);
    const QString defaultName = settings->value(DefaultKey).toString();
    QList<Entry> entries;
    const int count = settings->beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        Entry entry;
        entry.name = settings->value(QStringLiteral("name")).toString();
        entry.maskedKeyId = settings->value(QStringLiteral("keyId")).toString();
        entry.region = settings->value(QStringLiteral("region")).toString();
        entry.endpointUrl = settings->value(QStringLiteral("endpointUrl")).toString();
        entry.roleArn = settings->value(QStringLiteral("roleArn")).toString();
        entry.isDefault = entry.name == defaultName;
        if (!entry.name.isEmpty())
            entries.append(entry);
    }
    settings->endArray();
    return entries;
}

void AwsAccountList::store(const QList<Entry> &entries, const QString &defaultName)
{
    const auto settings = Auth::openAccountSettings(m_fileName);
    settings->remove(Group);
    settings->beginWriteArray(Group, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("name"), entries.at(i).name);
        settings->setValue(QStringLiteral("keyId"), entries.at(i).maskedKeyId);
        settings->setValue(QStringLiteral("region"), entries.at(i).region);
        settings->setValue(QStringLiteral("endpointUrl"), entries.at(i).endpointUrl);
        if (!entries.at(i).roleArn.isEmpty())
            settings->setValue(QStringLiteral("roleArn"), entries.at(i).roleArn);
    }
    settings->endArray();
    if (defaultName.isEmpty())
        settings->remove(DefaultKey);
    else
        settings->setValue(DefaultKey, defaultName);
    settings->sync();
}

QList<AwsAccountList::Entry> AwsAccountList::entries() const
{
    const QMutexLocker lock(&m_mutex);
    return load();
}

std::optional<AwsAccountList::Entry> AwsAccountList::find(const QString &name) const
{
    const QMutexLocker lock(&m_mutex);
    for (const Entry &entry : load()) {
        if (name.isEmpty() ? entry.isDefault : entry.name == name)
            return entry;
    }
    return std::nullopt;
}

void AwsAccountList::add(const Entry &entry)
{
    put(entry, true);
}

void AwsAccountList::put(const Entry &entry, bool makeDefault)
{
    const QMutexLocker lock(&m_mutex);
    QList<Entry> all = load();
    QString defaultName;
    for (const Entry &e : std::as_const(all)) {
        if (e.isDefault && e.name != entry.name)
            defaultName = e.name;
    }
    const auto at = std::find_if(all.begin(), all.end(),
                                 [&entry](const Entry &e) { return e.name == entry.name; });
    // An edit keeps the account's place in the list; a new one goes last.
    if (at != all.end())
        *at = entry;
    else
        all.append(entry);
    store(all, makeDefault || defaultName.isEmpty() ? entry.name : defaultName);
}

bool AwsAccountList::remove(const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    QList<Entry> all = load();
    QString defaultName;
    for (const Entry &e : std::as_const(all)) {
        if (e.isDefault)
            defaultName = e.name;
    }
    if (all.removeIf([&name](const Entry &e) { return e.name == name; }) == 0)
        return false;
    // The default gone: the last one added of those left takes its place.
    if (defaultName == name)
        defaultName = all.isEmpty() ? QString() : all.last().name;
    store(all, defaultName);
    return true;
}

} // namespace Berth::Aws
