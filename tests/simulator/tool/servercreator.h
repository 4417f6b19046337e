// SPDX-License-Identifier: Apache-2.0
// `certsrv-sim create`: lays out a new simulated server with a database of a fixed size,
// optionally pre-issued certificates and a number of closed, untruncated 1 MiB logs, and the
// CA's own key pair and self-signed certificate.
//
// Everything is written into a hidden temporary folder that is renamed into place at the end,
// so a failed or interrupted create leaves no half server behind.
#pragma once

#include <cstdint>
#include <string>

#include "common/simhome.h"

namespace certsrvsim {

struct CreateOptions {
    std::string name;
    std::string caName;
    std::uint64_t databaseSize = 64ull * 1024 * 1024;
    std::uint64_t certificates = 0;
    std::uint64_t logs = 0;
};

class ServerCreator {
public:
    explicit ServerCreator(SimHome home);

    // On failure `error` says what to do. On success `summary` describes what was made.
    bool create(const CreateOptions &options, std::string *error, std::string *summary);

    // Windows file-name rules apply: the CA name becomes the name of the .edb, .crt and .crl.
    static bool isValidCaName(const std::string &caName, std::string *why);

private:
    bool writeDatabase(const std::string &path, const CreateOptions &options, std::uint64_t pages,
                       std::int64_t created, std::string *error);
    bool writeLogs(const std::string &certLog, const CreateOptions &options, std::int64_t created,
                   std::string *error);

    SimHome m_home;
};

} // namespace certsrvsim
