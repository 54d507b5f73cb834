// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/localimagesloader.h"

#include "engine/engineclient.h"

namespace Berth::Ui {

using Engine::EngineClient;
using Engine::ImageSummary;
using Engine::ImageSummaryParser;

LocalImagesLoader::LocalImagesLoader(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void LocalImagesLoader::setClient(EngineClient *client)
{
    m_client = client;
    ++m_generation;
}

void LocalImagesLoader::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client->listImages({}, this, [this, generation](const Result<QList<ImageSummary>> &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (result)
            Q_EMIT loaded(ImageSummaryParser::tagRows(*result));
        else
            Q_EMIT failed(result.error());
    });
}

} // namespace Berth::Ui
