// SPDX-License-Identifier: Apache-2.0
// Runs a backup run to its end from the command line: the terminal progress bar, the run's log
// lines with --verbose, and Ctrl-C or SIGTERM turned into a clean cancel. Both `backup` forms
// use this one loop over the one RunController, and the words and exit code of its result.
#pragma once

#include "profiles/runcontroller.h"
#include "terminal.h"

#include <QJsonObject>

namespace cli {

// Starts `spec` on `controller` and waits for its result; false when it did not start.
bool runToEnd(profiles::RunController &controller, const profiles::RunSpec &spec,
              TerminalProgress &bar, bool verbose, profiles::RunResult *result);

// The words and the exit code of a finished run, for both `backup` forms: the backup's, plus
// the test restore's when the run had one (a failed one exits 5, like a failed verification).
QJsonObject runResultJson(const profiles::RunResult &run, bool verifyAsked);
void printRunText(const profiles::RunResult &run);
int runExitCode(const profiles::RunResult &run, bool verifyAsked);

} // namespace cli
