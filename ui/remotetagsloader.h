// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "ui/tagdetails.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace Berth::Registry {
class RegistryClient;
struct ManifestResponse;
} // namespace Berth::Registry

namespace Berth::Ui {

class RegistryClientPool;

// One repository's tags and their details, fetched on the browsing thread: the tag list
// page by page, then the manifest and config blob of each tag the view shows (want()), a
// few at a time, the latest wanted first: a repository of 10,000 tags costs the registry
// the requests of the rows looked at, not 20,000. Details are cached by manifest digest,
// so tags that name one image cost one manifest request each and one config blob in all.
class RemoteTagsLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int InFlight = 4;

    RemoteTagsLoader(RegistryClientPool *pool, QString domain, QString repository,
                     QObject *parent = nullptr);

    // From any thread: lists the tags (again).
    void start();
    // From any thread: these tags' details before any other's.
    void want(const QStringList &tags);

Q_SIGNALS:
    void tagsPage(const QStringList &tags); // one page, sorted by tag
    void tagsListed(const QStringList &all);
    void failed(const QString &reason);
    void detailsReady(const QString &tag, const Berth::Ui::TagDetails &details);
    void detailsFailed(const QString &tag, const QString &reason);

private:
    void startHere();
    void wantHere(const QStringList &tags);
    void pump();
    void fetch(const QString &tag);
    void describeImage(const QString &tag, const Registry::ManifestResponse &response);
    void describeIndex(const QString &tag, const Registry::ManifestResponse &response);
    void deliver(const QString &tag, const TagDetails &details);
    void fail(const QString &tag, const Error &error);

    RegistryClientPool *m_pool;
    Registry::RegistryClient *m_client = nullptr;
    QString m_domain;
    QString m_repository;
    QStringList m_queue;   // tags waiting, the wanted first
    QSet<QString> m_asked; // in flight or done
    QHash<QString, TagDetails> m_byDigest;
    int m_running = 0;
};

} // namespace Berth::Ui
