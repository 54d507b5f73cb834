// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "engine/imagesummary.h"

#include <QObject>

namespace Berth::Engine {
class EngineClient;
}

namespace Berth::Ui {

// Fetches the engine's image list for the window. Asynchronous: the GUI thread only
// starts the request and receives the rows. A refresh while one is under way supersedes
// it, so a slow old answer never overwrites a newer one.
class LocalImagesLoader final : public QObject
{
    Q_OBJECT

public:
    explicit LocalImagesLoader(Engine::EngineClient *client, QObject *parent = nullptr);

    void setClient(Engine::EngineClient *client);
    Engine::EngineClient *client() const { return m_client; }
    void refresh();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(const QList<Berth::Engine::ImageTagRow> &rows);
    void failed(const Berth::Error &error);

private:
    Engine::EngineClient *m_client;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Berth::Ui
