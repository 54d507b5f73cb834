// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogloader.h"

#include "registry/registryclient.h"
#include "ui/registryclientpool.h"
#include "ui/registryerrortext.h"

namespace Berth::Ui {

CatalogLoader::CatalogLoader(RegistryClientPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{}

void CatalogLoader::load(const QString &domain, bool freshLogin)
{
    QMetaObject::invokeMethod(
        this, [this, domain, freshLogin] { loadHere(domain, freshLogin); }, Qt::QueuedConnection);
}

void CatalogLoader::loadHere(const QString &domain, bool freshLogin)
{
    Q_EMIT started(domain);
    if (freshLogin)
        m_pool->forget(domain);
    m_pool->clientFor(
        domain, this, [this, domain](const Result<Registry::RegistryClient *> &client) {
            if (!client) {
                Q_EMIT failed(domain, RegistryErrorText::catalog(domain, {}, client.error()));
                return;
            }
            (*client)->catalogPages(
                0, this, [this, domain](const QStringList &names) { Q_EMIT page(domain, names); },
                [this, domain](const Result<QStringList> &all) {
                    if (all)
                        Q_EMIT finished(domain);
                    else
                        Q_EMIT failed(domain, RegistryErrorText::catalog(
                                                  domain, m_pool->userOf(domain), all.error()));
                });
        });
}

} // namespace Berth::Ui
