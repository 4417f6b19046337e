// SPDX-License-Identifier: Apache-2.0
// The simulator's home folder and how a server name given to the API finds a server in it.
//
// Layout (stable: the application's server discovery on Linux reads it):
//   $CERTSRV_SIM_HOME, else $XDG_DATA_HOME/certsrv-sim, else ~/.local/share/certsrv-sim
//   (Windows: %CERTSRV_SIM_HOME%, a DOS or, under Wine, a Unix path; else
//   %LOCALAPPDATA%\certsrv-sim)
//     servers/<NAME>/   one simulated CA server per folder (see serverpaths.h)
// NAME is NetBIOS-like: 1..15 letters, digits or '-'. It is stored as given and matched
// case-insensitively; "\\NAME" and "name.any.dns.suffix" (first DNS label) find it too.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace certsrvsim {

class SimHome {
public:
    explicit SimHome(std::string root);

    // Read at every call, never cached: tests switch homes by changing the environment.
    static SimHome fromEnvironment();

    const std::string &root() const { return m_root; }
    std::string serversDirectory() const;
    std::string serverDirectory(const std::string &storedName) const;

    // Stored names of every valid server folder, sorted.
    std::vector<std::string> serverNames() const;

    // The stored name of the server that `requested` (NAME, \\NAME or a DNS name) designates.
    std::optional<std::string> findServer(std::string_view requested) const;

    static bool isValidServerName(std::string_view name);

    // "\\\\HOST", "host.example.com" and "HOST" all give "HOST" (case kept as given).
    static std::string hostLabel(std::string_view networkName);

private:
    std::string m_root;
};

} // namespace certsrvsim
