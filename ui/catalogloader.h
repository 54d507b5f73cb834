// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Berth::Ui {

class RegistryClientPool;

// Lists registries' repositories page by page on the browsing thread (it lives there with
// its pool); the Sources tree hears the pages as they arrive.
class CatalogLoader final : public QObject
{
    Q_OBJECT

public:
    explicit CatalogLoader(RegistryClientPool *pool, QObject *parent = nullptr);

    // From any thread: lists the registry's catalog; `freshLogin` looks its login up again
    // (a Retry after a refusal).
    void load(const QString &domain, bool freshLogin = false);

Q_SIGNALS:
    void started(const QString &domain);
    void page(const QString &domain, const QStringList &repositories);
    void finished(const QString &domain);
    void failed(const QString &domain, const QString &reason);

private:
    void loadHere(const QString &domain, bool freshLogin);

    RegistryClientPool *m_pool;
};

} // namespace Berth::Ui
