// SPDX-License-Identifier: Apache-2.0
// `state` of a simulated server: what the daemon must remember across restarts.
//
// Written atomically (key=value) whenever a backup event changes it and when the daemon stops;
// the control tool reads it to report status while no daemon runs.
#pragma once

#include <cstdint>
#include <string>

namespace certsrvsim {

class KeyValueFile;

struct DaemonState {
    static DaemonState load(const std::string &path); // missing file: a fresh state
    bool save(const std::string &path, std::string *error) const;
    void writeTo(KeyValueFile &file) const;

    // A full backup completed since the database was created (the condition for LOGS_ONLY).
    bool fullBackupCompleted = false;
    std::uint32_t lastFullHighGeneration = 0;
    // High generation of the last completed backup, full or logs-only: where the next
    // logs-only backup must start.
    std::uint32_t lastBackupHighGeneration = 0;
    std::uint64_t leakedContexts = 0;
    std::uint64_t highestSerial = 0;

    // The last backup that was prepared, whatever became of it (status "last_backup").
    std::string lastBackupType = "none"; // none | full | logs-only
    std::uint32_t lastBackupGenLow = 0;
    std::uint32_t lastBackupGenHigh = 0;
    std::uint64_t lastBackupSerialAtLogs = 0;
    bool lastBackupCompleted = false;

    std::uint32_t lastTruncatedGeneration = 0; // highest generation deleted by a truncation

    // The last restore recovered at start: when (UTC, ISO 8601) and up to which log generation.
    // Backups taken before it cannot be chained with later ones: a new full backup must come first.
    std::string lastRestoreTime;
    std::uint32_t lastRestoreGenHigh = 0;
    std::uint64_t restoresRecovered = 0;
};

} // namespace certsrvsim
