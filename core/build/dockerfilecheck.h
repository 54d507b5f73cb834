// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Build {

// Berth builds with the daemon's classic builder. A Dockerfile that uses what only BuildKit
// understands would fail there late, or worse, mean something else; this finds it first:
// a `# syntax=` directive, `RUN --mount/--network/--security`, `COPY/ADD --link/--chmod/
// --parents/--exclude`, and heredocs (`RUN <<EOF`).
class DockerfileCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Build::DockerfileCheck)

public:
    // What needs BuildKit, with its line ("line 3: RUN --mount"), or nullopt.
    static std::optional<QString> buildKitFeature(const QString &dockerfile);
    // The images the FROM lines name, other than earlier stages, `scratch` and names made
    // of build arguments: their registries are those the build may need logins for.
    static QStringList baseImages(const QString &dockerfile);
    // The message a refused build ends with.
    static QString refusal(const QString &feature);
};

} // namespace Berth::Build
