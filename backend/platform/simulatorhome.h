// SPDX-License-Identifier: Apache-2.0
// Where the simulated CAs live on this machine, by the simulator's own rules:
// $CERTSRV_SIM_HOME, else $XDG_DATA_HOME/certsrv-sim, else ~/.local/share/certsrv-sim.
// Used by the POSIX server discovery, CA key source and CA folder lookup.
#pragma once

#include <QString>

namespace platform {

QString simulatorHome();

// The instance folder of the simulated server `server` on this machine (names match
// case-insensitively, like NetBIOS names); empty when there is none.
QString simulatedServerFolder(const QString &server);

// The CA name in a simulated server's server.conf; empty when it cannot be read.
QString simulatedCaName(const QString &serverFolder);

} // namespace platform
