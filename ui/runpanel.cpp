// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runpanel.h"

#include "engine/containerrun.h"
#include "engine/engineclient.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {
// Output kept in the panel, as a terminal's scrollback would.
constexpr int MaxBlocks = 10000;
} // namespace

RunPanel::RunPanel(const Engine::EngineEndpoint &endpoint, const Engine::ContainerRunSpec &spec,
                   QWidget *parent)
    : QDialog(parent)
    , m_client(new Engine::EngineClient(endpoint, this))
    , m_run(new Engine::ContainerRun(m_client, spec, this))
    , m_output(new QPlainTextEdit(this))
    , m_status(new QLabel(tr("Starting…"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    setWindowTitle(tr("Run %1").arg(spec.image));
    setModal(false);
    m_output->setObjectName(QStringLiteral("runOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(MaxBlocks);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_stop->setObjectName(QStringLiteral("runStop"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, m_run, [this] { m_run->kill(QStringLiteral("KILL")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_output);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_run, &Engine::ContainerRun::started, this,
            [this] { m_status->setText(tr("Running")); });
    connect(m_run, &Engine::ContainerRun::output, this,
            [this](Engine::StreamDemuxer::Channel channel, const QByteArray &bytes) {
                append(bytes, channel == Engine::StreamDemuxer::Channel::Stderr);
            });
    connect(m_run, &Engine::ContainerRun::finished, this, &RunPanel::end);
}

void RunPanel::start()
{
    m_run->start();
}

void RunPanel::append(const QByteArray &bytes, bool error)
{
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    if (error)
        format.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    cursor.insertText(m_decoder.decode(bytes), format);
    m_output->ensureCursorVisible();
}

void RunPanel::end(const Result<int> &result)
{
    m_stop->setEnabled(false);
    if (result) {
        m_exitCode = *result;
        m_status->setText(tr("Exited with code %1").arg(*result));
    } else {
        m_status->setText(tr("Could not run: %1").arg(result.error().message()));
    }
    Q_EMIT finished(result);
}

} // namespace Berth::Ui
