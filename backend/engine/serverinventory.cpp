// SPDX-License-Identifier: Apache-2.0
#include "serverinventory.h"

#include "certadm/backupsession.h"
#include "certadm/hresult.h"
#include "platform/serverdiscovery.h"
#include "certadm/utf16.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QObject>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace engine {
namespace {

bool isAddress(const QString &name)
{
    static const QRegularExpression ipv4(QStringLiteral("^[0-9]+(\\.[0-9]+){3}$"));
    return name.contains(QLatin1Char(':')) || ipv4.match(name).hasMatch();
}

// "\\CA01.contoso.local" -> "ca01.contoso.local"
QString plainName(const QString &server)
{
    QString name = server.trimmed();
    while (name.startsWith(QLatin1Char('\\')) || name.startsWith(QLatin1Char('/'))) {
        name.remove(0, 1);
    }
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1); // a fully qualified "ca01.contoso.local."
    }
    return name.toLower();
}

bool sameHost(const QString &a, const QString &b)
{
    const QString left = plainName(a);
    const QString right = plainName(b);
    if (left.isEmpty() || right.isEmpty()) {
        return false;
    }
    if (left == right) {
        return true;
    }
    if (isAddress(left) || isAddress(right)) {
        return false;
    }
    // Two full DNS names that differ are two hosts (ca01 of two domains); a NetBIOS name is the
    // first label of the DNS name.
    if (left.contains(QLatin1Char('.')) && right.contains(QLatin1Char('.'))) {
        return false;
    }
    return left.section(QLatin1Char('.'), 0, 0) == right.section(QLatin1Char('.'), 0, 0);
}

bool sameCaName(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || a.compare(b, Qt::CaseInsensitive) == 0;
}

QString setDestination(const QString &setPath)
{
    // <destination>/<CA name>/<set>
    return QFileInfo(QFileInfo(setPath).absolutePath()).absolutePath();
}

} // namespace

OnlineStatus classifyOnline(qint32 hresult, bool online)
{
    OnlineStatus status;
    status.hresult = hresult;
    if (!certadm::hrSucceeded(hresult)) {
        status.state = OnlineState::Unreachable;
    } else if (!online) {
        status.state = OnlineState::Paused;
    } else {
        status.state = OnlineState::Online;
    }
    return status;
}

OnlineStatus probeOnline(const certadm::CertadmLibrary &library, const QString &server)
{
    const certadm::ServerOnline answer =
        certadm::isServerOnline(library, certadm::toUtf16(server.toStdString()));
    return classifyOnline(answer.hr, answer.online);
}

QString onlineStateWord(OnlineState state)
{
    switch (state) {
    case OnlineState::Online:
        return QStringLiteral("online");
    case OnlineState::Paused:
        return QStringLiteral("paused");
    case OnlineState::Unreachable:
        return QStringLiteral("unreachable");
    case OnlineState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool sameCa(const ServerName &a, const ServerName &b)
{
    return sameHost(a.server, b.server) && sameCaName(a.caName, b.caName);
}

bool InventoryServer::matches(const QString &name, const QString &ca) const
{
    if (!sameCaName(caName, ca)) {
        return false;
    }
    if (sameHost(server, name)) {
        return true;
    }
    return std::any_of(aliases.cbegin(), aliases.cend(),
                       [&name](const QString &alias) { return sameHost(alias, name); });
}

QString HistoryEntry::key() const
{
    return run.setPath.isEmpty() ? run.time.toString(Qt::ISODateWithMs) : run.setPath;
}

int Inventory::indexOf(const QString &name, const QString &caName) const
{
    for (int i = 0; i < servers.size(); ++i) {
        if (servers.at(i).matches(name, caName)) {
            return i;
        }
    }
    return -1;
}

void mergeServer(QList<InventoryServer> &servers, const ServerName &name)
{
    if (name.server.trimmed().isEmpty()) {
        return;
    }
    for (InventoryServer &known : servers) {
        if (!known.matches(name.server, name.caName)) {
            continue;
        }
        if (known.caName.isEmpty()) {
            known.caName = name.caName;
        }
        const auto sameText = [&name](const QString &other) {
            return other.compare(name.server, Qt::CaseInsensitive) == 0;
        };
        if (!sameText(known.server) &&
            std::none_of(known.aliases.cbegin(), known.aliases.cend(), sameText)) {
            known.aliases.append(name.server);
        }
        return;
    }
    InventoryServer added;
    added.server = name.server;
    added.caName = name.caName;
    added.source = name.source;
    servers.append(added);
}

Inventory buildInventory(const InventoryRequest &request)
{
    Inventory inventory;
    const RunLog log = request.runLogPath.isEmpty() ? RunLog() : RunLog(request.runLogPath);
    inventory.runs = log.read(request.runLimit);

    // Destinations: those asked for, and every folder a recorded set lives in.
    auto addDestination = [&inventory](const QString &folder) {
        if (folder.isEmpty()) {
            return;
        }
        const QString clean = QDir::cleanPath(folder);
        if (!inventory.destinations.contains(clean)) {
            inventory.destinations.append(clean);
        }
    };
    for (const QString &destination : request.destinations) {
        addDestination(destination);
    }
    for (const RunRecord &run : std::as_const(inventory.runs)) {
        if (!run.setPath.isEmpty()) {
            addDestination(setDestination(run.setPath));
        }
    }
    QStringList seenSets;
    for (const QString &destination : std::as_const(inventory.destinations)) {
        if (!QDir(destination).exists()) {
            continue;
        }
        for (const CatalogEntry &set : Catalog::scan(destination).sets) {
            if (!seenSets.contains(set.path)) {
                seenSets.append(set.path);
                inventory.sets.append(set);
            }
        }
    }
    std::stable_sort(inventory.sets.begin(), inventory.sets.end(),
                     [](const CatalogEntry &a, const CatalogEntry &b) {
                         return takenBefore(a.manifest, b.manifest);
                     });

    // Servers: found on this machine, named by the caller, used before, with sets on disk.
    if (request.discover) {
        for (const platform::DiscoveredServer &found : platform::discoverServers()) {
            mergeServer(inventory.servers, {found.server, found.caName, found.source});
        }
    }
    for (const ServerName &name : request.extra) {
        mergeServer(inventory.servers, name);
    }
    for (auto it = inventory.runs.crbegin(); it != inventory.runs.crend(); ++it) {
        mergeServer(inventory.servers, {it->server, it->caName, QStringLiteral("used before")});
    }
    for (auto it = inventory.sets.crbegin(); it != inventory.sets.crend(); ++it) {
        mergeServer(inventory.servers,
                    {it->manifest.server, it->manifest.caName, QStringLiteral("sets on disk")});
    }
    for (InventoryServer &server : inventory.servers) {
        for (const RunRecord &run : std::as_const(inventory.runs)) {
            if (!server.matches(run.server, run.caName)) {
                continue;
            }
            if (run.kind == RunKind::Backup) {
                server.lastBackup = run;
                if (run.succeeded() && run.type == SetType::Full) {
                    server.lastFullRun = run.time;
                }
            } else if (run.kind == RunKind::Restore && run.succeeded()) {
                server.lastRestore = run.time;
            }
        }
        for (const CatalogEntry &set : std::as_const(inventory.sets)) {
            if (set.manifest.type == SetType::Full &&
                server.matches(set.manifest.server, set.manifest.caName) &&
                set.manifest.finished > server.lastFull) {
                server.lastFull = set.manifest.finished;
            }
        }
        if (request.probeWith) {
            server.online = probeOnline(*request.probeWith, server.server);
        }
    }

    // History: every recorded run, newest first, then the sets on disk that no run recorded.
    QStringList recorded;
    for (auto it = inventory.runs.crbegin(); it != inventory.runs.crend(); ++it) {
        HistoryEntry entry;
        entry.run = *it;
        inventory.history.append(entry);
        if (!it->setPath.isEmpty()) {
            recorded.append(QFileInfo(it->setPath).absoluteFilePath());
        }
    }
    for (auto it = inventory.sets.crbegin(); it != inventory.sets.crend(); ++it) {
        if (recorded.contains(it->path)) {
            continue;
        }
        HistoryEntry entry;
        entry.origin = HistoryEntry::Origin::SetOnDisk;
        entry.run.time = it->manifest.finished;
        entry.run.kind = RunKind::Backup;
        entry.run.server = it->manifest.server;
        entry.run.caName = it->manifest.caName;
        entry.run.type = it->manifest.type;
        entry.run.outcome = RunOutcome::Succeeded;
        entry.run.setPath = it->path;
        entry.run.bytes = it->manifest.totalBytes();
        entry.run.seconds = static_cast<double>(it->manifest.started.secsTo(it->manifest.finished));
        inventory.history.append(entry);
    }
    return inventory;
}

void loadInventory(const InventoryRequest &request, QObject *context,
                   std::function<void(const Inventory &)> done)
{
    // The watcher is the context's child: it goes with the context, and its signal with it.
    auto *watcher = new QFutureWatcher<Inventory>(context);
    QObject::connect(watcher, &QFutureWatcher<Inventory>::finished, context,
                     [watcher, done = std::move(done)] {
                         const Inventory inventory = watcher->result();
                         watcher->deleteLater();
                         done(inventory);
                     });
    watcher->setFuture(QtConcurrent::run([request] { return buildInventory(request); }));
}

} // namespace engine
