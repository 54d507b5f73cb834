// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enginebanner.h"

#include "ui/icons.h"
#include "ui/palettecolors.h"
#include "ui/palettefollower.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Berth::Ui {

EngineBanner::EngineBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_sandboxButton(new QPushButton(tr("Start &sandbox engine"), this))
{
    setObjectName(QStringLiteral("engineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("engineBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setIcon(Icons::icon(Icons::Retry));
    m_sandboxButton->setObjectName(QStringLiteral("sandboxButton"));
    m_sandboxButton->setToolTip(
        tr("Start a private Docker engine with a few sample images, its data in "
           "Berth's build folder. Needs root (sudo)."));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_sandboxButton);
    layout->addWidget(m_retryButton);
    connect(m_retryButton, &QPushButton::clicked, this, &EngineBanner::retryRequested);
    connect(m_sandboxButton, &QPushButton::clicked, this, &EngineBanner::sandboxRequested);
    setMode(Mode::Hidden);
    PaletteFollower::follow(this,
                            [this](QWidget *, const QPalette &around) { applyColors(around); });
}

QString EngineBanner::text() const
{
    return m_label->text();
}

void EngineBanner::setMode(Mode mode)
{
    m_mode = mode;
    setVisible(mode != Mode::Hidden);
    PaletteFollower::refresh(this);
}

void EngineBanner::applyColors(const QPalette &around)
{
    // An error tinted red, the sandbox tinted with the selection's colour; the text the
    // palette's own, whichever of Text and BrightText reads better on the tint.
    const QColor background = m_mode == Mode::Error ? PaletteColors::errorBackground(around)
                                                    : PaletteColors::noticeBackground(around);
    QPalette pal = around;
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, PaletteColors::textOn(around, background));
    setPalette(pal);
}

void EngineBanner::showError(const QString &endpointUrl, const Error &error, bool sandboxAvailable)
{
    QString text;
    switch (error.kind()) {
    case ErrorKind::Unreachable:
        text = tr("<b>No Docker engine at %1.</b><br>Start Docker (for example "
                  "<tt>sudo systemctl start docker</tt>), or point Berth at another engine with "
                  "<tt>DOCKER_HOST</tt> or <tt>--host</tt>.")
                   .arg(endpointUrl.toHtmlEscaped());
        break;
    case ErrorKind::PermissionDenied:
        text = tr("<b>Permission denied on %1.</b><br>The engine is running, but this user may not "
                  "open its socket. Either add yourself to the <tt>docker</tt> group "
                  "(<tt>sudo usermod -aG docker $USER</tt>, then log out and in again; members of "
                  "that group can act as root on this machine), or run Docker in rootless mode "
                  "(<tt>dockerd-rootless-setuptool.sh install</tt>), which runs an engine as your "
                  "own user at <tt>unix://$XDG_RUNTIME_DIR/docker.sock</tt>.")
                   .arg(endpointUrl.toHtmlEscaped());
        break;
    default:
        text = tr("<b>The engine at %1 could not list images.</b><br>%2")
                   .arg(endpointUrl.toHtmlEscaped(), error.message().toHtmlEscaped());
        break;
    }
    if (sandboxAvailable)
        text += tr("<br>Or try Berth's sandbox: a private engine with a few sample images.");
    m_label->setText(text);
    m_retryButton->setVisible(true);
    m_sandboxButton->setVisible(sandboxAvailable);
    m_sandboxButton->setEnabled(true);
    setMode(Mode::Error);
}

void EngineBanner::showSandbox(const QString &endpointUrl)
{
    m_label->setText(tr("This window shows <b>Berth's sandbox engine</b> at %1: a private Docker "
                        "engine with a few sample images, not your own engine.")
                         .arg(endpointUrl.toHtmlEscaped()));
    m_retryButton->setVisible(false);
    m_sandboxButton->setVisible(false);
    setMode(Mode::Sandbox);
}

void EngineBanner::showMessage(const QString &text)
{
    m_label->setText(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_retryButton->setVisible(true);
    m_sandboxButton->setVisible(false);
    setMode(Mode::Sandbox);
}

void EngineBanner::clear()
{
    m_label->clear();
    setMode(Mode::Hidden);
}

} // namespace Berth::Ui
