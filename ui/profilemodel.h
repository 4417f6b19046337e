// SPDX-License-Identifier: Apache-2.0
// The saved profiles as a table model for the Profiles tab; actions read the profile's name from
// NameRole.
#pragma once

#include "profiles/profile.h"

#include <QAbstractTableModel>
#include <QList>

namespace ui {

class ProfileModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServerColumn,
        TypeColumn,
        DestinationColumn,
        KeyColumn,
        RetentionColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role { NameRole = Qt::UserRole + 1, SortRole };

    explicit ProfileModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setProfiles(const QList<profiles::Profile> &profiles);
    // The row of the profile `name` (any case); -1 when none.
    int rowOf(const QString &name) const;

private:
    QList<profiles::Profile> m_profiles;
};

} // namespace ui
