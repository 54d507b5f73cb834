// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awscredentialchain.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Berth::Aws {
class AwsAccountStore;
class EcrClient;
} // namespace Berth::Aws

namespace Berth::Ui {

// Lists the ECR repositories of Berth's AWS accounts, page by page (DescribeRepositories,
// following nextToken), for the Sources tree. Lives on the browsing thread with the ECR
// clients it makes; the account's keys are read from the keychain on a pool thread, so
// neither the GUI thread nor the browsing thread ever waits for the keychain.
class EcrCatalogLoader final : public QObject
{
    Q_OBJECT

public:
    explicit EcrCatalogLoader(std::shared_ptr<Aws::AwsAccountStore> accounts,
                              QObject *parent = nullptr);

    // From any thread: lists the repositories of the AWS account `account`; the signals name
    // its row by `source` (SourcesModel::ecrAccountSource). A load of the same account in
    // progress is dropped.
    void load(const QString &source, const QString &account);

Q_SIGNALS:
    void started(const QString &source);
    // `host`: the registry the repositories are on (from their URIs).
    void page(const QString &source, const QString &host, const QStringList &repositories);
    void finished(const QString &source);
    void failed(const QString &source, const QString &reason);

private:
    void loadHere(const QString &source, const QString &account);
    void listWith(const QString &source, const Aws::ResolvedAwsCredentials &keys);
    void nextPage(Aws::EcrClient *client, const QString &source, const QString &token);
    void end(const QString &source, Aws::EcrClient *client);

    std::shared_ptr<Aws::AwsAccountStore> m_accounts;
    QHash<QString, int> m_generation;           // per source: a newer load drops older answers
    QHash<QString, Aws::EcrClient *> m_clients; // per source, the load in progress
};

} // namespace Berth::Ui
