// The documented exit codes of certsrv-backup-cli; scripts and schedulers rely on them.
#pragma once

namespace cli {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitNeedsElevation = 3,
    ExitServerOffline = 4,
    ExitVerificationFailed = 5,
    ExitCancelled = 130,
};

} // namespace cli
