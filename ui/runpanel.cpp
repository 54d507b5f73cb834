// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runpanel.h"

#include "base/humanformat.h"
#include "engine/containerrun.h"
#include "engine/engineclient.h"
#include "jobs/jobqueue.h"
#include "reference/imagereference.h"
#include "ui/icons.h"

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
                   Jobs::JobQueue *jobs, QWidget *parent)
    : QDialog(parent)
    , m_endpoint(endpoint)
    , m_spec(spec)
    , m_jobs(jobs)
    , m_client(new Engine::EngineClient(endpoint, this))
    , m_output(new QPlainTextEdit(this))
    , m_status(new QLabel(tr("Starting…"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    setWindowTitle(tr("Run %1").arg(spec.image));
    setModal(false);
    m_output->setObjectName(QStringLiteral("runOutput"));
    m_output->setAccessibleName(tr("Container output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(MaxBlocks);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->setObjectName(QStringLiteral("runStop"));
    m_stop->setIcon(Icons::icon(Icons::Stop));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, &RunPanel::stop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_output);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 420);

    if (m_jobs) {
        connect(m_jobs, &Jobs::JobQueue::jobChanged, this, [this](const Jobs::JobRecord &job) {
            if (job.id == m_pullJob)
                showPull(job);
        });
        connect(m_jobs, &Jobs::JobQueue::jobFinished, this, [this](const Jobs::JobRecord &job) {
            if (job.id != m_pullJob)
                return;
            m_pullJob.clear();
            if (job.state == Jobs::JobState::Succeeded)
                return runContainer();
            const QString why = job.error ? job.error->message() : tr("cancelled");
            end(Error(job.error ? job.error->kind() : ErrorKind::Cancelled,
                      tr("could not pull %1: %2").arg(job.spec.references.value(0), why)));
        });
    }
}

void RunPanel::start()
{
    const auto image = m_spec.pullableImage();
    if (m_spec.pull == Engine::PullPolicy::Always && image && m_jobs)
        return pullThenRun(*image);
    runContainer();
}

void RunPanel::runContainer()
{
    m_status->setText(tr("Starting…"));
    if (m_run)
        m_run->deleteLater();
    m_run = new Engine::ContainerRun(m_client, m_spec, this);
    connect(m_run, &Engine::ContainerRun::started, this,
            [this] { m_status->setText(tr("Running")); });
    connect(m_run, &Engine::ContainerRun::output, this,
            [this](Engine::StreamDemuxer::Channel channel, const QByteArray &bytes) {
                append(bytes, channel == Engine::StreamDemuxer::Channel::Stderr);
            });
    connect(m_run, &Engine::ContainerRun::finished, this, &RunPanel::onRunFinished);
    m_run->start();
}

void RunPanel::onRunFinished(const Result<int> &result)
{
    // As docker run: a missing image is pulled, then the run starts again, once.
    const auto image = m_spec.pullableImage();
    if (!result && m_run->imageMissing() && m_spec.pull == Engine::PullPolicy::Missing && image &&
        m_jobs && !m_pulled) {
        append(tr("Unable to find image '%1' locally\n").arg(*image).toUtf8(), true);
        return pullThenRun(*image);
    }
    end(result);
}

void RunPanel::pullThenRun(const QString &image)
{
    m_pulled = true;
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Pull;
    spec.endpoint = m_endpoint;
    spec.references = {image};
    // The job finds the registry's login when it starts, as the Pull… action's do.
    if (const auto reference = Reference::ImageReference::parse(image))
        spec.login = {reference->domain(), {}};
    m_status->setText(tr("Pulling %1…").arg(image));
    m_pullJob = m_jobs->enqueue(spec);
}

void RunPanel::showPull(const Jobs::JobRecord &job)
{
    const Jobs::JobProgress &progress = job.progress;
    const QString image = job.spec.references.value(0);
    if (progress.bytesTotal > 0)
        m_status->setText(tr("Pulling %1: %2 of %3")
                              .arg(image, HumanFormat::localeSize(progress.bytesDone),
                                   HumanFormat::localeSize(progress.bytesTotal)));
    else if (!progress.status.isEmpty())
        m_status->setText(tr("Pulling %1: %2").arg(image, progress.status));
}

void RunPanel::stop()
{
    if (!m_pullJob.isEmpty() && m_jobs)
        m_jobs->cancel(m_pullJob);
    else if (m_run)
        m_run->kill(QStringLiteral("KILL"));
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
