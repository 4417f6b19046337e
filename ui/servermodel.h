// SPDX-License-Identifier: Apache-2.0
// The main window's server list as a table model: one row per CA of the inventory (one CA under
// two names is one row), with its online state as the probes answer, its last run and the age
// of its last full set. Views and actions read the typed roles, never the text of a cell.
#pragma once

#include "onlinechecker.h"
#include "engine/serverinventory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ui {

class ServerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CaNameColumn,
        StateColumn,
        LastBackupColumn,
        LastFullColumn,
        ColumnCount
    };
    enum Role {
        ServerRole = Qt::UserRole + 1, // QString: the name to pass to the backup API
        CaNameRole,                    // QString, empty when not known
        OnlineStateRole,               // int (engine::OnlineState); Unknown until a probe answered
        SortRole,                      // what the column sorts by: names, times
    };

    explicit ServerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the rows. Probe answers of servers that stay are kept until the next answer.
    void setServers(const QList<engine::InventoryServer> &servers, int fullBackupWarningDays);
    // Fills the state of the row of `answer.server` (any of its names).
    void setOnline(const OnlineAnswer &answer);

    const QList<engine::InventoryServer> &servers() const { return m_servers; }
    const engine::InventoryServer &server(int row) const { return m_servers.at(row); }
    // The row of a server by any of its names; -1 when none.
    int rowOf(const QString &server, const QString &caName = QString()) const;

private:
    // The last full set is older than the limit in Settings.
    bool fullTooOld(const engine::InventoryServer &server) const;
    QVariant display(int row, int column) const;

    QList<engine::InventoryServer> m_servers;
    QHash<QString, OnlineAnswer> m_answers; // by the upper-case shown name
    int m_warningDays = 7;
};

} // namespace ui
