// SPDX-License-Identifier: Apache-2.0
// certsrv-sim: entry point of the simulator's control tool (commands in controltool.h).
#include "tool/controltool.h"

#include <csignal>

int main(int argc, char **argv)
{
    // A closed pipe on stdout (certsrv-sim list | head) ends the tool quietly, not by a signal.
    std::signal(SIGPIPE, SIG_IGN);
    return certsrvsim::ControlTool().run(argc, argv);
}
