// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;
class QSplitter;
class QTableView;

namespace Berth::Ui {

class SourcesTree;

// What the window looks like at its next start: its geometry and docks, the Sources
// splitter, the columns of the local images and of a repository's tags (width, order,
// visibility, sort), and the source chosen in the Sources tree. Kept in the window's
// settings file under "memory/".
class WindowMemory final : public QObject
{
    Q_OBJECT

public:
    WindowMemory(QMainWindow *window, QSplitter *splitter, SourcesTree *sources,
                 QTableView *localImages, QTableView *remoteTags);

    // The geometry, docks, splitter and columns, before the window is first shown.
    void restoreLayout();
    // The source chosen last: after the first paint, since a repository contacts its registry.
    void restoreSource();
    void save() const;

private:
    static void restoreHeader(QTableView *view, const QByteArray &state);

    QMainWindow *m_window;
    QSplitter *m_splitter;
    SourcesTree *m_sources;
    QTableView *m_localImages;
    QTableView *m_remoteTags;
};

} // namespace Berth::Ui
