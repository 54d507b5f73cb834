// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagejobactions.h"

#include "jobs/jobqueue.h"
#include "reference/imagereference.h"
#include "ui/builddialog.h"
#include "ui/imagemodelroles.h"
#include "ui/loadpreviewdialog.h"
#include "ui/pulldialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>

namespace Berth::Ui {

namespace {

QString archiveFilter()
{
    return ImageJobActions::tr("Image archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;All "
                               "files (*)");
}

// Non-blocking: the dialog reports through fileSelected and deletes itself.
QFileDialog *openFileDialog(QWidget *parent, const QString &objectName, const QString &title,
                            QFileDialog::AcceptMode mode)
{
    auto *dialog = new QFileDialog(parent, title, QDir::homePath(), archiveFilter());
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    if (mode == QFileDialog::AcceptSave) {
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDefaultSuffix(QStringLiteral("tar"));
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    return dialog;
}

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
    m_pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pullAction->setToolTip(tr("Pull an image from a registry (Ctrl+Shift+P)"));
    m_pushAction->setObjectName(QStringLiteral("pushImageAction"));
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_pushAction->setToolTip(tr("Push the selected tags to their registries (Ctrl+Shift+U)"));
    m_saveAction->setObjectName(QStringLiteral("saveImagesAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAction->setToolTip(tr("Save the selected images into a tar file (Ctrl+Shift+S)"));
    m_loadAction->setObjectName(QStringLiteral("loadImagesAction"));
    m_loadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_loadAction->setToolTip(tr("Load images from a tar file (Ctrl+O)"));

    m_buildAction->setObjectName(QStringLiteral("buildImageAction"));
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
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { enqueue(Jobs::JobKind::Pull, {dialog->reference()}); });
    dialog->open();
}

// An untagged image has nowhere to go: only the tagged rows are pushed.
void ImageJobActions::pushSelected()
{
    for (const QString &reference : selectedReferences(true))
        enqueue(Jobs::JobKind::Push, {reference});
}

void ImageJobActions::askSave()
{
    const QStringList references = selectedReferences(false);
    if (references.isEmpty())
        return;
    auto *dialog = openFileDialog(m_window, QStringLiteral("saveImagesDialog"),
                                  tr("Save %n Image(s) to File", nullptr, int(references.size())),
                                  QFileDialog::AcceptSave);
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
                              const QString &filePath)
{
    Jobs::JobSpec spec;
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
