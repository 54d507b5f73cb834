// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"

#include <QObject>

class QAbstractItemView;
class QAction;
class QWidget;

namespace Berth::Ui {

// The Image menu's looks inside images: Explore Layers… opens the selected image's files
// and layers (LayerFilesView) in a window of its own, Compare… the differences of the two
// selected images (CompareDialog). Until the details pane embeds the view, these windows
// are where it lives.
class ImageContentsActions final : public QObject
{
    Q_OBJECT

public:
    ImageContentsActions(QAbstractItemView *imagesView, QWidget *window);
    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    QList<QAction *> actions() const;

private:
    QStringList selectedImages() const;
    void updateActions();
    void explore();
    void compare();

    QAbstractItemView *m_imagesView;
    QWidget *m_window;
    Engine::EngineEndpoint m_endpoint;
    QAction *m_exploreAction;
    QAction *m_compareAction;
};

} // namespace Berth::Ui
