// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "ui/imagedetails.h"

#include <QObject>
#include <QPointer>

namespace Berth::Ui {

// Reads a local image's details on the Details pane's worker thread: the engine's inspect,
// history and the containers made from the image, asked at once, parsed there. A newer
// load() drops the answers of the one before.
class LocalDetailsLoader final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // On the loader's thread. `request` comes back with the answer.
    void load(quint64 request, const Engine::EngineEndpoint &endpoint, const QString &imageId);
    // Only the containers again (after a Stop or Remove).
    void loadContainers(quint64 request, const Engine::EngineEndpoint &endpoint,
                        const QString &imageId);

Q_SIGNALS:
    void loaded(quint64 request, const Berth::Ui::ImageDetails &details);
    void containersLoaded(quint64 request, const QList<Berth::Ui::ContainerInfo> &containers);
    void containersFailed(quint64 request, const QString &message);
    void failed(quint64 request, const QString &message);

private:
    // A fresh parent for one request's clients: deleting it drops their late answers.
    QObject *newContext();

    QPointer<QObject> m_context;
};

} // namespace Berth::Ui
