// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

class QAbstractItemView;
class QHeaderView;

namespace Berth::Ui {

// Gives the columns of a table or tree widths that suit their content and the window, and
// leaves them to the user's hand (QHeaderView::Interactive). Each column is as wide as its
// widest shown text, but at most a share of the viewport, so one long name cannot push the
// other columns off-screen; one column (the names) takes the width left over. Widths are
// fitted again when rows come and go or the view is resized, until the user drags a column:
// from then on they are the user's. Long texts are elided in the middle, where names differ
// least (the registry and the tag stay).
class ColumnFitter final : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QAbstractItemView *view, QHeaderView *header, int spareColumn);

    // Never narrower than this (a progress bar needs room to be read).
    void setMinimumWidth(int column, int width);
    // Never wider than this unless the user drags it (a long address, elided in the middle).
    void setMaximumWidth(int column, int width);
    // The spare column takes only what the others leave, down to its title's width, rather
    // than a share like theirs: for a text alike from row to row (a media type), which the
    // table would rather elide than scroll sideways for.
    void setSpareTakesTheRest(bool rest)
    {
        m_spareTakesTheRest = rest;
        fitSoon();
    }
    // Fits now; otherwise it happens at the next pass of the event loop after a change.
    void fit();
    // Fits at the next pass of the event loop, once however many changes come before it
    // (for changes the fitter does not watch itself, such as details filled in later).
    void fitSoon();
    // The widths are the user's from now on, as after a drag (restored from the last session).
    void leaveToUser() { m_userSized = true; }

    // At most this share of the viewport for one column other than the spare one.
    static constexpr double MaximumShare = 0.25;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QHeaderView *m_header;
    int m_spareColumn;
    QHash<int, int> m_minimumWidths;
    QHash<int, int> m_maximumWidths;
    QTimer m_fitSoon;
    bool m_fitting = false;
    bool m_userSized = false;
    bool m_spareTakesTheRest = false;
};

} // namespace Berth::Ui
