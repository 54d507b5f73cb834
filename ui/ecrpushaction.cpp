// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ecrpushaction.h"

#include "aws/awsendpoints.h"
#include "jobs/jobqueue.h"
#include "ui/icons.h"
#include "ui/imagemodelroles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QThreadPool>

namespace Berth::Ui {

EcrPushAction::EcrPushAction(Jobs::JobQueue *queue, QAbstractItemView *imagesView,
                             Aws::KeptAwsAccount keptAccount, QWidget *window)
    : QObject(window)
    , m_queue(queue)
    , m_imagesView(imagesView)
    , m_keptAccount(std::move(keptAccount))
    , m_window(window)
    , m_action(new QAction(tr("Push to &ECR"), this))
{
    m_action->setObjectName(QStringLiteral("pushToEcrAction"));
    m_action->setIcon(Icons::icon(Icons::Push));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setToolTip(
        tr("Push the selected image to Amazon ECR with your AWS account (Ctrl+Shift+E)"));
    connect(m_action, &QAction::triggered, this, &EcrPushAction::start);
    connect(m_imagesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EcrPushAction::updateAction);
    connect(m_imagesView->model(), &QAbstractItemModel::rowsRemoved, this,
            &EcrPushAction::updateAction);
    connect(m_queue, &Jobs::JobQueue::jobFinished, this, &EcrPushAction::onJobFinished);
    updateAction();
}

void EcrPushAction::setConnected(bool connected)
{
    m_connected = connected;
    updateAction();
}

// The first selected row's "repository:tag"; an untagged image has no name to push under.
QString EcrPushAction::selectedReference() const
{
    const QModelIndexList rows = m_imagesView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString reference = row.data(ReferenceRole).toString();
        if (!reference.isEmpty() && reference != row.data(ImageIdRole).toString())
            return reference;
    }
    return {};
}

void EcrPushAction::updateAction()
{
    m_action->setEnabled(m_connected && !m_preparing && !selectedReference().isEmpty());
}

void EcrPushAction::start()
{
    pushReference(selectedReference());
}

void EcrPushAction::pushReference(const QString &local)
{
    if (local.isEmpty() || m_preparing)
        return;
    m_preparing = true;
    updateAction();
    // The chain may run a credential_process or open the keychain: never on this thread.
    Aws::AwsChainOptions options;
    options.keptAccount = m_keptAccount;
    QPointer<EcrPushAction> self(this);
    QThreadPool::globalInstance()->start([self, options, local] {
        const auto found = Aws::AwsCredentialChain(options).resolve();
        QMetaObject::invokeMethod(
            qApp,
            [self, found, local] {
                if (self)
                    self->withCredentials(found, local);
            },
            Qt::QueuedConnection);
    });
}

void EcrPushAction::withCredentials(const Result<Aws::ResolvedAwsCredentials> &found,
                                    const QString &local)
{
    if (!found || found->region.isEmpty()) {
        m_preparing = false;
        updateAction();
        // Asked once per attempt, with the way to the Accounts dialog one click away.
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Push to ECR"),
            found ? tr("Your AWS credentials name no region. Set one for your AWS account "
                       "(Accounts…, then Edit).")
                  : tr("No AWS account is set up: %1\n\nAdd one with Accounts….")
                        .arg(found.error().message()),
            QMessageBox::Cancel, m_window);
        box->setObjectName(QStringLiteral("ecrNoAccountBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *accounts = box->addButton(tr("&Accounts…"), QMessageBox::AcceptRole);
        connect(accounts, &QPushButton::clicked, this, &EcrPushAction::accountsRequested);
        box->open();
        Q_EMIT failed(box->text());
        return;
    }
    const auto environment = QProcessEnvironment::systemEnvironment();
    const auto resolve = [&](const QString &service) {
        return Aws::AwsEndpoints::resolve(service, found->region, {}, environment,
                                          found->endpointUrl);
    };
    m_ops.reset();
    m_client = std::make_shared<Aws::EcrClient>(
        *found,
        Aws::EcrClient::Endpoints{resolve(QStringLiteral("ecr")), resolve(QStringLiteral("sts"))});
    m_ops = std::make_unique<Aws::EcrImageOps>(*m_client);
    const auto [repository, tag] = Aws::EcrImageOps::defaultTarget(local);
    ensureRepository(local, repository, tag, false);
}

void EcrPushAction::ensureRepository(const QString &local, const QString &repository,
                                     const QString &tag, bool create)
{
    m_ops->ensureRepository(
        repository, create,
        [this, local, repository, tag, create](const Result<Aws::EcrImageOps::Repository> &repo) {
            if (repo) {
                enqueue(local, *repo, tag);
                return;
            }
            if (repo.error().kind() == ErrorKind::NotFound && !create)
                askToCreate(local, repository, tag);
            else
                fail(repo.error().message());
        });
}

void EcrPushAction::askToCreate(const QString &local, const QString &repository, const QString &tag)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Push to ECR"),
                                tr("ECR has no repository %1. Create it?").arg(repository),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("ecrCreateRepositoryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *create = box->addButton(tr("&Create and Push"), QMessageBox::AcceptRole);
    box->setDefaultButton(create);
    connect(box, &QMessageBox::finished, this, [this, box, create, local, repository, tag] {
        if (box->clickedButton() == create) {
            ensureRepository(local, repository, tag, true);
        } else {
            m_preparing = false;
            updateAction();
        }
    });
    box->open();
}

void EcrPushAction::enqueue(const QString &local, const Aws::EcrImageOps::Repository &repository,
                            const QString &tag)
{
    m_preparing = false;
    updateAction();
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Retag;
    spec.endpoint = m_endpoint;
    const QString uri = repository.uri + u':' + tag;
    spec.references = {local, uri};
    // The queue's source answers an ECR host's login with a token of its own (docs/aws.md).
    spec.login = {repository.uri.section(u'/', 0, 0), {}};
    m_jobs.insert(m_queue->enqueue(spec), {repository.name, tag, uri, m_client});
}

void EcrPushAction::onJobFinished(const Jobs::JobRecord &record)
{
    const auto pending = m_jobs.take(record.id);
    if (pending.uri.isEmpty())
        return;
    if (record.state != Jobs::JobState::Succeeded) {
        // The Jobs panel shows the failure; nothing to confirm.
        Q_EMIT failed(record.error ? record.error->message() : QString());
        return;
    }
    const QString engineDigest = record.digest;
    Aws::EcrImageOps(*pending.client)
        .describe({pending.repository, {{QStringLiteral("imageTag"), pending.tag}}},
                  [this, pending, engineDigest](const Result<QJsonObject> &image) {
                      if (!image) {
                          fail(image.error().message());
                          return;
                      }
                      const QString digest = image->value(QLatin1String("imageDigest")).toString();
                      if (!engineDigest.isEmpty() && digest != engineDigest) {
                          fail(tr("The engine pushed %1 but ECR lists %2 under %3")
                                   .arg(engineDigest, digest, pending.uri));
                          return;
                      }
                      showResult(pending.uri);
                      Q_EMIT pushed(pending.uri, digest);
                  });
}

void EcrPushAction::showResult(const QString &uri)
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Pushed to ECR"),
                        tr("The image is in ECR:\n%1").arg(uri), QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("ecrPushedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *copy = box->addButton(tr("&Copy URI"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("ecrCopyUriButton"));
    // The box closes with the click, as every message box button does: the URI is copied.
    connect(copy, &QPushButton::clicked, this,
            [uri] { QGuiApplication::clipboard()->setText(uri); });
    box->open();
}

void EcrPushAction::fail(const QString &message)
{
    m_preparing = false;
    updateAction();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Push to ECR"), message,
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("ecrPushFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT failed(message);
}

} // namespace Berth::Ui
