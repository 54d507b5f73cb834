// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowmemory.h"

#include "base/windowsettings.h"
#include "ui/columnfitter.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>

namespace Berth::Ui {

namespace {
const QString GeometryKey = QStringLiteral("memory/geometry");
const QString StateKey = QStringLiteral("memory/state");
const QString SplitterKey = QStringLiteral("memory/splitter");
const QString LocalColumnsKey = QStringLiteral("memory/localImagesColumns");
const QString RemoteColumnsKey = QStringLiteral("memory/remoteTagsColumns");
const QString SourceKindKey = QStringLiteral("memory/sourceKind");
const QString SourceKey = QStringLiteral("memory/source");
const QString RepositoryKey = QStringLiteral("memory/repository");
} // namespace

WindowMemory::WindowMemory(QMainWindow *window, QSplitter *splitter, SourcesTree *sources,
                           QTableView *localImages, QTableView *remoteTags)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
    , m_sources(sources)
    , m_localImages(localImages)
    , m_remoteTags(remoteTags)
{}

void WindowMemory::restoreLayout()
{
    const auto settings = openWindowSettings();
    m_window->restoreGeometry(settings->value(GeometryKey).toByteArray());
    m_window->restoreState(settings->value(StateKey).toByteArray());
    m_splitter->restoreState(settings->value(SplitterKey).toByteArray());
    restoreHeader(m_localImages, settings->value(LocalColumnsKey).toByteArray());
    restoreHeader(m_remoteTags, settings->value(RemoteColumnsKey).toByteArray());
}

void WindowMemory::restoreHeader(QTableView *view, const QByteArray &state)
{
    QHeaderView *header = view->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    // Fitted widths would replace the restored ones as the first rows arrive.
    for (auto *fitter : view->findChildren<ColumnFitter *>(Qt::FindDirectChildrenOnly))
        fitter->leaveToUser();
    // The order is applied by whoever listens to the indicator (the view's own sorting, or
    // the tags view's): set it anew so that it is heard.
    const int column = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    if (column < 0 || column >= header->count())
        return;
    header->setSortIndicator(column, order == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                 : Qt::AscendingOrder);
    header->setSortIndicator(column, order);
}

void WindowMemory::restoreSource()
{
    const auto settings = openWindowSettings();
    const auto kind = SourcesModel::Kind(settings->value(SourceKindKey, -1).toInt());
    const QString source = settings->value(SourceKey).toString();
    const QString repository = settings->value(RepositoryKey).toString();
    if (source.isEmpty())
        return;
    if (kind == SourcesModel::Kind::Repository && !repository.isEmpty()) {
        m_sources->selectRepository(source, repository);
    } else if (kind == SourcesModel::Kind::Registry) {
        const QModelIndex registry = m_sources->sourcesModel()->registryIndex(source);
        if (registry.isValid())
            m_sources->setCurrentIndex(registry);
    }
    // An engine: the window opens on its engine already (the default or the one chosen last).
}

void WindowMemory::save() const
{
    const auto settings = openWindowSettings();
    settings->setValue(GeometryKey, m_window->saveGeometry());
    settings->setValue(StateKey, m_window->saveState());
    settings->setValue(SplitterKey, m_splitter->saveState());
    settings->setValue(LocalColumnsKey, m_localImages->horizontalHeader()->saveState());
    settings->setValue(RemoteColumnsKey, m_remoteTags->horizontalHeader()->saveState());
    const QModelIndex current = m_sources->currentIndex();
    settings->setValue(SourceKindKey, int(SourcesModel::kindOf(current)));
    settings->setValue(SourceKey, current.data(SourcesModel::SourceRole).toString());
    settings->setValue(RepositoryKey, current.data(SourcesModel::RepositoryRole).toString());
}

} // namespace Berth::Ui
