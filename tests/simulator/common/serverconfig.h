// SPDX-License-Identifier: Apache-2.0
// server.conf of a simulated server: what `certsrv-sim create` decided and never changes after.
//   ca_name=Contoso Root CA
//   db_pages=8192              (database size / 8 KiB)
//   created=2024-05-01T12:00:00Z
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace certsrvsim {

struct ServerConfig {
    static std::optional<ServerConfig> load(const std::string &path, std::string *error);
    bool save(const std::string &path, std::string *error) const;

    std::string caName;
    std::uint64_t dbPages = 0;
    std::string created;
};

} // namespace certsrvsim
