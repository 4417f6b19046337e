// SPDX-License-Identifier: Apache-2.0
// The history of runs as a table model: every run of the run log and every set on disk that no
// run recorded, from the inventory. Selection and actions read the set path and the key from
// roles.
#pragma once

#include "engine/serverinventory.h"

#include <QAbstractTableModel>
#include <QList>

namespace ui {

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ServerColumn,
        TypeColumn,
        SizeColumn,
        DurationColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString: the set path, or the time of a run without a set
        SetPathRole,                // QString, empty for a run that left no set
        SucceededRole,              // bool
        SortRole,                   // what the column sorts by: times, bytes, seconds, names
    };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the rows; entries added in front of the known ones are inserted.
    void setEntries(const QList<engine::HistoryEntry> &entries);
    const engine::HistoryEntry &entry(int row) const { return m_entries.at(row); }
    // The row whose key is `key`; -1 when none.
    int rowOfKey(const QString &key) const;
    // The row of the newest entry; -1 when empty.
    int newestRow() const;

private:
    QVariant display(int row, int column) const;

    QList<engine::HistoryEntry> m_entries;
};

} // namespace ui
