// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QAction;

namespace Berth::Ui {

// A table of the Details pane: rows and cells selectable, Copy (Ctrl+C) puts the selected
// cells on the clipboard as tab-separated lines, and Copy Digest the digest of the current
// row (DetailsDigestRole), both also in the context menu.
class DetailsTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit DetailsTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    QAction *copyAction() const { return m_copy; }
    QAction *copyDigestAction() const { return m_copyDigest; }
    // The selected cells as they are copied: a line per row, cells separated by tabs.
    QString selectedText() const;
    // The current row's digest, or empty.
    QString currentDigest() const;

private:
    void updateActions();

    QAction *m_copy;
    QAction *m_copyDigest;
};

} // namespace Berth::Ui
