// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/localimageactions.h"

#include "base/humanformat.h"
#include "jobs/jobqueue.h"
#include "ui/icons.h"
#include "ui/imagemodelroles.h"
#include "ui/imageuserslookup.h"
#include "ui/localimagesmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace Berth::Ui {

namespace {
// The rows a removal's confirmation lists before it says how many more there are.
constexpr qsizetype MaxListedRows = 15;
} // namespace

LocalImageActions::LocalImageActions(Jobs::JobQueue *queue, QAbstractItemView *imagesView,
                                     QWidget *window)
    : QObject(window)
    , m_queue(queue)
    , m_imagesView(imagesView)
    , m_window(window)
    , m_removeAction(new QAction(tr("Remo&ve…"), this))
    , m_pruneAction(new QAction(tr("Prune &Dangling…"), this))
    , m_lookup(new ImageUsersLookup)
{
    m_removeAction->setObjectName(QStringLiteral("removeImagesAction"));
    m_removeAction->setIcon(Icons::icon(Icons::Remove));
    m_removeAction->setShortcut(QKeySequence::Delete);
    // Delete removes while the images table has the keyboard; in the Jobs panel it cancels.
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setToolTip(tr("Remove the selected tags and images from the engine (Delete)"));
    m_pruneAction->setObjectName(QStringLiteral("pruneImagesAction"));
    m_pruneAction->setIcon(Icons::icon(Icons::Prune));
    m_pruneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_pruneAction->setToolTip(tr("Remove the untagged images no container uses (Ctrl+Shift+K)"));
    connect(m_removeAction, &QAction::triggered, this, &LocalImageActions::askRemove);
    connect(m_pruneAction, &QAction::triggered, this, &LocalImageActions::askPrune);
    connect(m_imagesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LocalImageActions::updateActions);
    connect(m_imagesView->model(), &QAbstractItemModel::rowsRemoved, this,
            &LocalImageActions::updateActions);
    connect(m_queue, &Jobs::JobQueue::jobFinished, this, &LocalImageActions::onJobFinished);

    // The containers are asked for on a thread of its own: the GUI thread never waits.
    m_lookup->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_lookup, &QObject::deleteLater);
    connect(m_lookup, &ImageUsersLookup::found, this, &LocalImageActions::confirmRemove);
    m_thread.setObjectName(QStringLiteral("imageUsersLookup"));
    m_thread.start();
    updateActions();
}

LocalImageActions::~LocalImageActions()
{
    m_thread.quit();
    m_thread.wait();
}

void LocalImageActions::setConnected(bool connected)
{
    m_connected = connected;
    updateActions();
}

void LocalImageActions::updateActions()
{
    m_removeAction->setEnabled(m_connected && m_imagesView->selectionModel()->hasSelection());
    m_pruneAction->setEnabled(m_connected);
}

QList<LocalImageActions::Selected> LocalImageActions::selected() const
{
    QList<Selected> out;
    const QModelIndexList rows = m_imagesView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        Selected item{
            row.data(ReferenceRole).toString(), row.data(ImageIdRole).toString(),
            row.siblingAtColumn(LocalImagesModel::SizeColumn).data(SortRole).toLongLong()};
        if (!item.reference.isEmpty() &&
            std::none_of(out.cbegin(), out.cend(), [&item](const Selected &other) {
                return other.reference == item.reference;
            }))
            out.append(item);
    }
    return out;
}

void LocalImageActions::askRemove()
{
    m_pending = selected();
    if (m_pending.isEmpty())
        return;
    QStringList ids;
    for (const Selected &item : std::as_const(m_pending)) {
        if (!ids.contains(item.id))
            ids.append(item.id);
    }
    const quint64 request = ++m_request;
    QMetaObject::invokeMethod(m_lookup, [lookup = m_lookup, request, endpoint = m_endpoint, ids] {
        lookup->lookUp(request, endpoint, ids);
    });
}

void LocalImageActions::confirmRemove(quint64 request, const QMap<QString, QStringList> &users,
                                      const QString &problem)
{
    if (request != m_request || m_pending.isEmpty())
        return;
    const QList<Selected> items = std::exchange(m_pending, {});
    // Images a container keeps come first: a long list cut short still names them.
    QStringList lines;
    QStringList usedLines;
    for (const Selected &item : items) {
        const bool untagged = item.reference == item.id;
        QString line = untagged
                           ? tr("%1 (untagged, %2)")
                                 .arg(HumanFormat::shortId(item.id), HumanFormat::size(item.size))
                           : tr("%1 (%2)").arg(item.reference, HumanFormat::size(item.size));
        const QStringList containers = users.value(item.id);
        if (containers.isEmpty()) {
            lines.append(QStringLiteral("• ") + line);
            continue;
        }
        line += u'\n' + tr("    used by %Ln container(s): %1", nullptr, int(containers.size()))
                            .arg(containers.join(QStringLiteral(", ")));
        usedLines.append(QStringLiteral("• ") + line);
    }
    const bool inUse = !usedLines.isEmpty();
    lines = usedLines + lines;
    // A long selection keeps the box on the screen: the first rows, then how many more.
    const qsizetype shown = lines.size() > MaxListedRows ? MaxListedRows - 1 : lines.size();
    QString text = tr("Remove %Ln image(s) from the engine?", nullptr, int(items.size())) +
                   QStringLiteral("\n\n") + lines.mid(0, shown).join(u'\n');
    if (shown < lines.size())
        text += u'\n' + tr("… and %Ln more", nullptr, int(lines.size() - shown));
    if (inUse)
        text += QStringLiteral("\n\n") +
                tr("The engine keeps an image a container uses until the container is removed "
                   "(Details ▸ Containers); the others go.");
    if (!problem.isEmpty())
        text += QStringLiteral("\n\n") + problem;
    ask(QStringLiteral("removeImages"), tr("Remove Images"), text, tr("&Remove"), [this, items] {
        for (const Selected &item : items) {
            Jobs::JobSpec spec;
            spec.kind = Jobs::JobKind::ImageRemove;
            spec.endpoint = m_endpoint;
            spec.references = {item.reference};
            m_queue->enqueue(spec);
        }
    });
}

void LocalImageActions::askPrune()
{
    // The untagged rows are the dangling images; each counts once.
    QSet<QString> ids;
    qint64 bytes = 0;
    const QAbstractItemModel *model = m_imagesView->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString id = index.data(ImageIdRole).toString();
        if (index.data(ReferenceRole).toString() != id || ids.contains(id))
            continue;
        ids.insert(id);
        bytes += index.siblingAtColumn(LocalImagesModel::SizeColumn).data(SortRole).toLongLong();
    }
    const QString text =
        ids.isEmpty()
            ? tr("The list shows no dangling (untagged) image. Ask the engine to prune anyway?")
            : tr("Remove the %Ln dangling (untagged) image(s) no container uses? This frees up "
                 "to %1.",
                 nullptr, int(ids.size()))
                  .arg(HumanFormat::size(bytes));
    ask(QStringLiteral("prune"), tr("Prune Dangling Images"), text, tr("&Prune"), [this] {
        Jobs::JobSpec spec;
        spec.kind = Jobs::JobKind::ImagePrune;
        spec.endpoint = m_endpoint;
        m_queue->enqueue(spec);
    });
}

// A question whose default is Cancel, opened without blocking: `name`Confirmation, its
// destructive button `name`Button.
void LocalImageActions::ask(const QString &name, const QString &title, const QString &text,
                            const QString &doIt, std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, m_window);
    box->setObjectName(name + QStringLiteral("Confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *button = box->addButton(doIt, QMessageBox::DestructiveRole);
    button->setObjectName(name + QStringLiteral("Button"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [button, then = std::move(then)](QAbstractButton *clicked) {
                if (clicked == button)
                    then();
            });
    box->open();
}

void LocalImageActions::onJobFinished(const Jobs::JobRecord &job)
{
    if (job.spec.kind == Jobs::JobKind::ImageRemove && job.state == Jobs::JobState::Failed &&
        job.error)
        Q_EMIT message(
            tr("Could not remove %1: %2").arg(job.spec.references.value(0), job.error->message()));
    else if (job.spec.kind == Jobs::JobKind::ImagePrune && job.state == Jobs::JobState::Succeeded)
        Q_EMIT message(
            tr("Prune Dangling freed %1 (%Ln image(s) deleted)", nullptr, int(job.output.size()))
                .arg(HumanFormat::size(job.progress.bytesDone)));
    else if (job.spec.kind == Jobs::JobKind::ImagePrune && job.error)
        Q_EMIT message(tr("Prune Dangling failed: %1").arg(job.error->message()));
}

} // namespace Berth::Ui
