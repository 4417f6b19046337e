// SPDX-License-Identifier: Apache-2.0
// The restore half of the simulator's client library. A restore works on a stopped CA, so there
// is no daemon to ask: a restore context is the server's folder, and RestoreRegister writes the
// server's restore.pending, which the daemon acts on at its next start (see restorestate.h).
#pragma once

#include "common/serverpaths.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace certsrvsim {

struct RestoreContext {
    ServerPaths paths;
    std::string caName;
    bool full = false;
    bool registered = false;
};

class RestoreContexts {
public:
    static RestoreContexts &instance();

    // A context for the stopped server `paths` (the caller checked that no daemon runs).
    std::int32_t open(const ServerPaths &paths, bool full, void **handle);
    std::shared_ptr<RestoreContext> find(void *handle);
    std::shared_ptr<RestoreContext> take(void *handle);

    // The list of CertSrvRestoreGetDatabaseLocationsW: 'D' database, 0x82 log and 0x83
    // checkpoint folder, as this machine's paths.
    static std::vector<std::u16string> locations(const RestoreContext &context);

    static std::int32_t registerRestore(RestoreContext &context, const std::string &checkpointPath,
                                        const std::string &logPath,
                                        const std::vector<std::pair<std::string, std::string>> &map,
                                        const std::string &backupLogPath, std::uint32_t genLow,
                                        std::uint32_t genHigh);
    static std::int32_t complete(RestoreContext &context, std::int32_t result);

private:
    std::mutex m_mutex;
    std::map<void *, std::shared_ptr<RestoreContext>> m_contexts;
};

} // namespace certsrvsim
