// SPDX-License-Identifier: Apache-2.0
// Faults the daemon can be told to inject, as given on the command line (`--fault SPEC`):
//   paused                 IsServerOnline says FALSE, BackupPrepare fails with ERROR_NOT_READY
//   access-denied          BackupPrepare fails with E_ACCESSDENIED unless the client is elevated
//   short-reads            Read returns a pseudo-random smaller, non-zero, unaligned amount
//   read-error-after=BYTES once BYTES were returned in a context, Read fails (ERROR_READ_FAULT)
//   drop-after=BYTES       the daemon closes a backup connection after BYTES were returned
//   stall=MS               every request on a backup connection waits MS ms before its answer
//   oversize=BYTES         Read sends BYTES more of every file than Open announced (a file that
//                          grew under the reader: a protocol violation the client must catch)
// A spec may list several, separated by commas; "no-NAME" turns one off again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace certsrvsim {

struct FaultSet {
    bool apply(std::string_view spec, std::string *error);
    void clear() { *this = FaultSet(); }
    // The active faults as specs that apply() accepts again.
    std::vector<std::string> describe() const;

    bool paused = false;
    bool accessDenied = false;
    bool shortReads = false;
    std::optional<std::uint64_t> readErrorAfter;
    std::optional<std::uint64_t> dropAfter;
    std::uint32_t stallMs = 0;
    std::optional<std::uint64_t> oversize;
};

} // namespace certsrvsim
