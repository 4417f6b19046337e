// SPDX-License-Identifier: Apache-2.0
#include "servermodel.h"

#include "displaytext.h"
#include "uiresources.h"

#include <QBrush>
#include <QColor>

namespace ui {
namespace {

const QColor kTrouble(0xa9, 0x44, 0x42);
const QColor kNotice(0x8a, 0x6d, 0x3b);

// A restore since the last full set: the sets taken before it cannot be chained with later ones.
bool restoredSinceFull(const engine::InventoryServer &server)
{
    return server.lastRestore.isValid() &&
           (!server.lastFull.isValid() || server.lastRestore > server.lastFull);
}

} // namespace

bool ServerModel::fullTooOld(const engine::InventoryServer &server) const
{
    return server.lastFull.isValid() &&
           server.lastFull.daysTo(QDateTime::currentDateTimeUtc()) > m_warningDays;
}

ServerModel::ServerModel(QObject *parent) : QAbstractTableModel(parent) {}

int ServerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_servers.size());
}

int ServerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Server");
    case CaNameColumn:
        return tr("CA name");
    case StateColumn:
        return tr("State");
    case LastBackupColumn:
        return tr("Last backup");
    case LastFullColumn:
        return tr("Last full backup");
    default:
        return {};
    }
}

void ServerModel::setServers(const QList<engine::InventoryServer> &servers,
                             int fullBackupWarningDays)
{
    beginResetModel();
    m_servers = servers;
    m_warningDays = fullBackupWarningDays;
    QHash<QString, OnlineAnswer> kept;
    for (const engine::InventoryServer &server : servers) {
        const QString key = server.server.toUpper();
        if (m_answers.contains(key)) {
            kept.insert(key, m_answers.value(key));
        }
    }
    m_answers = kept;
    endResetModel();
}

void ServerModel::setOnline(const OnlineAnswer &answer)
{
    for (int row = 0; row < m_servers.size(); ++row) {
        if (m_servers.at(row).server.compare(answer.server, Qt::CaseInsensitive) == 0) {
            m_answers.insert(m_servers.at(row).server.toUpper(), answer);
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
        }
    }
}

int ServerModel::rowOf(const QString &server, const QString &caName) const
{
    for (int row = 0; row < m_servers.size(); ++row) {
        if (m_servers.at(row).matches(server, caName)) {
            return row;
        }
    }
    return -1;
}

QVariant ServerModel::display(int row, int column) const
{
    const engine::InventoryServer &server = m_servers.at(row);
    switch (column) {
    case NameColumn:
        return server.server;
    case CaNameColumn:
        return server.caName;
    case StateColumn: {
        const auto answer = m_answers.constFind(server.server.toUpper());
        if (answer == m_answers.constEnd()) {
            return tr("Checking...");
        }
        switch (answer->state) {
        case engine::OnlineState::Online:
            return tr("Online");
        case engine::OnlineState::Paused:
            return tr("Paused");
        case engine::OnlineState::Unreachable:
        case engine::OnlineState::Unknown:
            break;
        }
        return tr("Unreachable");
    }
    case LastBackupColumn: {
        if (!server.lastBackup) {
            return tr("never");
        }
        // The outcome shows as an icon too; its code and meaning are in the tooltip.
        const engine::RunRecord &last = *server.lastBackup;
        switch (last.outcome) {
        case engine::RunOutcome::Succeeded:
            return timeText(last.time);
        case engine::RunOutcome::Cancelled:
            return tr("%1: cancelled").arg(timeText(last.time));
        case engine::RunOutcome::Failed:
            break;
        }
        return tr("%1: failed").arg(timeText(last.time));
    }
    case LastFullColumn: {
        if (restoredSinceFull(server)) {
            // Sets taken before a restore cannot be chained with later ones.
            return tr("restored %1: take a full backup").arg(timeText(server.lastRestore));
        }
        if (!server.lastFull.isValid()) {
            return tr("no full set found");
        }
        const qint64 days = server.lastFull.daysTo(QDateTime::currentDateTimeUtc());
        const QString age = days == 0   ? tr("today")
                            : days == 1 ? tr("yesterday")
                                        : tr("%1 days ago").arg(days);
        // The limit itself is in the tooltip.
        return fullTooOld(server) ? tr("%1 (too old)").arg(age) : age;
    }
    default:
        return {};
    }
}

QVariant ServerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const engine::InventoryServer &server = m_servers.at(row);
    const auto answer = m_answers.constFind(server.server.toUpper());
    const bool answered = answer != m_answers.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case ServerRole:
        return server.server;
    case CaNameRole:
        return server.caName;
    case OnlineStateRole:
        return static_cast<int>(answered ? answer->state : engine::OnlineState::Unknown);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
        case CaNameColumn:
            return display(row, index.column()).toString().toLower();
        case StateColumn:
            return static_cast<int>(answered ? answer->state : engine::OnlineState::Unknown);
        case LastBackupColumn:
            return server.lastBackup ? server.lastBackup->time : QDateTime();
        case LastFullColumn:
            return server.lastFull;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: {
            QString tip = server.source;
            if (!server.aliases.isEmpty()) {
                tip += QLatin1Char('\n') +
                       tr("Also named: %1").arg(server.aliases.join(QStringLiteral(", ")));
            }
            return tip;
        }
        case StateColumn:
            return answered ? answer->text : QVariant();
        case LastBackupColumn:
            if (server.lastBackup && !server.lastBackup->succeeded()) {
                const FailureText failure = failureText(*server.lastBackup);
                return QStringLiteral("%1 (%2)\n%3")
                    .arg(failure.meaning, server.lastBackup->hresult, failure.action);
            }
            return {};
        case LastFullColumn: {
            if (!server.lastFull.isValid()) {
                return {};
            }
            QString tip = timeText(server.lastFull);
            if (fullTooOld(server)) {
                tip += QLatin1Char('\n') + tr("Older than the limit of %n day(s) set in Settings.",
                                              nullptr, m_warningDays);
            }
            return tip;
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        switch (index.column()) {
        case StateColumn:
            return onlineIcon(answered ? answer->state : engine::OnlineState::Unknown);
        case LastBackupColumn:
            if (!server.lastBackup) {
                return {};
            }
            return outcomeIcon(server.lastBackup->outcome);
        case LastFullColumn:
            if (restoredSinceFull(server) || !server.lastFull.isValid() || fullTooOld(server)) {
                return stateIcon(StateIcon::Warning);
            }
            return {};
        default:
            return {};
        }
    case Qt::ForegroundRole:
        switch (index.column()) {
        case StateColumn:
            if (answered && answer->state != engine::OnlineState::Online) {
                return QBrush(kTrouble);
            }
            return {};
        case LastBackupColumn:
            // A cancellation is the operator's choice, not a failure.
            if (server.lastBackup && server.lastBackup->outcome == engine::RunOutcome::Failed) {
                return QBrush(kTrouble);
            }
            return {};
        case LastFullColumn: {
            if (restoredSinceFull(server) || fullTooOld(server)) {
                return QBrush(kTrouble);
            }
            if (!server.lastFull.isValid()) {
                return QBrush(kNotice);
            }
            return {};
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

} // namespace ui
