// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagejobactions.h"

#include "jobs/jobqueue.h"
#include "reference/imagereference.h"
#include "ui/builddialog.h"
#include "ui/icons.h"
#include "ui/imagemodelroles.h"
#include "ui/loadpreviewdialog.h"
#include "ui/pulldialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>

namespace Berth::Ui {

namespace {

QString archiveFilter()
{
    return ImageJobActions::tr("Image archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;All "
                               "files (*)");
}

constexpr auto LastFolderKey = "files/lastFolder";

QSettings windowSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Berth"),
                     QStringLiteral("window"));
}

// Non-blocking: the dialog reports through fileSelected and deletes itself. It opens in the
// folder of the last archive saved or loaded, and remembers the one chosen now.
QFileDialog *openFileDialog(QWidget *parent, const QString &objectName, const QString &title,
                            QFileDialog::AcceptMode mode)
{
    QString folder = windowSettings().value(QLatin1StringView(LastFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(parent, title, folder, archiveFilter());
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    if (mode == QFileDialog::AcceptSave) {
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDefaultSuffix(QStringLiteral("tar"));
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [](const QString &file) {
        windowSettings().setValue(QLatin1StringView(LastFolderKey), QFileInfo(file).absolutePath());
    });
    return dialog;
}

// True when the reference names no registry host, so that the engine sends it to Docker
// Hub: the first component is a host only with a '.' or a ':' in it, or as localhost.
bool goesToDockerHubImplicitly(const QString &reference)
{
    const qsizetype slash = reference.indexOf(u'/');
    if (slash < 0)
        return true;
    const QString first = reference.left(slash);
    return !first.contains(u'.') && !first.contains(u':') && first != u"localhost";
}

} // namespace

// "alpine_3.19.tar" for alpine:3.19, "app_1.tar" for 127.0.0.1:5000/team/app:1, the short id
// for an untagged image: the repository's last component and the tag, safe in a file name.
QString ImageJobActions::suggestedArchiveName(const QString &reference)
{
    QString name = reference;
    if (name.startsWith(QLatin1StringView("sha256:")))
        name = name.mid(7, 12);
    name = name.section(u'/', -1).section(u'@', 0, 0);
    name.replace(u':', u'_');
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    return (name.isEmpty() ? QStringLiteral("images") : name) + QStringLiteral(".tar");
}

namespace {

constexpr auto AskBeforeHubPushKey = "confirm/pushToDockerHub";

} // namespace

ImageJobActions::ImageJobActions(Jobs::JobQueue *queue, QAbstractItemView *imagesView,
                                 QWidget *window)
    : QObject(window)
    , m_queue(queue)
    , m_imagesView(imagesView)
    , m_window(window)
    , m_pullAction(new QAction(tr("&Pull…"), this))
    , m_pushAction(new QAction(tr("P&ush"), this))
    , m_saveAction(new QAction(tr("&Save to File…"), this))
    , m_loadAction(new QAction(tr("&Load from File…"), this))
    , m_buildAction(new QAction(tr("&Build…"), this))
{
    m_pullAction->setObjectName(QStringLiteral("pullImageAction"));
    m_pullAction->setIcon(Icons::icon(Icons::Pull));
    m_pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pullAction->setToolTip(tr("Pull an image from a registry (Ctrl+Shift+P)"));
    m_pushAction->setObjectName(QStringLiteral("pushImageAction"));
    m_pushAction->setIcon(Icons::icon(Icons::Push));
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_pushAction->setToolTip(tr("Push the selected tags to their registries (Ctrl+Shift+U)"));
    m_saveAction->setObjectName(QStringLiteral("saveImagesAction"));
    m_saveAction->setIcon(Icons::icon(Icons::Save));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAction->setToolTip(tr("Save the selected images into a tar file (Ctrl+Shift+S)"));
    m_loadAction->setObjectName(QStringLiteral("loadImagesAction"));
    m_loadAction->setIcon(Icons::icon(Icons::Load));
    m_loadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_loadAction->setToolTip(tr("Load images from a tar file (Ctrl+O)"));

    m_buildAction->setObjectName(QStringLiteral("buildImageAction"));
    m_buildAction->setIcon(Icons::icon(Icons::Build));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_buildAction->setToolTip(tr("Build an image from a Dockerfile (Ctrl+Shift+B)"));
    connect(m_buildAction, &QAction::triggered, this, &ImageJobActions::askBuild);
    connect(m_pullAction, &QAction::triggered, this, &ImageJobActions::askPull);
    connect(m_pushAction, &QAction::triggered, this, &ImageJobActions::pushSelected);
    connect(m_saveAction, &QAction::triggered, this, &ImageJobActions::askSave);
    connect(m_loadAction, &QAction::triggered, this, &ImageJobActions::askLoad);
    connect(m_imagesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImageJobActions::updateActions);
    // A refresh can take the selected rows away without a selection change of their own.
    connect(m_imagesView->model(), &QAbstractItemModel::rowsRemoved, this,
            &ImageJobActions::updateActions);
    updateActions();
}

QList<QAction *> ImageJobActions::actions() const
{
    return {m_pullAction, m_pushAction, m_saveAction, m_loadAction, m_buildAction};
}

QStringList ImageJobActions::selectedReferences(const QAbstractItemView *view, bool taggedOnly)
{
    QStringList references;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString reference = row.data(ReferenceRole).toString();
        if (taggedOnly && reference == row.data(ImageIdRole).toString())
            continue;
        if (!reference.isEmpty() && !references.contains(reference))
            references.append(reference);
    }
    return references;
}

void ImageJobActions::setConnected(bool connected)
{
    m_connected = connected;
    updateActions();
}

void ImageJobActions::updateActions()
{
    m_pullAction->setEnabled(m_connected);
    m_loadAction->setEnabled(m_connected);
    m_buildAction->setEnabled(m_connected);
    m_pushAction->setEnabled(m_connected && !selectedReferences(true).isEmpty());
    m_saveAction->setEnabled(m_connected && !selectedReferences(false).isEmpty());
}

void ImageJobActions::askPull()
{
    auto *dialog = new PullDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSource(m_endpoint, m_queue->credentialSource());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        enqueue(Jobs::JobKind::Pull, {dialog->reference()}, {}, dialog->platform());
    });
    dialog->open();
}

// An untagged image has nowhere to go: only the tagged rows are pushed. A reference without
// a registry host goes to Docker Hub, which is said, and confirmed until the user says not
// to ask again.
void ImageJobActions::pushSelected()
{
    const QStringList references = selectedReferences(true);
    QStringList toHub;
    for (const QString &reference : references) {
        if (goesToDockerHubImplicitly(reference))
            toHub.append(reference);
    }
    const auto pushAll = [this, references] {
        for (const QString &reference : references)
            enqueue(Jobs::JobKind::Push, {reference});
    };
    if (toHub.isEmpty() ||
        !windowSettings().value(QLatin1StringView(AskBeforeHubPushKey), true).toBool()) {
        pushAll();
        return;
    }
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Push to Docker Hub?"),
        tr("No registry host in %1: the engine pushes it to Docker Hub (docker.io), where "
           "a repository may be public. Push to Docker Hub?")
            .arg(toHub.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_window);
    ask->setObjectName(QStringLiteral("pushToDockerHubConfirmation"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *push = ask->addButton(tr("&Push to Docker Hub"), QMessageBox::AcceptRole);
    push->setObjectName(QStringLiteral("pushToDockerHubButton"));
    auto *dontAsk = new QCheckBox(tr("&Don't ask again"), ask);
    dontAsk->setObjectName(QStringLiteral("pushToDockerHubDontAsk"));
    dontAsk->setChecked(true);
    ask->setCheckBox(dontAsk);
    connect(ask, &QMessageBox::buttonClicked, this, [push, dontAsk, pushAll](auto *button) {
        if (button != push)
            return;
        if (dontAsk->isChecked())
            windowSettings().setValue(QLatin1StringView(AskBeforeHubPushKey), false);
        pushAll();
    });
    ask->open();
}

void ImageJobActions::askSave()
{
    const QStringList references = selectedReferences(false);
    if (references.isEmpty())
        return;
    auto *dialog = openFileDialog(m_window, QStringLiteral("saveImagesDialog"),
                                  tr("Save %Ln Image(s) to File", nullptr, int(references.size())),
                                  QFileDialog::AcceptSave);
    dialog->selectFile(suggestedArchiveName(references.first()));
    connect(dialog, &QFileDialog::fileSelected, this, [this, references](const QString &file) {
        enqueue(Jobs::JobKind::Save, references, file);
    });
    dialog->open();
}

void ImageJobActions::askLoad()
{
    auto *dialog = openFileDialog(m_window, QStringLiteral("loadImagesDialog"),
                                  tr("Load Images from File"), QFileDialog::AcceptOpen);
    // What the file holds first, then the question: Load or Cancel.
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        auto *preview = new LoadPreviewDialog(file, m_window);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        connect(preview, &QMessageBox::accepted, this,
                [this, file] { enqueue(Jobs::JobKind::Load, {}, file); });
        preview->open();
    });
    dialog->open();
}

void ImageJobActions::askBuild()
{
    auto *dialog = new BuildDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->remember();
        Jobs::JobSpec spec;
        spec.kind = Jobs::JobKind::Build;
        spec.endpoint = m_endpoint;
        spec.build = dialog->options();
        spec.references = spec.build.tags;
        spec.filePath = spec.build.contextDirectory;
        m_queue->enqueue(spec);
    });
    dialog->open();
}

void ImageJobActions::enqueue(Jobs::JobKind kind, const QStringList &references,
                              const QString &filePath, const QString &platform)
{
    Jobs::JobSpec spec;
    spec.platform = platform;
    spec.kind = kind;
    spec.endpoint = m_endpoint;
    spec.references = references;
    spec.filePath = filePath;
    // A transfer names its registry's login; the job finds the secret when it starts.
    if (kind == Jobs::JobKind::Pull || kind == Jobs::JobKind::Push) {
        if (const auto reference = Reference::ImageReference::parse(references.value(0)))
            spec.login = {reference->domain(), {}};
    }
    m_queue->enqueue(spec);
}

} // namespace Berth::Ui
