// SPDX-License-Identifier: Apache-2.0
// The documented exit codes of certsrv-backup-cli; scripts and schedulers rely on them.
#pragma once

namespace cli {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitNeedsElevation = 3,
    ExitServerOffline = 4,
    ExitVerificationFailed = 5, // also: a set that cannot be restored, a failed drill
    ExitCaRunning = 6,          // restore: the CA runs and --stop-service was not given
    ExitCancelled = 130,
};

} // namespace cli
