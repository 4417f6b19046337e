// SPDX-License-Identifier: Apache-2.0
// The backup privilege that the Certificate Services backup API needs (SeBackupPrivilege on
// Windows). One implementation per OS: privilege_windows.cpp, privilege_posix.cpp.
#pragma once

#include <QString>

namespace platform {

struct PrivilegeCheck {
    enum class State {
        Enabled,       // held and enabled in the process token
        NotHeld,       // the account does not hold it, or the session is not elevated
        NotApplicable, // the platform has no such privilege; the server decides
        Error,         // the check itself failed
    };
    State state = State::Error;
    QString detail; // for the log: what was checked and what came of it
};

// Enables the backup privilege in this process's token when it is held.
PrivilegeCheck enableBackupPrivilege();
// Enables the backup and the restore privilege (SeBackupPrivilege, SeRestorePrivilege) that a
// restore needs; NotHeld when either is missing.
PrivilegeCheck enableRestorePrivileges();

// Whether this process runs with administrative rights (elevated token / effective uid 0).
bool isElevated();

} // namespace platform
