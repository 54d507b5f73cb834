// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagediff.h"
#include "engine/engineendpoint.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Berth::Engine {
class EngineClient;
}

namespace Berth::Ui {

// Compare…: two local images read from the engine one after the other (a layer they share
// is listed once, through the layer cache), compared on a worker, and the differences shown
// in three groups: files (added, removed, changed), config, and layer sizes with the total.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Engine::EngineEndpoint &endpoint, const QString &before,
                  const QString &after, QWidget *parent = nullptr);

    void showDiff(const Archive::ImageDiff &diff);

Q_SIGNALS:
    void compared();

private:
    void read(int which);
    void compare();

    Engine::EngineClient *m_client;
    QStringList m_names;
    QList<Archive::ArchivedImage> m_images;
    QLabel *m_status;
    QTreeWidget *m_differences;
};

} // namespace Berth::Ui
