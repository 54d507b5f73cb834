// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "engine/engineendpoint.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Berth::Ui {

// The platforms a reference offers, for the Pull dialog, read on the dialog's worker thread:
// the registry's manifest or index (with the stored login, else anonymously) and the
// engine's own platform (its /version), asked at once. A newer load() drops the answers of
// the one before.
class PlatformsLoader final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // On the loader's thread; credentials may be null (anonymous).
    void load(quint64 request, const Engine::EngineEndpoint &endpoint, const QString &reference,
              const std::shared_ptr<CredentialSource> &credentials);

Q_SIGNALS:
    // The index's platforms ("linux/arm64/v8"), the engine's own first when the index has
    // it; empty for a single image. enginePlatform is empty when the engine did not say.
    void loaded(quint64 request, const QStringList &platforms, const QString &enginePlatform);
    void failed(quint64 request, const QString &message);

private:
    QPointer<QObject> m_context;
};

} // namespace Berth::Ui
