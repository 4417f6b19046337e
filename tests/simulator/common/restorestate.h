// SPDX-License-Identifier: Apache-2.0
// restore.pending: a restore registered through CertSrvRestoreRegisterW and not yet recovered, the
// simulator's CertSvc\Configuration\RestoreInProgress.
//   status=registered|complete|failed
//   ranges=1-5,6-7                   log generations of each registration, in order (full first)
//   database=/…/CertLog/CA.edb       the restore map's target
//   backup_log_path=/…/CertLog       where the restored logs are
//   log_path=, checkpoint_path=      as registered
//   complete_result=0x00000000       what RestoreRegisterComplete was given
// A server with this file does not start until it is complete; at start the daemon recovers the
// restored database from those logs and removes the file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace certsrvsim {

class KeyValueFile;

struct RestoreState {
    enum class Status { Registered, Complete, Failed };
    using Range = std::pair<std::uint32_t, std::uint32_t>;

    // nullopt without an error: no restore pending. nullopt with an error: a file that cannot
    // be read or makes no sense, which must stop a start as well.
    static std::optional<RestoreState> load(const std::string &path, std::string *error);
    bool save(const std::string &path, std::string *error) const;
    // The fields for `certsrv-sim status`, prefixed "restore_".
    void writeTo(KeyValueFile &file) const;

    static std::string statusName(Status status);
    std::uint32_t genLow() const { return ranges.empty() ? 0 : ranges.front().first; }
    std::uint32_t genHigh() const;

    Status status = Status::Registered;
    std::vector<Range> ranges;
    std::string database;
    std::string backupLogPath;
    std::string logPath;
    std::string checkpointPath;
    std::int32_t completeResult = 0;
};

// "0x80094006"
std::string hresultText(std::int32_t hr);

} // namespace certsrvsim
