// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace Berth::Ui {

// A flat table whose rows carry a key, updated by difference and never by a reset:
// rows whose key is gone are removed, rows whose value changed report dataChanged, new
// keys are appended. Views keep their selection, current row and scroll position however
// often the whole list is replaced, and a sorting proxy places the new rows.
template<typename Row> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    // What tells two rows apart; rows with equal keys are the same row in two lists.
    virtual QString rowKey(const Row &row) const = 0;

    void replaceRows(const QList<Row> &rows)
    {
        QHash<QString, qsizetype> incoming;
        incoming.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            incoming.insert(rowKey(rows.at(i)), i);

        // Remove the rows that are gone, from the bottom up, a contiguous run at a time.
        for (qsizetype last = m_rows.size() - 1; last >= 0;) {
            if (incoming.contains(rowKey(m_rows.at(last)))) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && !incoming.contains(rowKey(m_rows.at(first - 1))))
                --first;
            this->beginRemoveRows({}, int(first), int(last));
            m_rows.remove(first, last - first + 1);
            this->endRemoveRows();
            last = first - 1;
        }

        // Update the rows that stay; remember which incoming rows are new.
        QList<bool> present(rows.size(), false);
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const qsizetype j = incoming.value(rowKey(m_rows.at(i)));
            present[j] = true;
            if (!(m_rows.at(i) == rows.at(j))) {
                m_rows[i] = rows.at(j);
                Q_EMIT this->dataChanged(this->index(int(i), 0),
                                         this->index(int(i), this->columnCount() - 1));
            }
        }

        QList<Row> added;
        for (qsizetype j = 0; j < rows.size(); ++j) {
            if (!present.at(j))
                added.append(rows.at(j));
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            this->beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(added);
            this->endInsertRows();
        }
    }

    // Emits dataChanged for one column over every row.
    void columnChanged(int column)
    {
        if (!m_rows.isEmpty())
            Q_EMIT this->dataChanged(this->index(0, column), this->index(rowCount() - 1, column));
    }

private:
    QList<Row> m_rows;
};

} // namespace Berth::Ui
