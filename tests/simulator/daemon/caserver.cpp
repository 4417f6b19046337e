// SPDX-License-Identifier: Apache-2.0
#include "daemon/caserver.h"

#include "common/fileio.h"
#include "common/hresults.h"
#include "common/recovery.h"
#include "common/restorestate.h"
#include "daemon/eventlog.h"

#include "backend/certadm/certbcli_abi.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>
#include <unistd.h>

namespace certsrvsim {

namespace {

using Clock = std::chrono::steady_clock;

// The lazy writer leaves records in the log for a while before applying them to pages, as a real
// CA does: the checkpoint then trails the current generation and a backup must replay logs.
constexpr auto kLazyWriterDelay = std::chrono::milliseconds(300);
constexpr auto kWriterTick = std::chrono::milliseconds(100);
constexpr auto kIssuerTick = std::chrono::milliseconds(10);
constexpr auto kStateSaveInterval = std::chrono::seconds(2);

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string formatRate(double rate)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", rate);
    return text;
}

std::string isoNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string typeName(std::uint32_t type)
{
    return type == CSBACKUP_TYPE_FULL ? "full" : "logs-only";
}

} // namespace

CaServer::CaServer(ServerPaths paths, EventLog &log) : m_paths(std::move(paths)), m_log(log) {}

CaServer::~CaServer()
{
    stop();
}

bool CaServer::start(double issueRate, const FaultSet &faults, std::string *error)
{
    const auto config = ServerConfig::load(m_paths.configFile(), error);
    if (!config)
        return false;
    m_config = *config;
    m_state = DaemonState::load(m_paths.stateFile());
    m_faults = faults;
    m_issueRate = issueRate;
    if (!recoverRestore(error))
        return false;

    if (!m_db.open(m_paths.databaseFile(m_config.caName), true, error))
        return false;
    if (m_db.header().caName != m_config.caName) {
        if (error)
            *error = "the database belongs to CA '" + m_db.header().caName +
                     "', server.conf says '" + m_config.caName + "'";
        return false;
    }
    m_capacity = DatabaseFile::capacity(m_db.header().pageCount);
    m_checkpoint = std::max<std::uint32_t>(1, m_db.header().checkpointGeneration);

    std::vector<std::uint32_t> generations;
    for (const auto &file : fileio::listDirectory(m_paths.certLogDirectory())) {
        if (const auto gen = LogFile::generationFromFileName(file))
            generations.push_back(*gen);
    }
    std::sort(generations.begin(), generations.end());
    for (std::size_t i = 1; i < generations.size(); ++i) {
        if (generations[i] != generations[i - 1] + 1)
            m_log.write("warning: log generations " + std::to_string(generations[i - 1]) + " and " +
                        std::to_string(generations[i]) + " are not contiguous");
    }

    // Recovery: records of generations at or past the checkpoint may be missing from the pages
    // (the daemon was killed before its lazy writer ran). Replaying them is idempotent.
    std::uint64_t highest = m_state.highestSerial;
    std::uint64_t replayed = 0;
    for (const std::uint32_t gen : generations) {
        if (gen < m_checkpoint && gen != generations.back())
            continue;
        std::string readError;
        const auto contents = LogFile::read(m_paths.logFile(gen), &readError);
        if (!contents) {
            if (error)
                *error = readError;
            return false;
        }
        for (const auto &problem : contents->problems)
            m_log.write("recovery: " + LogFile::fileName(gen) + ": " + problem);
        std::vector<LoggedRecord> records;
        for (const auto &record : contents->records) {
            records.push_back({gen, record});
            highest = std::max(highest, record.serial());
        }
        if (gen >= m_checkpoint && !records.empty()) {
            if (!m_db.applyRecords(records, error))
                return false;
            replayed += records.size();
        }
    }
    if (replayed > 0)
        m_log.write("recovery: replayed " + std::to_string(replayed) +
                    " log records past checkpoint " + std::to_string(m_checkpoint));
    m_highestSerial = highest;
    m_state.highestSerial = highest;

    if (generations.empty()) {
        if (!m_currentLog.create(m_paths.logFile(m_checkpoint), m_checkpoint, m_config.caName,
                                 error))
            return false;
        m_lowGeneration = m_checkpoint;
    } else {
        m_lowGeneration = generations.front();
        if (!m_currentLog.openForAppend(m_paths.logFile(generations.back()), error))
            return false;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_currentLog.isFull())
            rollLocked("it is full");
        writeCheckpointLocked(m_currentLog.generation());
        saveStateLocked();
    }
    m_log.write("CA '" + m_config.caName + "' opened: " + std::to_string(m_highestSerial) +
                " certificates, capacity " + std::to_string(m_capacity) + ", logs " +
                std::to_string(m_lowGeneration) + ".." + std::to_string(m_currentLog.generation()) +
                ", checkpoint " + std::to_string(m_checkpoint) + ", issue rate " +
                formatRate(m_issueRate) + "/s");
    const auto active = m_faults.describe();
    for (const auto &fault : active)
        m_log.write("fault active: " + fault);

    m_issuer = std::thread([this] { issuerLoop(); });
    m_writer = std::thread([this] { writerLoop(); });
    return true;
}

bool CaServer::recoverRestore(std::string *error)
{
    std::string loadError;
    const auto pending = RestoreState::load(m_paths.restoreStateFile(), &loadError);
    if (!pending) {
        if (!loadError.empty() && error)
            *error = loadError;
        return loadError.empty();
    }
    if (pending->status != RestoreState::Status::Complete) {
        const std::string why = pending->status == RestoreState::Status::Failed
                                    ? "the restore registered in " + m_paths.restoreStateFile() +
                                          " was completed with " +
                                          hresultText(pending->completeResult)
                                    : "a restore is registered in " + m_paths.restoreStateFile() +
                                          " but was not completed";
        if (error)
            *error = why + " (" + hresultText(hr::kServerSuspended) +
                     " CERTSRV_E_SERVER_SUSPENDED): restore the backup again, or remove that "
                     "file to start on the database as it is";
        return false;
    }
    m_log.write("restore registered for log generations " + std::to_string(pending->genLow()) +
                ".." + std::to_string(pending->genHigh()) + ": recovering");
    RecoveryStats stats;
    std::string message;
    const std::int32_t result = hardRecovery(
        m_paths.databaseFile(m_config.caName), m_config.caName,
        pending->backupLogPath.empty() ? m_paths.certLogDirectory() : pending->backupLogPath,
        pending->ranges, stats, message);
    if (result != hr::kOk) {
        if (error)
            *error = "restore recovery failed (" + hresultText(result) + "): " + message;
        return false;
    }
    for (const auto &problem : stats.scan.problems())
        m_log.write("recovery: warning: " + problem);
    // The next log starts past the restored ones, so new records never land in a restored log.
    const std::string next = m_paths.logFile(stats.genHigh + 1);
    if (!fileio::isRegularFile(next)) {
        LogFile log;
        if (!log.create(next, stats.genHigh + 1, m_config.caName, error))
            return false;
        log.close();
    }
    m_state.fullBackupCompleted = false;
    m_state.lastFullHighGeneration = 0;
    m_state.lastBackupHighGeneration = 0;
    m_state.highestSerial = stats.scan.highestSerial;
    m_state.lastRestoreGenHigh = stats.genHigh;
    m_state.lastRestoreTime = isoNow();
    ++m_state.restoresRecovered;
    if (!m_state.save(m_paths.stateFile(), error))
        return false;
    if (::unlink(m_paths.restoreStateFile().c_str()) != 0 && errno != ENOENT) {
        if (error)
            *error =
                "cannot remove " + m_paths.restoreStateFile() + ": " + fileio::errnoText(errno);
        return false;
    }
    m_log.write("restore recovered: replayed " + std::to_string(stats.replayedRecords) +
                " records of log generations " + std::to_string(stats.genLow) + ".." +
                std::to_string(stats.genHigh) + ", " + std::to_string(stats.scan.certificates) +
                " certificates, highest serial " + std::to_string(stats.scan.highestSerial) +
                "; the next backup must be a full one");
    return true;
}

void CaServer::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping && !m_issuer.joinable() && !m_writer.joinable())
            return;
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_issuer.joinable())
        m_issuer.join();
    if (m_writer.joinable())
        m_writer.join();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_db.isOpen())
        return;
    applyPendingLocked(std::numeric_limits<std::uint32_t>::max());
    m_currentLog.close();
    m_db.sync();
    m_db.close();
    saveStateLocked();
    m_log.write("CA stopped cleanly: " + std::to_string(m_highestSerial) + " certificates");
}

void CaServer::setEndpoint(std::uint16_t port, int pid)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_port = port;
    m_pid = pid;
}

FaultSet CaServer::faults() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_faults;
}

bool CaServer::changeFaults(bool clear, const std::vector<std::string> &specs, std::string *message)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    FaultSet updated = clear ? FaultSet() : m_faults;
    for (const auto &spec : specs) {
        if (!updated.apply(spec, message))
            return false;
    }
    m_faults = updated;
    std::string active;
    for (const auto &fault : m_faults.describe())
        active += (active.empty() ? "" : ",") + fault;
    if (message)
        *message = active.empty() ? "no faults active" : "faults active: " + active;
    m_log.write(active.empty() ? "faults cleared" : "faults set: " + active);
    return true;
}

void CaServer::pause()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_faults.paused = true;
    m_log.write("service paused (ServerControl SUSPEND)");
}

std::int32_t CaServer::beginBackup(std::uint64_t contextId, std::uint32_t backupType, bool elevated)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const std::string who = "context " + std::to_string(contextId) + ": ";
    if (backupType != CSBACKUP_TYPE_FULL && backupType != CSBACKUP_TYPE_LOGS_ONLY) {
        m_log.write(who + "BackupPrepare refused: invalid backup flags " +
                    std::to_string(backupType));
        return hr::kInvalidArg;
    }
    if (m_faults.paused) {
        m_log.write(who + "BackupPrepare refused: the service is paused (ERROR_NOT_READY)");
        return hr::kNotReady;
    }
    if (m_faults.accessDenied && !elevated) {
        m_log.write(who + "BackupPrepare refused: client not elevated (access-denied fault)");
        return hr::kAccessDenied;
    }
    if (m_backupActive) {
        m_log.write(who + "BackupPrepare refused: backup of context " +
                    std::to_string(m_backup.contextId) + " is in progress");
        return hr::kJetBackupInProgress;
    }
    if (backupType == CSBACKUP_TYPE_LOGS_ONLY) {
        if (!m_state.fullBackupCompleted) {
            m_log.write(who + "logs-only BackupPrepare refused: no full backup has completed" +
                        (m_state.lastRestoreTime.empty()
                             ? std::string()
                             : " since the restore recovered at " + m_state.lastRestoreTime));
            return hr::kJetMissingFullBackup;
        }
        if (m_state.lastBackupHighGeneration + 1 < m_lowGeneration) {
            // The logs that would connect to the previous backup were truncated without a
            // completed backup holding them: only a new full backup can restart the chain.
            m_log.write(who + "logs-only BackupPrepare refused: generation " +
                        std::to_string(m_state.lastBackupHighGeneration + 1) + " is gone");
            return hr::kJetMissingFullBackup;
        }
    }
    m_backupActive = true;
    m_backup = ActiveBackup{};
    m_backup.contextId = contextId;
    m_backup.type = backupType;
    m_state.lastBackupType = typeName(backupType);
    m_state.lastBackupGenLow = 0;
    m_state.lastBackupGenHigh = 0;
    m_state.lastBackupSerialAtLogs = 0;
    m_state.lastBackupCompleted = false;
    saveStateLocked();
    m_log.write(who + typeName(backupType) + " backup started" + (elevated ? " (elevated)" : ""));
    return hr::kOk;
}

std::int32_t CaServer::listBackupLogs(std::uint64_t contextId,
                                      std::vector<std::uint32_t> &generations)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    generations.clear();
    if (!m_backupActive || m_backup.contextId != contextId)
        return hr::kJetInvalidBackupSequence;
    if (!rollLocked("a backup asked for its logs"))
        return hr::kFail;
    const std::uint32_t high = m_currentLog.generation() - 1;
    std::uint32_t low = m_lowGeneration;
    if (m_backup.type == CSBACKUP_TYPE_LOGS_ONLY)
        low = m_state.lastBackupHighGeneration + 1;
    if (low < m_lowGeneration) {
        m_log.write("context " + std::to_string(contextId) + ": log generation " +
                    std::to_string(low) + " needed by the logs-only backup is gone");
        return hr::kJetMissingFullBackup;
    }
    for (std::uint32_t gen = low; gen <= high; ++gen)
        generations.push_back(gen);
    m_backup.logsListed = true;
    m_backup.genLow = low;
    m_backup.genHigh = high;
    m_state.lastBackupGenLow = low;
    m_state.lastBackupGenHigh = high;
    m_state.lastBackupSerialAtLogs = m_highestSerial;
    saveStateLocked();
    m_log.write("context " + std::to_string(contextId) + ": backup logs " + std::to_string(low) +
                ".." + std::to_string(high) + " listed, serial_at_logs " +
                std::to_string(m_highestSerial));
    return hr::kOk;
}

std::int32_t CaServer::truncateLogs(std::uint64_t contextId)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_backupActive || m_backup.contextId != contextId || !m_backup.logsListed)
        return hr::kJetInvalidBackupSequence;
    // Like ESE, truncation first forces a checkpoint: the records of the logs this backup holds
    // are written to their pages now, so those logs can go rather than linger until the next
    // backup. Only logs below the checkpoint and held by this backup are deleted; anything newer
    // is still needed for recovery or by the next backup.
    applyPendingLocked(m_backup.genHigh);
    const std::uint32_t limit = std::min(m_checkpoint - 1, m_backup.genHigh);
    std::uint32_t deleted = 0;
    std::uint32_t gen = m_lowGeneration;
    bool failed = false;
    for (; gen <= limit && gen < m_currentLog.generation(); ++gen) {
        const std::string path = m_paths.logFile(gen);
        if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
            m_log.write("truncation: cannot delete " + path + ": " + fileio::errnoText(errno));
            failed = true;
            break;
        }
        ++deleted;
    }
    if (deleted > 0) {
        m_log.write("context " + std::to_string(contextId) + ": logs truncated, generations " +
                    std::to_string(m_lowGeneration) + ".." + std::to_string(gen - 1) +
                    " deleted (checkpoint " + std::to_string(m_checkpoint) + ")");
        m_state.lastTruncatedGeneration = gen - 1;
        m_lowGeneration = gen;
        saveStateLocked();
    } else {
        m_log.write("context " + std::to_string(contextId) +
                    ": truncation deleted nothing (checkpoint " + std::to_string(m_checkpoint) +
                    ", lowest log " + std::to_string(m_lowGeneration) + ")");
    }
    // What could be deleted is gone and recorded; the caller still learns that truncation
    // stopped short, as ESE reports a log it cannot delete.
    return failed ? hr::kAccessDenied : hr::kOk;
}

void CaServer::endBackup(std::uint64_t contextId, EndReason reason, bool completed)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_backupActive || m_backup.contextId != contextId)
        return;
    m_backupActive = false;
    const std::string who = "context " + std::to_string(contextId) + ": ";
    if (completed) {
        m_state.lastBackupHighGeneration = m_backup.genHigh;
        m_state.lastBackupCompleted = true;
        if (m_backup.type == CSBACKUP_TYPE_FULL) {
            m_state.fullBackupCompleted = true;
            m_state.lastFullHighGeneration = m_backup.genHigh;
        }
    }
    switch (reason) {
    case EndReason::Ended:
        m_log.write(who + typeName(m_backup.type) + " backup ended, " +
                    (completed ? "completed" : "not completed (not every file was read)"));
        break;
    case EndReason::ClientVanished:
        ++m_state.leakedContexts;
        m_log.write(who + "connection closed without BackupEnd: leaked context, backup ended (" +
                    std::to_string(m_state.leakedContexts) + " leaked so far)");
        break;
    case EndReason::DaemonClosed:
        m_log.write(who + "connection closed by the daemon, backup ended");
        break;
    }
    saveStateLocked();
}

std::uint64_t CaServer::databaseSize() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_db.fileSize();
}

bool CaServer::readDatabasePages(std::uint64_t firstPage, std::size_t count, std::uint8_t *out)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_db.isOpen() && m_db.readPages(firstPage, count, out);
}

KeyValueFile CaServer::status() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    KeyValueFile s;
    s.set("name", m_paths.name());
    s.set("ca_name", m_config.caName);
    s.setBool("running", true);
    s.setBool("online", !m_faults.paused);
    s.setBool("paused", m_faults.paused);
    s.setBool("backup_in_progress", m_backupActive);
    if (m_backupActive)
        s.set("backup_type", typeName(m_backup.type));
    s.setU64("leaked_contexts", m_state.leakedContexts);
    s.setU64("log_gen_low", m_lowGeneration);
    s.setU64("log_gen_high", highestClosedGenerationLocked());
    s.setU64("log_gen_current", m_currentLog.generation());
    s.setU64("checkpoint", m_checkpoint);
    s.setU64("highest_serial", m_highestSerial);
    s.setU64("capacity", m_capacity);
    s.setBool("database_full", m_databaseFull);
    s.set("issue_rate", formatRate(m_issueRate));
    s.setU64("pid", static_cast<std::uint64_t>(m_pid));
    s.setU64("port", m_port);
    std::string faults;
    for (const auto &fault : m_faults.describe())
        faults += (faults.empty() ? "" : ",") + fault;
    s.set("faults", faults);
    m_state.writeTo(s);
    return s;
}

void CaServer::requestShutdown(const std::string &why)
{
    m_log.write("shutdown requested: " + why);
    m_shutdownRequested = true;
}

void CaServer::issuerLoop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    auto last = Clock::now();
    double credit = 0;
    while (!m_stopping) {
        m_cv.wait_for(lock, kIssuerTick);
        const auto now = Clock::now();
        const double elapsed = std::chrono::duration<double>(now - last).count();
        last = now;
        if (m_stopping)
            break;
        // A paused CA does not issue, and does not catch up afterwards either.
        if (m_issueRate <= 0 || m_faults.paused || m_databaseFull) {
            credit = 0;
            continue;
        }
        credit += elapsed * m_issueRate;
        const double whole = std::floor(credit);
        credit -= whole;
        const auto count = static_cast<std::uint64_t>(std::min(whole, 100000.0));
        for (std::uint64_t i = 0; i < count; ++i) {
            if (!issueOneLocked())
                break;
        }
    }
}

void CaServer::writerLoop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    auto lastSave = Clock::now();
    while (!m_stopping) {
        m_cv.wait_for(lock, kWriterTick);
        if (m_stopping)
            break;
        applyPendingLocked(0);
        if (Clock::now() - lastSave >= kStateSaveInterval) {
            if (m_stateDirty)
                saveStateLocked();
            lastSave = Clock::now();
            // A daemon whose server folder was deleted (a test's temporary home, say) has
            // nothing left to serve: it stops instead of lingering as an orphan.
            if (::access(m_paths.configFile().c_str(), F_OK) != 0 && errno == ENOENT &&
                !m_shutdownRequested)
                requestShutdown("the server folder " + m_paths.directory() + " is gone");
        }
    }
}

bool CaServer::issueOneLocked()
{
    const std::uint64_t serial = m_highestSerial + 1;
    if (serial > m_capacity) {
        m_databaseFull = true;
        m_log.write("database full at " + std::to_string(m_highestSerial) +
                    " certificates: issuance stopped (create the server with a larger --db-size)");
        return false;
    }
    if (m_currentLog.isFull() && !rollLocked("it is full"))
        return false;
    const auto record = CertificateRecord::issue(serial, nowMs());
    std::string error;
    // Write-ahead: the record is in the log before any page holds it.
    if (!m_currentLog.append(record, &error)) {
        m_log.write("issuance stopped: " + error);
        m_issueRate = 0;
        return false;
    }
    m_pending.push_back({{m_currentLog.generation(), record}, Clock::now()});
    m_highestSerial = serial;
    m_state.highestSerial = serial;
    m_stateDirty = true;
    return true;
}

bool CaServer::rollLocked(const std::string &why)
{
    const std::uint32_t closed = m_currentLog.generation();
    const std::uint32_t records = m_currentLog.recordCount();
    if (closed >= format::kMaxGeneration) {
        m_log.write("cannot roll the log: generation limit reached");
        return false;
    }
    m_currentLog.close();
    std::string error;
    if (!m_currentLog.create(m_paths.logFile(closed + 1), closed + 1, m_config.caName, &error)) {
        m_log.write("cannot start log generation " + std::to_string(closed + 1) + ": " + error);
        m_issueRate = 0;
        return false;
    }
    m_log.write("log generation " + std::to_string(closed) + " closed with " +
                std::to_string(records) + " records because " + why + "; generation " +
                std::to_string(closed + 1) + " started");
    if (m_pending.empty())
        writeCheckpointLocked(closed + 1);
    return true;
}

void CaServer::applyPendingLocked(std::uint32_t forceThrough)
{
    if (!m_db.isOpen())
        return;
    const auto cutoff = Clock::now() - kLazyWriterDelay;
    std::vector<LoggedRecord> batch;
    while (!m_pending.empty() && (m_pending.front().logged.generation <= forceThrough ||
                                  m_pending.front().issuedAt <= cutoff)) {
        batch.push_back(m_pending.front().logged);
        m_pending.pop_front();
    }
    if (!batch.empty()) {
        std::string error;
        if (!m_db.applyRecords(batch, &error)) {
            m_log.write("lazy writer: " + error);
            return;
        }
    }
    const std::uint32_t checkpoint =
        m_pending.empty() ? m_currentLog.generation() : m_pending.front().logged.generation;
    if (checkpoint != m_checkpoint)
        writeCheckpointLocked(checkpoint);
}

void CaServer::writeCheckpointLocked(std::uint32_t generation)
{
    std::string error;
    if (!m_db.setCheckpoint(generation, &error)) {
        m_log.write("checkpoint: " + error);
        return;
    }
    m_checkpoint = generation;
    if (!fileio::writeFileAtomic(m_paths.checkpointFile(),
                                 "checkpoint_generation=" + std::to_string(generation) + "\n", 0644,
                                 &error))
        m_log.write("checkpoint: " + error);
}

void CaServer::saveStateLocked()
{
    std::string error;
    if (!m_state.save(m_paths.stateFile(), &error))
        m_log.write("cannot save state: " + error);
    m_stateDirty = false;
}

std::uint32_t CaServer::highestClosedGenerationLocked() const
{
    const std::uint32_t current = m_currentLog.generation();
    return current > m_lowGeneration ? current - 1 : 0;
}

} // namespace certsrvsim
