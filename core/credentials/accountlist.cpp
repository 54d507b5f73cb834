// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/accountlist.h"

#include "credentials/accountsettings.h"

namespace Berth::Auth {

namespace {

const QString Group = QStringLiteral("registries");

} // namespace

AccountList::AccountList(QString fileName)
    : m_fileName(std::move(fileName))
{}

QList<AccountList::Entry> AccountList::load() const
{
    const auto settings = openAccountSettings(m_fileName);
    QList<Entry> entries;
    const int count = settings->beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        Entry entry;
        entry.login.registry = settings->value(QStringLiteral("registry")).toString();
        entry.login.username = settings->value(QStringLiteral("user")).toString();
        entry.identityToken = settings->value(QStringLiteral("identityToken")).toBool();
        if (!entry.login.registry.isEmpty())
            entries.append(entry);
    }
    settings->endArray();
    return entries;
}

void AccountList::store(const QList<Entry> &entries)
{
    const auto settings = openAccountSettings(m_fileName);
    settings->remove(Group);
    settings->beginWriteArray(Group, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("registry"), entries.at(i).login.registry);
        settings->setValue(QStringLiteral("user"), entries.at(i).login.username);
        settings->setValue(QStringLiteral("identityToken"), entries.at(i).identityToken);
    }
    settings->endArray();
    settings->sync();
}

QList<AccountList::Entry> AccountList::entries() const
{
    const QMutexLocker lock(&m_mutex);
    return load();
}

std::optional<AccountList::Entry> AccountList::find(const LoginRef &login) const
{
    const QMutexLocker lock(&m_mutex);
    const QList<Entry> all = load();
    // The last added is the default: search from the end.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->login.registry == login.registry &&
            (login.username.isEmpty() || it->login.username == login.username))
            return *it;
    }
    return std::nullopt;
}

void AccountList::add(const Entry &entry)
{
    const QMutexLocker lock(&m_mutex);
    QList<Entry> all = load();
    all.removeIf([&entry](const Entry &e) { return e.login == entry.login; });
    all.append(entry);
    store(all);
}

bool AccountList::remove(const LoginRef &login)
{
    const QMutexLocker lock(&m_mutex);
    QList<Entry> all = load();
    const auto removed = all.removeIf([&login](const Entry &e) { return e.login == login; });
    if (removed > 0)
        store(all);
    return removed > 0;
}

} // namespace Berth::Auth
