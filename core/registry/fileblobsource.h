// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/blobsource.h"

#include <QFile>
#include <QPointer>

namespace Berth::Registry {

// A blob read from a file, a piece at a time as the upload takes it.
class FileBlobSource final : public BlobSource
{
    Q_OBJECT

public:
    static constexpr qint64 PieceSize = 256 * 1024;

    explicit FileBlobSource(QString path, QObject *parent = nullptr);

    Result<BlobPipe *> open() override;
    void stop() override;

private:
    void feed();

    QString m_path;
    QFile m_file;
    QPointer<BlobPipe> m_pipe;
};

} // namespace Berth::Registry
