// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/loadpreviewdialog.h"

#include "archive/imagecontents.h"
#include "base/humanformat.h"

#include <QFile>
#include <QPushButton>
#include <QThread>

#include <memory>

namespace Berth::Ui {

namespace {

Result<QList<Archive::ArchivedImage>> readPreview(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, file.errorString());
    Archive::DeviceByteSource source(&file);
    Archive::ImageArchiveReader::Options options;
    options.listLayers = false;
    return Archive::ImageArchiveReader::read(&source, options);
}

} // namespace

LoadPreviewDialog::LoadPreviewDialog(const QString &file, QWidget *parent)
    : QMessageBox(parent)
    , m_file(file)
{
    setObjectName(QStringLiteral("loadPreviewDialog"));
    setWindowTitle(tr("Load Images from File"));
    setIcon(QMessageBox::Question);
    setText(tr("Reading %1…").arg(file));
    QPushButton *load = addButton(tr("&Load"), QMessageBox::AcceptRole);
    load->setObjectName(QStringLiteral("loadButton"));
    load->setEnabled(false);
    addButton(QMessageBox::Cancel);
    auto result = std::make_shared<std::optional<Result<QList<Archive::ArchivedImage>>>>();
    QThread *worker = QThread::create([result, file] { *result = readPreview(file); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, load] {
        const auto &images = **result;
        if (!images) {
            setIcon(QMessageBox::Warning);
            setText(tr("%1 cannot be loaded: %2").arg(m_file, images.error().message()));
            Q_EMIT previewShown();
            return;
        }
        QString details;
        for (const Archive::ArchivedImage &image : *images) {
            qint64 total = 0;
            for (const Archive::ArchivedLayer &layer : image.layers)
                total += layer.blobBytes;
            details +=
                tr("%1: %Ln layer(s), %2", nullptr, int(image.layers.size()))
                    .arg(image.repoTags.isEmpty() ? tr("(untagged)")
                                                  : image.repoTags.join(QStringLiteral(", ")),
                         HumanFormat::localeSize(total)) +
                u'\n';
            for (qsizetype i = 0; i < image.layers.size(); ++i)
                details += tr("  layer %1: %2")
                               .arg(i + 1)
                               .arg(HumanFormat::localeSize(image.layers.at(i).blobBytes)) +
                           u'\n';
        }
        setText(tr("%1 holds %Ln image(s). Load them?", nullptr, int(images->size())).arg(m_file));
        setInformativeText(details.trimmed());
        load->setEnabled(true);
        Q_EMIT previewShown();
    });
    worker->start();
}

} // namespace Berth::Ui
