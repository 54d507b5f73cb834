// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awscredentialchain.h"
#include "aws/ecrimageops.h"
#include "aws/ecrtokencache.h"
#include "engine/engineendpoint.h"

#include <QHash>
#include <QObject>

#include <memory>

class QAbstractItemView;
class QAction;
class QWidget;

namespace Berth::Jobs {
class JobQueue;
struct JobRecord;
} // namespace Berth::Jobs

namespace Berth::Ui {

// Image ▸ Push to ECR: the selected local image to Amazon ECR with the default AWS
// credentials (the chain, then Berth's default AWS account; docs/aws.md). The repository is
// the image's name; the window asks once before creating it. The push is one job of the
// queue (tag, then push with the per-layer progress), its token fetched by the queue's
// credential source; at its end ECR's digest is confirmed and the URI shown with a Copy
// button. With credentials, a region and an existing repository it asks nothing. A push
// the registry refuses (its token lapsed while the computer slept) is renewed by the job
// itself through the queue's EcrCredentialSource, one job to the end (Jobs::Job).
class EcrPushAction final : public QObject
{
    Q_OBJECT

public:
    EcrPushAction(Jobs::JobQueue *queue, QAbstractItemView *imagesView,
                  Aws::KeptAwsAccount keptAccount, QWidget *window);

    QAction *action() const { return m_action; }
    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    void setConnected(bool connected);
    // Pushes `local` (a reference on the engine) as the action pushes the selected image: a
    // local image dropped on an ECR registry.
    void pushReference(const QString &local);

Q_SIGNALS:
    // The image is in ECR, its digest confirmed: URI is HOST/REPOSITORY:TAG.
    void pushed(const QString &uri, const QString &digest);
    // A step failed; the window has said so.
    void failed(const QString &message);
    // The user wants the Accounts dialog (no AWS credentials or region yet).
    void accountsRequested();

private:
    struct Pending
    {
        QString repository;
        QString tag;
        QString uri;
        // The client that found the repository confirms the digest; a later push's client
        // does not replace it.
        std::shared_ptr<Aws::EcrClient> client;
    };

    QString selectedReference() const;
    void updateAction();
    void start();
    void withCredentials(const Result<Aws::ResolvedAwsCredentials> &found, const QString &local);
    void ensureRepository(const QString &local, const QString &repository, const QString &tag,
                          bool create);
    void askToCreate(const QString &local, const QString &repository, const QString &tag);
    void enqueue(const QString &local, const Aws::EcrImageOps::Repository &repository,
                 const QString &tag);
    void onJobFinished(const Jobs::JobRecord &record);
    void showResult(const QString &uri);
    void fail(const QString &message);

    Jobs::JobQueue *m_queue;
    QAbstractItemView *m_imagesView;
    Aws::KeptAwsAccount m_keptAccount;
    QWidget *m_window;
    QAction *m_action;
    Engine::EngineEndpoint m_endpoint;
    bool m_connected = false;
    bool m_preparing = false; // the chain, the repository: one push is prepared at a time
    std::shared_ptr<Aws::EcrClient> m_client; // the push being prepared
    std::unique_ptr<Aws::EcrImageOps> m_ops;
    QHash<QString, Pending> m_jobs; // job id -> what it pushes
};

} // namespace Berth::Ui
