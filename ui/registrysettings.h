// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registryconfig.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace Berth::Ui {

// One registry as the Settings dialog's Registries page keeps it: the TLS files and the
// insecure opt-in that Berth's own registry clients use for it (RegistryConfig), and for
// Docker Hub a mirror. File names only: a key file's content is never read into settings.
struct RegistrySetting
{
    QString host; // as an image reference names it: "127.0.0.1:5000", "docker.io"
    QString caFile;
    QString certificateFile;
    QString keyFile;
    bool insecure = false; // plain http and unverified TLS allowed
    QString mirror;        // Docker Hub only: a base URL used instead of Docker Hub's

    Registry::RegistryConfig config() const;
    bool operator==(const RegistrySetting &other) const = default;
};

// The registries' settings, shared by the window (GUI thread) and the browsing thread's
// client pool: read from and written to the window's settings file, looked up by domain
// from any thread.
class RegistrySettings final
{
public:
    // The list stored in the window's settings file.
    static QList<RegistrySetting> load();
    static void save(const QList<RegistrySetting> &entries);

    void set(const QList<RegistrySetting> &entries);
    QList<RegistrySetting> entries() const;
    // The setting for a registry (Docker Hub under any of its names), or an empty one.
    RegistrySetting find(const QString &domain) const;
    // What a client of that registry is made with: the defaults when nothing is set.
    Registry::RegistryConfig configFor(const QString &domain) const;

private:
    mutable QMutex m_mutex;
    QList<RegistrySetting> m_entries;
};

} // namespace Berth::Ui
