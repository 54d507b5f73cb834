// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowmapreport.h"

#include "ui/imagemodelroles.h"
#include "ui/mainwindow.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Berth::Ui;

namespace {

QJsonArray point(const QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint center = view->viewport()->mapToGlobal(view->visualRect(index).center());
    return {center.x(), center.y()};
}

// The rows of a table on screen, by the text of `role` in column 0.
QJsonObject visibleRows(const QTableView *table, int role)
{
    QJsonObject rows;
    if (!table->isVisible())
        return rows;
    const QRect shown = table->viewport()->rect();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (shown.contains(table->visualRect(index).center()))
            rows.insert(index.data(role).toString(), point(table, index));
    }
    return rows;
}

void addSourceRows(const SourcesTree *tree, const QModelIndex &parent, QJsonObject &out)
{
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        QString name = index.data(SourcesModel::SourceRole).toString();
        if (SourcesModel::kindOf(index) == SourcesModel::Kind::Repository)
            name += u'/' + index.data(SourcesModel::RepositoryRole).toString();
        if (!name.isEmpty() && tree->viewport()->rect().contains(tree->visualRect(index).center()))
            out.insert(name, point(tree, index));
        if (tree->isExpanded(index))
            addSourceRows(tree, index, out);
    }
}

} // namespace

WindowMapReport::WindowMapReport(MainWindow *window, QString path)
    : QObject(window)
    , m_window(window)
    , m_path(std::move(path))
    , m_later(new QTimer(this))
{
    m_later->setSingleShot(true);
    m_later->setInterval(0);
    connect(m_later, &QTimer::timeout, this, [this] { write(); });
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{
             window->sourcesTree(), window->remoteTagsView()->table(),
             window->findChild<QTableView *>(QStringLiteral("localImagesView"))})
        view->viewport()->installEventFilter(this);
}

bool WindowMapReport::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint)
        m_later->start();
    return false;
}

void WindowMapReport::write()
{
    auto *local = m_window->findChild<QTableView *>(QStringLiteral("localImagesView"));
    auto *center = m_window->findChild<QStackedWidget *>(QStringLiteral("centerStack"));
    QJsonObject sources;
    addSourceRows(m_window->sourcesTree(), {}, sources);
    const QJsonObject map{
        {QStringLiteral("center"), center->currentWidget() == m_window->remoteTagsView()
                                       ? QStringLiteral("remote")
                                   : center->currentIndex() == 0 ? QStringLiteral("local")
                                                                 : QStringLiteral("other")},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("local"), visibleRows(local, ReferenceRole)},
        {QStringLiteral("status"), m_window->statusBar()->currentMessage()},
        {QStringLiteral("tags"),
         visibleRows(m_window->remoteTagsView()->table(), RemoteTagsModel::ReferenceRole)},
    };
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(map).toJson(QJsonDocument::Compact));
        file.commit();
    }
}
