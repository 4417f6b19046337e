// Where the simulated CAs live on this machine, by the simulator's own rules:
// $CERTSRV_SIM_HOME, else $XDG_DATA_HOME/certsrv-sim, else ~/.local/share/certsrv-sim.
// Used by the POSIX server discovery and CA key source.
#pragma once

#include <QString>

namespace platform {

QString simulatorHome();

} // namespace platform
