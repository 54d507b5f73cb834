// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Berth::Ui {

// Load from File…'s question: what the archive holds (its images, tags and layers with
// their sizes, read on a worker from manifest.json or index.json, nothing loaded), then
// Load or Cancel. accepted() starts the load.
class LoadPreviewDialog final : public QMessageBox
{
    Q_OBJECT

public:
    LoadPreviewDialog(const QString &file, QWidget *parent = nullptr);

Q_SIGNALS:
    void previewShown();

private:
    QString m_file;
};

} // namespace Berth::Ui
