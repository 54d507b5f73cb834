// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Berth::Ui {

class RegistryBrowsing;
class RemoteTagsLoader;
class RemoteTagsModel;

// The center of the window for a remote repository: its tags in a filterable, sortable
// table that fills as the tag list's pages arrive; each tag's details are asked for when
// its row is on screen (RemoteTagsLoader fetches the others after them). Two tags selected
// can be compared (Compare… in the table's context menu).
class RemoteTagsView final : public QWidget
{
    Q_OBJECT

public:
    explicit RemoteTagsView(RegistryBrowsing *browsing, QWidget *parent = nullptr);

    void open(const QString &domain, const QString &repository);
    // Lists the tags again, keeping the rows of those still there (a job changed them).
    void reload();
    // Selects the tag once it is listed.
    void selectTag(const QString &tag);

    RemoteTagsModel *tagsModel() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    // Compare…: the two selected tags' differences (CompareDialog), read from their blobs.
    QAction *compareAction() const { return m_compareAction; }
    // Pull Selected Tags: pullRequested() with their references.
    QAction *pullAction() const { return m_pullAction; }
    QString statusText() const;
    bool isListed() const { return m_listed; }
    // Every row on screen has its details (or their failure).
    bool visibleRowsDescribed() const;

Q_SIGNALS:
    // The selected tag's reference, or empty when no single tag is selected.
    void tagSelected(const QString &reference);
    // The whole tag list arrived, or the listing failed (statusText() says why).
    void listingEnded();
    // Pull Selected Tags: the references (domain/repository:tag) to pull.
    void pullRequested(const QStringList &references);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startLoader(bool keepRows);
    void applySort(int column, Qt::SortOrder order);
    void finishListing(const QStringList &all, bool reloaded);
    void askForVisible();
    // The proxy rows on screen, first and last (last < first: none).
    std::pair<int, int> visibleRows() const;
    void onSelectionChanged();
    void compareSelected();
    void setStatus(const QString &text, bool failed);

    RegistryBrowsing *m_browsing;
    RemoteTagsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTimer *m_visibleTimer;
    bool m_askAfterPaint = false; // rows came: their details are asked for after the paint
    QAction *m_compareAction;
    QAction *m_pullAction;
    QPointer<RemoteTagsLoader> m_loader;
    QString m_pendingSelection;
    bool m_listed = false;
};

} // namespace Berth::Ui
