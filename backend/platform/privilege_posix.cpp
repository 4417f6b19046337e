// SPDX-License-Identifier: Apache-2.0
#include "privilege.h"

#include <QCoreApplication>

#include <unistd.h>

namespace platform {

PrivilegeCheck enableBackupPrivilege()
{
    // POSIX has no backup privilege; the (simulated) server checks the caller itself and answers
    // 0x80070005 when it wants an elevated client.
    PrivilegeCheck check;
    check.state = PrivilegeCheck::State::NotApplicable;
    check.detail = QCoreApplication::translate("platform::Privilege",
                                               "No backup privilege on this platform (effective "
                                               "user id %1): the server checks the caller.")
                       .arg(static_cast<qulonglong>(geteuid()));
    return check;
}

PrivilegeCheck enableRestorePrivileges()
{
    PrivilegeCheck check = enableBackupPrivilege();
    check.detail = QCoreApplication::translate("platform::Privilege",
                                               "No restore privilege on this platform (effective "
                                               "user id %1): the CA's folders decide.")
                       .arg(static_cast<qulonglong>(geteuid()));
    return check;
}

bool isElevated()
{
    // The simulated server's own rule (its client library reads the same variable): root is
    // elevated unless CERTSRV_SIM_UNELEVATED=1 plays an unelevated session, so that this answer
    // and the server's refusal never contradict each other.
    return geteuid() == 0 && qgetenv("CERTSRV_SIM_UNELEVATED") != "1";
}

} // namespace platform
