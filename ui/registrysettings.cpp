// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registrysettings.h"

#include "base/windowsettings.h"
#include "credentials/registrykey.h"

namespace Berth::Ui {

namespace {
const QString ArrayKey = QStringLiteral("registries");
const QString HostKey = QStringLiteral("host");
const QString CaFileKey = QStringLiteral("caFile");
const QString CertificateKey = QStringLiteral("certificateFile");
const QString KeyFileKey = QStringLiteral("keyFile");
const QString InsecureKey = QStringLiteral("insecure");
const QString MirrorKey = QStringLiteral("mirror");
} // namespace

Registry::RegistryConfig RegistrySetting::config() const
{
    Registry::RegistryConfig config;
    config.insecure = insecure;
    config.caFile = caFile;
    config.clientCertificateFile = certificateFile;
    config.clientKeyFile = keyFile;
    if (!mirror.isEmpty() && Auth::RegistryKey::isDockerHub(host))
        config.endpointOverride = QUrl(mirror);
    return config;
}

QList<RegistrySetting> RegistrySettings::load()
{
    const auto settings = openWindowSettings();
    QList<RegistrySetting> entries;
    const int count = settings->beginReadArray(ArrayKey);
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        RegistrySetting entry;
        entry.host = settings->value(HostKey).toString();
        entry.caFile = settings->value(CaFileKey).toString();
        entry.certificateFile = settings->value(CertificateKey).toString();
        entry.keyFile = settings->value(KeyFileKey).toString();
        entry.insecure = settings->value(InsecureKey, false).toBool();
        entry.mirror = settings->value(MirrorKey).toString();
        if (!entry.host.isEmpty())
            entries.append(entry);
    }
    settings->endArray();
    return entries;
}

void RegistrySettings::save(const QList<RegistrySetting> &entries)
{
    const auto settings = openWindowSettings();
    settings->remove(ArrayKey);
    settings->beginWriteArray(ArrayKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const RegistrySetting &entry = entries.at(i);
        settings->setArrayIndex(i);
        settings->setValue(HostKey, entry.host);
        settings->setValue(CaFileKey, entry.caFile);
        settings->setValue(CertificateKey, entry.certificateFile);
        settings->setValue(KeyFileKey, entry.keyFile);
        settings->setValue(InsecureKey, entry.insecure);
        settings->setValue(MirrorKey, entry.mirror);
    }
    settings->endArray();
}

void RegistrySettings::set(const QList<RegistrySetting> &entries)
{
    const QMutexLocker lock(&m_mutex);
    m_entries = entries;
}

QList<RegistrySetting> RegistrySettings::entries() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries;
}

RegistrySetting RegistrySettings::find(const QString &domain) const
{
    const QString key = Auth::RegistryKey::of(domain);
    const QMutexLocker lock(&m_mutex);
    for (const RegistrySetting &entry : m_entries) {
        if (Auth::RegistryKey::of(entry.host) == key)
            return entry;
    }
    return {};
}

Registry::RegistryConfig RegistrySettings::configFor(const QString &domain) const
{
    return find(domain).config();
}

} // namespace Berth::Ui
