// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl copy|retag|delete: images changed in registries directly, without an engine.
class RemoteImageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::RemoteImageCommand)

public:
    enum class Kind { Copy, Retag, Delete };
    explicit RemoteImageCommand(Kind kind)
        : m_kind(kind)
    {}

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;

private:
    int runCopy(const QStringList &args, const GlobalOptions &global, const Console &console);
    int runRetag(const QStringList &args, const GlobalOptions &global, const Console &console);
    int runDelete(const QStringList &args, const GlobalOptions &global, const Console &console);

    Kind m_kind;
};

} // namespace Berth::Cli
