// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "engine/engineendpoint.h"

#include <QDialog>
#include <QThread>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QTimer;

namespace Berth::Ui {

class ElidedLabel;
class PlatformsLoader;

// Asks for the image to pull. OK is enabled only for a reference Berth can parse, and the
// line under the field shows how it reads (the registry and tag a short name implies) or
// what is wrong with it, elided to the dialog's width. Once it knows the engine
// (setSource()), it offers the platforms of the reference's index as the user types (read
// on a worker thread a moment after the last key), the engine's own first. Opened with
// open(), never exec(): the window keeps running.
class PullDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PullDialog(QWidget *parent = nullptr);
    ~PullDialog() override;

    // The engine the pull goes to and the logins the registry is read with (null:
    // anonymous); without it, no platform is offered and the engine chooses.
    void setSource(const Engine::EngineEndpoint &endpoint,
                   std::shared_ptr<CredentialSource> credentials);

    // The reference as typed, without surrounding spaces.
    QString reference() const;
    // The platform chosen (os/arch[/variant]), or empty: the engine's choice.
    QString platform() const;

Q_SIGNALS:
    // The platform list was read (or could not be) for the reference typed last.
    void platformsLoaded();

private:
    void validate();
    void lookUpPlatforms();
    void showPlatforms(quint64 request, const QStringList &platforms, const QString &own);
    void showPlatformProblem(quint64 request, const QString &message);

    QLineEdit *m_reference;
    ElidedLabel *m_hint;
    QComboBox *m_platform;
    QDialogButtonBox *m_buttons;
    QTimer *m_typingPause;
    Engine::EngineEndpoint m_endpoint;
    std::shared_ptr<CredentialSource> m_credentials;
    QThread m_thread;
    PlatformsLoader *m_loader = nullptr;
    quint64 m_request = 0;
    bool m_hasSource = false;
};

} // namespace Berth::Ui
