// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/imagerefsmime.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QMimeData;

namespace Berth::Ui {

// Where something is dropped: an engine, a registry or one of its repositories (the
// Sources tree's rows, the local images table, a repository's tags table).
struct DropTarget
{
    enum class Kind { Engine, Registry, Repository };
    Kind kind = Kind::Engine;
    QString source;     // the engine's URL or the registry's domain
    QString repository; // Repository: its path in the registry
    QString label;      // how the window names an engine ("Sandbox engine"); may be empty
};

// What a drop does, decided before the button is released: the status bar shows
// `description` while dragging, and the window runs it on the drop.
struct DropPlan
{
    enum class Action {
        Refused,       // description says why
        RetagAndPush,  // local sources -> destinations, asked in a dialog, then tag + push
        EcrPush,       // one local image, the one-click Push to ECR
        LocalTag,      // local sources, a new name for each asked in a dialog
        Pull,          // remote sources into engineUrl
        RegistryCopy,  // remote sources -> destinations, daemonless
        RegistryRetag, // one remote source, a new tag in its own repository asked in a dialog
        Load,          // archive files into engineUrl
    };

    Action action = Action::Refused;
    QString description;
    QStringList sources;      // references, or the archives' paths
    QStringList destinations; // per source, the reference prefilled or used (may be empty)
    QString engineUrl;        // the engine that pulls, loads or tags

    bool accepted() const { return action != Action::Refused; }
};

// Decides what a drop of images or archives onto a target does, or why it cannot. Data
// only: what it must know of the window (logins, ECR hosts, an engine's OS) comes through
// Context, so that it is tested over every pair of source and target without a service.
class DropPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Ui::DropPlanner)

public:
    struct Context
    {
        // A login is stored for the registry (a push to Docker Hub needs one).
        std::function<bool(const QString &domain)> hasLogin;
        // The registry is an ECR host (its token is Berth's to fetch).
        std::function<bool(const QString &domain)> isEcr;
        // The engine's OS ("linux"), empty while unknown.
        std::function<QString(const QString &engineUrl)> engineOs;
    };

    DropPlanner() = default;
    explicit DropPlanner(Context context);

    DropPlan plan(const QMimeData *data, const DropTarget &target) const;
    DropPlan plan(const ImageRefsPayload &payload, const DropTarget &target) const;
    DropPlan planFiles(const QStringList &files, const DropTarget &target) const;

    // The reference `reference` gets when sent to the target registry or repository: the
    // repository dropped on with the image's tag, or the registry with the image's own
    // name and tag. Empty when `reference` has no name (an image id).
    static QString destinationFor(const QString &reference, const DropTarget &target);
    // Registries that serve pulls only (public mirrors of vendors).
    static bool isReadOnly(const QString &domain);
    // The suffixes of the archives an engine loads (.tar, .tar.gz, .tgz, .tar.xz, .tar.zst).
    static bool isImageArchive(const QString &path);

private:
    DropPlan planLocal(const ImageRefsPayload &payload, const DropTarget &target) const;
    DropPlan planRemote(const ImageRefsPayload &payload, const DropTarget &target) const;
    // Why a push or copy into the registry cannot work, or empty.
    QString refusalForRegistry(const QString &domain) const;
    static QString engineName(const DropTarget &target);
    static DropPlan refused(const QString &reason);

    Context m_context;
};

} // namespace Berth::Ui
