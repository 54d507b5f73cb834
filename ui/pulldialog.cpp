// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pulldialog.h"

#include "reference/imagereference.h"
#include "ui/elidedlabel.h"
#include "ui/platformsloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {
// How long typing pauses before the registry is asked for the reference's platforms.
constexpr int TypingPauseMs = 400;
} // namespace

PullDialog::PullDialog(QWidget *parent)
    : QDialog(parent)
    , m_reference(new QLineEdit(this))
    , m_hint(new ElidedLabel(this))
    , m_platform(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("pullDialog"));
    setWindowTitle(tr("Pull Image"));
    auto *label = new QLabel(tr("&Image to pull:"), this);
    label->setBuddy(m_reference);
    m_reference->setObjectName(QStringLiteral("pullReference"));
    m_reference->setPlaceholderText(tr("e.g. alpine:3.19 or registry.example:5000/app:1"));
    m_hint->setObjectName(QStringLiteral("pullHint"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pull"));
    auto *platformLabel = new QLabel(tr("Pl&atform:"), this);
    platformLabel->setBuddy(m_platform);
    m_platform->setObjectName(QStringLiteral("pullPlatform"));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_platform->addItem(tr("The engine's choice"), QString());
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reference);
    layout->addWidget(m_hint);
    layout->addWidget(platformLabel);
    layout->addWidget(m_platform);
    layout->addWidget(m_buttons);

    connect(m_reference, &QLineEdit::textChanged, this, &PullDialog::validate);
    connect(m_typingPause, &QTimer::timeout, this, &PullDialog::lookUpPlatforms);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

PullDialog::~PullDialog()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

void PullDialog::setSource(const Engine::EngineEndpoint &endpoint,
                           std::shared_ptr<CredentialSource> credentials)
{
    m_endpoint = endpoint;
    m_credentials = std::move(credentials);
    m_hasSource = true;
    if (!m_loader) {
        m_loader = new PlatformsLoader;
        m_loader->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
        connect(m_loader, &PlatformsLoader::loaded, this, &PullDialog::showPlatforms);
        connect(m_loader, &PlatformsLoader::failed, this, &PullDialog::showPlatformProblem);
        m_thread.setObjectName(QStringLiteral("pullPlatforms"));
        m_thread.start();
    }
    validate();
}

QString PullDialog::reference() const
{
    return m_reference->text().trimmed();
}

QString PullDialog::platform() const
{
    return m_platform->currentData().toString();
}

void PullDialog::validate()
{
    const QString text = reference();
    bool valid = false;
    if (text.isEmpty()) {
        m_hint->setFullText(tr("A name, with a tag or a digest if you want a particular one."));
    } else if (const auto parsed = Reference::ImageReference::parse(text)) {
        valid = true;
        m_hint->setFullText(tr("Pulls %1").arg(parsed->pullReference()));
    } else {
        m_hint->setFullText(parsed.error().message());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    // What was offered belonged to the reference before.
    ++m_request;
    m_platform->clear();
    m_platform->addItem(tr("The engine's choice"), QString());
    m_platform->setToolTip(QString());
    if (valid && m_hasSource)
        m_typingPause->start();
    else
        m_typingPause->stop();
}

void PullDialog::lookUpPlatforms()
{
    const quint64 request = m_request;
    m_platform->setItemText(0, tr("Looking up the platforms…"));
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, request, endpoint = m_endpoint,
                                         text = reference(), credentials = m_credentials] {
        loader->load(request, endpoint, text, credentials);
    });
}

void PullDialog::showPlatforms(quint64 request, const QStringList &platforms, const QString &own)
{
    if (request != m_request)
        return;
    m_platform->clear();
    if (platforms.isEmpty()) {
        // A single image: it has one platform, which the engine takes or refuses.
        m_platform->addItem(tr("The image's only platform"), QString());
    } else {
        for (const QString &platform : platforms)
            m_platform->addItem(platform == own || platform.startsWith(own + u'/')
                                    ? tr("%1 (the engine's)").arg(platform)
                                    : platform,
                                platform);
    }
    Q_EMIT platformsLoaded();
}

void PullDialog::showPlatformProblem(quint64 request, const QString &message)
{
    if (request != m_request)
        return;
    m_platform->setItemText(0, tr("The engine's choice (no platform list: see the tool tip)"));
    m_platform->setToolTip(message);
    Q_EMIT platformsLoaded();
}

} // namespace Berth::Ui
