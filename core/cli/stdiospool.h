// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"

#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace Berth::Cli {

// A file that stands for stdout where the work needs one: a blob is verified before a byte
// of it reaches stdout. The file lives in a private temporary folder, removed with this
// object.
class StdioSpool final
{
public:
    StdioSpool();

    bool isValid() const { return m_dir.isValid(); }
    // The file to write to or read from.
    QString path() const;

    // Copies path() to stdout through the console (which remembers a failed write).
    std::optional<QString> copyToStdout(const Console &console) const;

private:
    QTemporaryDir m_dir;
};

} // namespace Berth::Cli
