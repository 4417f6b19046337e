// SPDX-License-Identifier: Apache-2.0
// The engine's logging categories, and the switch that --verbose flips in both front ends.
// Diagnostics go to certsrv.engine. The lines a job shows the operator (its logLine signal)
// also go to certsrv.job at info level, so that the GUI started with --verbose echoes them on
// standard error. Every certsrv.* category shows warnings and above unless turned up.
#pragma once

#include <QLoggingCategory>

namespace engine {

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcJob)

// Turns on the info level of every certsrv.* category. withJobLines false leaves certsrv.job
// at warnings, for a front end that prints the job's lines itself (the CLI's --verbose).
// QT_LOGGING_RULES in the environment still has the last word.
void enableVerboseLogging(bool withJobLines);
// Whether enableVerboseLogging() was called, for a restart that passes --verbose on.
bool verboseLoggingEnabled();

} // namespace engine
