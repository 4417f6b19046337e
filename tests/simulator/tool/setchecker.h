// SPDX-License-Identifier: Apache-2.0
// `certsrv-sim check`: proves that a backup set can be recovered.
//
// The set's database is copied to a temporary file (the set itself is never modified), every log
// of the set (and, for a logs-only set, of the chain that leads to it) is replayed onto the copy in
// generation order, and the result is verified: page checksums, log headers and record checksums,
// contiguous generations that start at or below the database's checkpoint, and serials 1..highest
// with no gap.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace certsrvsim {

struct CheckResult {
    bool consistent = false;
    std::uint64_t certificates = 0;
    std::uint64_t highestSerial = 0;
    std::uint32_t genLow = 0;
    std::uint32_t genHigh = 0;
    std::vector<std::string> problems;
    std::vector<std::string> chain; // set folders replayed, oldest first
};

class SetChecker {
public:
    // False only for usage or I/O errors (exit code 2), with `error` saying why; an unrecoverable
    // but readable set returns true with result.consistent == false.
    bool check(const std::string &setDirectory, CheckResult &result, std::string *error);
    // The same for the database and logs of a stopped server (its CertLog folder): what a restore
    // left there, recovered or not.
    bool checkFolder(const std::string &folder, CheckResult &result, std::string *error);

private:
    struct SetInventory {
        std::string path;
        std::string name;
        std::vector<std::string> databases;        // .edb files in DataBase/
        std::map<std::uint32_t, std::string> logs; // generation -> path
        std::uint32_t genLow() const { return logs.empty() ? 0 : logs.begin()->first; }
        std::uint32_t genHigh() const { return logs.empty() ? 0 : logs.rbegin()->first; }
    };

    static bool inventory(const std::string &path, SetInventory &set);
    static bool inventoryFolder(const std::string &folder, SetInventory &set);
    bool findChain(const SetInventory &target, std::vector<SetInventory> &chain,
                   CheckResult &result);
    bool verifyAndReplay(const std::vector<SetInventory> &chain, CheckResult &result,
                         std::string *error);
};

} // namespace certsrvsim
