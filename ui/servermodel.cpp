// SPDX-License-Identifier: Apache-2.0
#include "servermodel.h"

#include "displaytext.h"

#include <QBrush>
#include <QColor>

namespace ui {
namespace {

const QColor kTrouble(0xa9, 0x44, 0x42);
const QColor kNotice(0x8a, 0x6d, 0x3b);

} // namespace

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
        const engine::RunRecord &last = *server.lastBackup;
        if (last.succeeded()) {
            return tr("%1: succeeded").arg(timeText(last.time));
        }
        return tr("%1: %2 (%3)")
            .arg(timeText(last.time),
                 last.outcome == engine::RunOutcome::Cancelled ? tr("cancelled") : tr("failed"),
                 last.hresult);
    }
    case LastFullColumn: {
        if (server.lastRestore.isValid() &&
            (!server.lastFull.isValid() || server.lastRestore > server.lastFull)) {
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
        if (days > m_warningDays) {
            return tr("%1: older than the limit of %2 days").arg(age).arg(m_warningDays);
        }
        return age;
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
                return server.lastBackup->message + QLatin1Char(' ') + server.lastBackup->action;
            }
            return {};
        case LastFullColumn:
            return server.lastFull.isValid() ? timeText(server.lastFull) : QVariant();
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
            if (server.lastBackup && !server.lastBackup->succeeded()) {
                return QBrush(kTrouble);
            }
            return {};
        case LastFullColumn: {
            if (server.lastRestore.isValid() &&
                (!server.lastFull.isValid() || server.lastRestore > server.lastFull)) {
                return QBrush(kTrouble);
            }
            if (!server.lastFull.isValid()) {
                return QBrush(kNotice);
            }
            if (server.lastFull.daysTo(QDateTime::currentDateTimeUtc()) > m_warningDays) {
                return QBrush(kTrouble);
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
