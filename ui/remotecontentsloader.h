// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagecontents.h"
#include "base/credentialsource.h"
#include "registry/registryconfig.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Berth::Ui {

using SharedImageContents = std::shared_ptr<const Archive::ImageContents>;

// Reads a remote image's layers for the file tree on a worker thread of its own: the stored
// login of its registry (anonymous without one), then RemoteImageContents, each layer blob
// streamed and checked against its digest. The GUI thread receives progress and, at the
// end, the finished contents only. A newer load() drops the one before.
class RemoteContentsLoader final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // On the loader's thread. credentials may be null (anonymous).
    void load(quint64 request, const QString &reference,
              const std::shared_ptr<CredentialSource> &credentials,
              const Registry::RegistryConfig &config);

Q_SIGNALS:
    void progress(quint64 request, qint64 received, qint64 total);
    void loaded(quint64 request, const Berth::Ui::SharedImageContents &contents);
    void failed(quint64 request, const QString &message);

private:
    QPointer<QObject> m_context;
};

} // namespace Berth::Ui
