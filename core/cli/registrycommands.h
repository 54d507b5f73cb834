// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl catalog|tags|manifest|blob: a registry read directly, without an engine.
class RegistryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::RegistryCommand)

public:
    enum class Kind { Catalog, Tags, Manifest, Blob };
    explicit RegistryCommand(Kind kind)
        : m_kind(kind)
    {}

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;

private:
    Kind m_kind;
};

} // namespace Berth::Cli
