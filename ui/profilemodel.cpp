// SPDX-License-Identifier: Apache-2.0
#include "profilemodel.h"

#include <QDir>

namespace ui {

ProfileModel::ProfileModel(QObject *parent) : QAbstractTableModel(parent) {}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

int ProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Profile");
    case ServerColumn:
        return tr("Server");
    case TypeColumn:
        return tr("Type");
    case DestinationColumn:
        return tr("Destination");
    case KeyColumn:
        return tr("CA key");
    case RetentionColumn:
        return tr("Retention");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

void ProfileModel::setProfiles(const QList<profiles::Profile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int ProfileModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const profiles::Profile &p = m_profiles.at(index.row());
    if (role == NameRole) {
        return p.name;
    }
    if (role == SortRole) {
        if (index.column() == RetentionColumn) {
            return p.keepFull;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role == Qt::ToolTipRole && index.column() == NotesColumn) {
        return p.notes;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case ServerColumn:
        return p.server;
    case TypeColumn:
        return (p.type == engine::SetType::Full ? tr("Full") : tr("Logs only")) +
               (p.keepLogs ? tr(", logs kept") : QString());
    case DestinationColumn:
        return QDir::toNativeSeparators(p.destination);
    case KeyColumn:
        return !p.includeKey ? tr("no")
               : p.keyPasswordSource == profiles::KeyPasswordSource::Keychain
                   ? tr("yes, password in the keychain")
                   : tr("yes, password asked each time");
    case RetentionColumn:
        return p.keepFull == 0 ? tr("keep all") : tr("keep the last %1 full sets").arg(p.keepFull);
    case NotesColumn:
        return p.notes;
    default:
        return {};
    }
}

} // namespace ui
