// SPDX-License-Identifier: Apache-2.0
#include "historymodel.h"

#include "displaytext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ui {
HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ServerColumn:
        return tr("Server");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

void HistoryModel::setEntries(const QList<engine::HistoryEntry> &entries)
{
    // The run log only grows: usually the new list is the old one with new runs in front. Those
    // are inserted, and an unchanged list changes nothing, so a view keeps its selection and
    // its scroll position and a long history is not laid out again.
    const qsizetype added = entries.size() - m_entries.size();
    bool sameTail = added >= 0;
    for (qsizetype i = 0; sameTail && i < m_entries.size(); ++i) {
        const engine::HistoryEntry &now = entries.at(added + i);
        const engine::HistoryEntry &before = m_entries.at(i);
        sameTail = now.origin == before.origin && now.key() == before.key();
    }
    if (!sameTail) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    } else if (added > 0) {
        beginInsertRows(QModelIndex(), 0, static_cast<int>(added) - 1);
        m_entries = entries;
        endInsertRows();
    }
}

int HistoryModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key() == key) {
            return row;
        }
    }
    return -1;
}

int HistoryModel::newestRow() const
{
    int newest = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (newest < 0 || m_entries.at(row).run.time > m_entries.at(newest).run.time) {
            newest = row;
        }
    }
    return newest;
}

QVariant HistoryModel::display(int row, int column) const
{
    const engine::HistoryEntry &entry = m_entries.at(row);
    const engine::RunRecord &run = entry.run;
    const auto typeText = [](engine::SetType type) {
        return type == engine::SetType::Full ? tr("Full") : tr("Logs only");
    };
    switch (column) {
    case TimeColumn:
        return timeText(run.time);
    case ServerColumn:
        return run.server;
    case TypeColumn:
        return run.kind == engine::RunKind::Restore ? tr("Restore")
               : run.kind == engine::RunKind::Drill ? tr("Test restore")
                                                    : typeText(run.type);
    case SizeColumn:
        return run.succeeded() ? bytesText(run.bytes) : QString();
    case DurationColumn:
        return tr("%1 s").arg(QLocale().toString(run.seconds, 'f', 1));
    case ResultColumn: {
        if (entry.origin == engine::HistoryEntry::Origin::SetOnDisk) {
            return tr("Set on disk");
        }
        QString result;
        switch (run.outcome) {
        case engine::RunOutcome::Succeeded:
            result =
                run.kind == engine::RunKind::Drill && run.certificates >= 0
                    ? tr("Passed: %n certificate(s)", nullptr, static_cast<int>(run.certificates))
                    : tr("Succeeded");
            break;
        case engine::RunOutcome::Cancelled:
            result = tr("Cancelled");
            break;
        case engine::RunOutcome::Failed:
            // The meaning, in the operator's language; the code and next step in the tooltip.
            result = tr("Failed: %1").arg(failureText(run).meaning);
            break;
        }
        if (run.source == engine::RunSource::Profile) {
            result += QStringLiteral(" (%1)").arg(run.profileName);
        }
        return result;
    }
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const engine::HistoryEntry &entry = m_entries.at(index.row());
    const engine::RunRecord &run = entry.run;
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case KeyRole:
        return entry.key();
    case SetPathRole:
        return run.setPath;
    case SucceededRole:
        return run.succeeded();
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return run.time;
        case SizeColumn:
            return run.succeeded() ? run.bytes : qint64(-1);
        case DurationColumn:
            return run.seconds;
        default:
            return display(index.row(), index.column()).toString().toLower();
        }
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && !run.succeeded()) {
            const FailureText failure = failureText(run);
            QString tip = QStringLiteral("%1 (%2)").arg(failure.meaning, run.hresult);
            if (!failure.recorded.isEmpty()) {
                tip += QLatin1Char('\n') + failure.recorded;
            }
            return tip + QLatin1Char('\n') + failure.action;
        }
        if (index.column() == TimeColumn && !run.setPath.isEmpty()) {
            return run.setPath;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != ResultColumn ||
            entry.origin == engine::HistoryEntry::Origin::SetOnDisk) {
            return {};
        }
        return outcomeIcon(run.outcome);
    case Qt::ForegroundRole:
        // A cancellation is the operator's choice, not a failure: not red.
        if (index.column() == ResultColumn && run.outcome == engine::RunOutcome::Failed) {
            return QBrush(QColor(0xa9, 0x44, 0x42));
        }
        return {};
    default:
        return {};
    }
}

} // namespace ui
