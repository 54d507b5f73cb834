// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"

#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace Berth::Cli {

// A file that stands for stdin or stdout where the work needs a file: the job pool saves
// to and loads from files, and a blob is verified before a byte of it is kept. The file
// lives in a private temporary folder, removed with this object.
class StdioSpool final
{
public:
    StdioSpool();

    bool isValid() const { return m_dir.isValid(); }
    // The file to write to or read from.
    QString path() const;

    // Copies stdin, until its end, into path(). Returns an error text on failure.
    std::optional<QString> fillFromStdin();
    // Copies path() to stdout through the console (which remembers a failed write).
    std::optional<QString> copyToStdout(const Console &console) const;

private:
    QTemporaryDir m_dir;
};

} // namespace Berth::Cli
