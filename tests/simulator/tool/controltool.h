// SPDX-License-Identifier: Apache-2.0
// certsrv-sim, the control tool of the simulated Certificate Services servers: create, start,
// stop, list, status, fault and check. Its command line and outputs are a stable interface that
// scripts and tests rely on (see usage() in controltool.cpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/keyvaluefile.h"
#include "common/registration.h"
#include "common/serverpaths.h"
#include "common/simhome.h"

namespace certsrvsim {

class ControlTool {
public:
    ControlTool();
    int run(int argc, char **argv);

private:
    using Args = std::vector<std::string>;

    int create(const Args &args);
    int start(const Args &args);
    int stop(const Args &args);
    int list(const Args &args);
    int status(const Args &args);
    int fault(const Args &args);
    int check(const Args &args);

    // The named server's files, or nullopt after printing what to do.
    std::optional<ServerPaths> findServer(const std::string &name) const;
    // A registration whose daemon is alive and answers Hello.
    std::optional<Registration> runningDaemon(const ServerPaths &paths) const;
    KeyValueFile statusFromFiles(const ServerPaths &paths) const;

    SimHome m_home;
};

} // namespace certsrvsim
