// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl ecr: Amazon ECR's repositories, images, scan findings and registry login, with
// AWS credentials found as the AWS CLI finds them (docs/aws.md).
class EcrCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::EcrCommand)

public:
    QString name() const override { return QStringLiteral("ecr"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
