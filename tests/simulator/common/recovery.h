// SPDX-License-Identifier: Apache-2.0
// Hard recovery of a restored database and the check of a database's pages, shared by the daemon
// (recovery at start after a registered restore), the client library (the external restore that
// a restore drill runs on a scratch copy, as JetExternalRestoreW does on Windows) and the
// control tool's set check.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace certsrvsim {

class DatabaseFile;

struct DatabaseScan {
    std::uint64_t certificates = 0;
    std::uint64_t highestSerial = 0;
    std::vector<std::uint64_t> badPages;       // checksum or page header wrong
    std::vector<std::uint64_t> misplacedPages; // records that are damaged or in the wrong slot
    std::uint64_t missingSerials = 0;          // below the highest
    std::uint64_t firstMissingSerial = 0;

    bool clean() const { return badPages.empty() && misplacedPages.empty() && missingSerials == 0; }
    // One sentence per kind of damage found; empty when clean.
    std::vector<std::string> problems() const;
};

// Reads every data page. False only when the file cannot be read.
bool scanDatabase(const DatabaseFile &db, bool records, DatabaseScan &scan, std::string *error);

struct RecoveryStats {
    std::uint32_t genLow = 0;
    std::uint32_t genHigh = 0;
    std::uint64_t replayedRecords = 0;
    DatabaseScan scan; // of the recovered database
};

// Replays the restored logs onto the restored database, like ESE's hard recovery: `ranges` are the
// log generations of each registered set in order (the full set first), the logs are read from
// `logDirectory`. Every log is checked before the database is touched, so a failure leaves the
// database as restored. On success the checkpoint moves past the last log. Returns S_OK or the
// ESE-style code (0xC8000000 + |err|) with `message` saying what is wrong:
//   -556 a range does not connect to the one before, -543 the logs start after the database's
//   checkpoint, -528 a log of the range is missing, -501 a log is damaged, -1216 a log or the
//   database belongs to another CA, -1206 the database cannot be opened.
std::int32_t hardRecovery(const std::string &databasePath, const std::string &expectedCaName,
                          const std::string &logDirectory,
                          const std::vector<std::pair<std::uint32_t, std::uint32_t>> &ranges,
                          RecoveryStats &stats, std::string &message);

// "3, 7, 9 and 12 more"
std::string pageListText(const std::vector<std::uint64_t> &pages);

} // namespace certsrvsim
