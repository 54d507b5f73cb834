// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Berth::Hub {

// One result of Hub's repository search (/v2/search/repositories).
struct HubSearchResult
{
    QString name; // repo_name: "nginx" for an official image, else "namespace/name"
    QString description;
    QString owner;
    qint64 stars = 0;
    qint64 pulls = 0;
    bool official = false;
    bool automated = false;
    // Where Hub's catalog says the repository comes from: "official", "store" (a verified
    // publisher's), "community"; empty where an answer does not say.
    QString source;
    // Hub's verified publisher badge, from `source`; answers without it say nothing.
    bool verified = false;
};

// One repository of a namespace (/v2/namespaces/{namespace}/repositories).
struct HubRepository
{
    QString namespaceName;
    QString name;
    QString description;
    bool isPrivate = false;
    qint64 stars = 0;
    qint64 pulls = 0;
    QDateTime lastUpdated; // invalid when Hub gives none

    QString path() const { return namespaceName + u'/' + name; }
};

// One platform's image under a tag.
struct HubTagImage
{
    QString os;
    QString architecture;
    QString variant;
    QString digest;
    qint64 size = 0;

    // "linux/arm64/v8", as docker names a platform.
    QString platform() const
    {
        QString text = os + u'/' + architecture;
        if (!variant.isEmpty())
            text += u'/' + variant;
        return text;
    }
};

// One tag of a repository (/v2/namespaces/{ns}/repositories/{repo}/tags).
struct HubTag
{
    QString name;
    QString digest;
    qint64 fullSize = 0;
    QDateTime lastPushed; // tag_last_pushed, else last_updated; invalid when neither
    QList<HubTagImage> images;
};

// One page of a listing: its items, how many there are in all, and the next page's URL.
template<typename T> struct HubPage
{
    qint64 count = 0;
    QUrl next;
    QList<T> results;
};

} // namespace Berth::Hub
