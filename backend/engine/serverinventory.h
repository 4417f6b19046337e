// SPDX-License-Identifier: Apache-2.0
// What this machine knows about its CAs, as one value: the servers (found on this machine, saved
// in profiles, used before, or with sets on disk), the runs of the run log, the sets at the known
// destinations and the history they make together. The GUI and the CLI both read it, so the
// servers are merged in one place and a server's online state is classified in one place.
// Building it reads files only; loadInventory() builds it off the calling thread.
#pragma once

#include "catalog.h"
#include "runlog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace certadm {
class CertadmLibrary;
}

namespace engine {

// What CertSrvIsServerOnlineW said. Words only at the edges (onlineStateWord, GUI labels).
enum class OnlineState { Unknown, Online, Paused, Unreachable };

struct OnlineStatus {
    OnlineState state = OnlineState::Unknown;
    qint32 hresult = 0;
};

// The one classification: a failed call is unreachable, a CA that answers but is not running is
// paused.
OnlineStatus classifyOnline(qint32 hresult, bool online);
// Asks the server (blocks for as long as the server takes to answer).
OnlineStatus probeOnline(const certadm::CertadmLibrary &library, const QString &server);
// "online", "paused", "unreachable", "unknown": the words of the CLI's text and JSON.
QString onlineStateWord(OnlineState state);

// A name under which a CA was met, and where.
struct ServerName {
    QString server;
    QString caName; // empty when not known
    QString source; // for the operator: "simulated CA", "profile Nightly", "used before", ...
};

// Whether two names are the same CA: the same host (the first label of a DNS name, any case;
// an IP address as a whole) and the same CA name when both know one. So "CA01" and
// "ca01.contoso.local" of "Contoso Root CA" are one CA, whatever was typed.
bool sameCa(const ServerName &a, const ServerName &b);

struct InventoryServer {
    QString server;      // the name shown and probed: the first one met (discovery comes first)
    QString caName;      // empty when no source knew it
    QString source;      // where the first name came from
    QStringList aliases; // the other names this CA was met under
    std::optional<RunRecord> lastBackup; // the newest backup run, whatever its outcome
    QDateTime lastRestore;               // the newest successful restore (not a drill)
    QDateTime lastFullRun;               // the newest successful full backup run
    QDateTime lastFull;                  // when the newest full set on disk was finished
    OnlineStatus online;                 // Unknown unless the request asked for a probe

    // Whether `name` (a run's, a set's, a typed one) is this server.
    bool matches(const QString &name, const QString &ca = QString()) const;
};

// One row of the history: a recorded run, or a set on disk that no run recorded.
struct HistoryEntry {
    enum class Origin { RunLog, SetOnDisk };
    Origin origin = Origin::RunLog;
    // For a set on disk: time (its end), server, CA, type, set path, bytes and seconds from its
    // manifest, outcome Succeeded.
    RunRecord run;
    // Identifies the row for notifications: the set's path, or the run's time for a run that
    // left no set.
    QString key() const;
};

struct InventoryRequest {
    QStringList destinations; // scanned besides the folders of the recorded sets
    QList<ServerName> extra;  // further names (profiles), after discovery
    QString runLogPath;       // empty: the default run log
    int runLimit = 1000;
    bool discover = true; // ask the platform for the CAs of this machine
    // Probe every server (one after the other) with this library; null: no probe.
    std::shared_ptr<const certadm::CertadmLibrary> probeWith;
};

struct Inventory {
    QList<InventoryServer> servers; // in the order met: discovered, extra, runs, sets
    QList<RunRecord> runs;          // oldest first
    QList<CatalogEntry> sets;       // every set at the destinations, oldest first, each once
    QStringList destinations;       // the folders that were looked at
    QList<HistoryEntry> history;    // newest first

    // The server `name` belongs to; -1 when none.
    int indexOf(const QString &name, const QString &caName = QString()) const;
};

// Adds `name` to `servers` or, when it is a known CA under another name, to that one's aliases
// (filling a CA name that was not known yet). The merge every list of servers goes through.
void mergeServer(QList<InventoryServer> &servers, const ServerName &name);

Inventory buildInventory(const InventoryRequest &request);

// Builds the inventory on a pool thread and hands it to `done` on `context`'s thread. When
// `context` is gone by then, the answer is dropped.
void loadInventory(const InventoryRequest &request, QObject *context,
                   std::function<void(const Inventory &)> done);

} // namespace engine
