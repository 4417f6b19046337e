// SPDX-License-Identifier: Apache-2.0
// The simulated certification authority inside certsrv-simd: database, logs, issuance, the lazy
// writer, the one-backup-at-a-time rule and the state that survives restarts.
//
// One mutex guards all of it. Every operation (issuing one certificate, applying a batch of log
// records to pages, reading a chunk of pages for a backup, rolling or truncating logs) takes it
// for its own duration only, so a backup sees whole consistent pages while the database keeps
// changing between two reads: the fuzzy backup a live CA gives.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/databasefile.h"
#include "common/daemonstate.h"
#include "common/faultset.h"
#include "common/keyvaluefile.h"
#include "common/logfile.h"
#include "common/serverconfig.h"
#include "common/serverpaths.h"

namespace certsrvsim {

class EventLog;

class CaServer {
public:
    CaServer(ServerPaths paths, EventLog &log);
    ~CaServer();
    CaServer(const CaServer &) = delete;
    CaServer &operator=(const CaServer &) = delete;

    // Opens the database, replays logs past the checkpoint (crash recovery), opens the current
    // log and starts the issuer and lazy-writer threads.
    bool start(double issueRate, const FaultSet &faults, std::string *error);
    // Stops issuing, applies every pending record, advances the checkpoint and saves the state.
    void stop();

    void setEndpoint(std::uint16_t port, int pid);
    const std::string &name() const { return m_paths.name(); }
    const std::string &caName() const { return m_config.caName; }

    FaultSet faults() const;
    bool changeFaults(bool clear, const std::vector<std::string> &specs, std::string *message);
    void pause(); // ServerControl SUSPEND

    // --- Backup context (one at a time per CA) ---
    std::int32_t beginBackup(std::uint64_t contextId, std::uint32_t backupType, bool elevated);
    // Rolls the log, records serial_at_logs and returns the generations the set needs.
    std::int32_t listBackupLogs(std::uint64_t contextId, std::vector<std::uint32_t> &generations);
    std::int32_t truncateLogs(std::uint64_t contextId);
    enum class EndReason { Ended, ClientVanished, DaemonClosed };
    void endBackup(std::uint64_t contextId, EndReason reason, bool completed);

    std::uint64_t databaseSize() const;
    // Reads whole pages under the lock: never a page that the writer has half rewritten.
    bool readDatabasePages(std::uint64_t firstPage, std::size_t count, std::uint8_t *out);
    std::string logPath(std::uint32_t generation) const { return m_paths.logFile(generation); }

    KeyValueFile status() const;

    void requestShutdown(const std::string &why);
    bool shutdownRequested() const { return m_shutdownRequested.load(); }

private:
    struct PendingRecord {
        LoggedRecord logged;
        std::chrono::steady_clock::time_point issuedAt;
    };
    struct ActiveBackup {
        std::uint64_t contextId = 0;
        std::uint32_t type = 0;
        bool logsListed = false;
        std::uint32_t genLow = 0;
        std::uint32_t genHigh = 0;
    };

    void issuerLoop();
    void writerLoop();
    bool issueOneLocked();
    bool rollLocked(const std::string &why);
    // Applies the pending records that waited the lazy writer's delay, and every record of a
    // generation up to `forceThrough` whatever its age; then advances the checkpoint.
    void applyPendingLocked(std::uint32_t forceThrough);
    void writeCheckpointLocked(std::uint32_t generation);
    void saveStateLocked();
    // A registered restore: refuses to start while it is incomplete, else recovers the restored
    // database from its logs and forgets the backups taken before it.
    bool recoverRestore(std::string *error);
    std::uint32_t highestClosedGenerationLocked() const;

    ServerPaths m_paths;
    EventLog &m_log;
    ServerConfig m_config;

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stopping = false;
    std::atomic<bool> m_shutdownRequested{false};
    std::thread m_issuer;
    std::thread m_writer;

    DatabaseFile m_db;
    LogFile m_currentLog;
    std::uint32_t m_lowGeneration = 1; // lowest log generation on disk
    std::uint32_t m_checkpoint = 1;
    std::deque<PendingRecord> m_pending;
    std::uint64_t m_highestSerial = 0;
    std::uint64_t m_capacity = 0;
    bool m_databaseFull = false;
    double m_issueRate = 0;
    DaemonState m_state;
    bool m_stateDirty = false;
    FaultSet m_faults;
    bool m_backupActive = false;
    ActiveBackup m_backup;
    std::uint16_t m_port = 0;
    int m_pid = 0;
};

} // namespace certsrvsim
