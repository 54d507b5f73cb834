// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"

#include <QString>
#include <QStringList>

namespace Berth::Cli {

// Options that apply to every command; given before the command name.
struct GlobalOptions
{
    QString host;           // --host; see EngineEndpoint::resolve for the rest of the order
    QString context;        // --context: a docker context by name
    int timeoutSeconds = 0; // --timeout: API calls fail after this long without a byte; 0 = default
    int jobs = 3;           // --jobs: how many jobs run at once
};

// One berthctl command ("images", "ref", ...). A command parses its own arguments and
// returns an exit code; it may run an event loop while it waits, since berthctl has no GUI.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // args[0] is the command name itself, as QCommandLineParser expects.
    virtual int run(const QStringList &args, const GlobalOptions &global,
                    const Console &console) = 0;
};

} // namespace Berth::Cli
