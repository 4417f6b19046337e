// Runs a backup run to its end from the command line: the terminal progress bar, the run's log
// lines with --verbose, and Ctrl-C or SIGTERM turned into a clean cancel. Both `backup` forms
// use this one loop over the one RunController.
#pragma once

#include "runcontroller.h"
#include "terminalprogress.h"

namespace cli {

// Starts `spec` on `controller` and waits for its result; false when it did not start.
bool runToEnd(profiles::RunController &controller, const profiles::RunSpec &spec,
              TerminalProgress &bar, bool verbose, profiles::RunResult *result);

} // namespace cli
