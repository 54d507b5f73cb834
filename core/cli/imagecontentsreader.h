// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagecontents.h"
#include "base/result.h"
#include "cli/command.h"
#include "cli/registrysession.h"
#include "registry/manifest.h"
#include "registry/registryconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace Berth::Cli {

class EngineSession;

// How an image of a registry is read: the registry's settings and, for an index, the
// platform (empty: the host's).
struct RemoteReadOptions
{
    Registry::RegistryConfig config;
    Registry::Platform platform;
};

// Where berthctl layers, files and diff get an image's contents from: the local engine's
// docker save stream, listed as it arrives, a registry's blobs (a name given as
// docker://REFERENCE, with the login `berthctl login` kept), or an image archive file.
class ImageContentsReader final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::ImageContentsReader)

public:
    // The image NAME of the engine, its layers listed (each layer once per process).
    static Result<Archive::ImageContents> fromEngine(EngineSession &session, const QString &name);
    // The image REFERENCE of its registry, its layers streamed from their blobs.
    static Result<Archive::ImageContents> fromRegistry(const QString &reference,
                                                       const RemoteReadOptions &remote,
                                                       const GlobalOptions &global,
                                                       const Console &console);
    // Whether NAME names a registry's image (docker://REFERENCE, as skopeo writes it).
    static bool isRemote(const QString &name);
    // What layers, files and diff start with: each image in turn, from the engine (its
    // session opened for the first local one) or its registry; on a failure, the message
    // is printed and exitCode set.
    static std::optional<QList<Archive::ImageContents>>
    forCommand(const QStringList &names, const RemoteReadOptions &remote,
               const GlobalOptions &global, const Console &console, int *exitCode);
    // Every image of an archive file ("-": stdin); without listLayers, only what its
    // manifest says (a load's preview).
    static Result<QList<Archive::ArchivedImage>> fromFile(const QString &path, bool listLayers);
};

// The command line that layers, files and diff share: the options of an image of a
// registry, the registry commands' own (--insecure, --ca-file, --certs-dir) and --platform
// (which image of an index; the host's by default), then the parse and the images read.
class ImageContentsCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::ImageContentsCommandLine)

public:
    // Adds the remote image's options to `parser`, after the command's own.
    explicit ImageContentsCommandLine(QCommandLineParser &parser);

    // parseArguments() with minPositional..maxPositional images.
    std::optional<int> parse(const QString &program, const QStringList &args,
                             const Console &console, int minPositional, int maxPositional);
    // The images the positional arguments name; on a failure, the message is printed and
    // exitCode set.
    std::optional<QList<Archive::ImageContents>> read(const GlobalOptions &global,
                                                      const Console &console, int *exitCode) const;

private:
    QCommandLineParser &m_parser;
    RegistryOptions m_registry;
    QCommandLineOption m_platform;
};

} // namespace Berth::Cli
