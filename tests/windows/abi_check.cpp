// SPDX-License-Identifier: Apache-2.0
// Compiled with mingw-w64 against the Windows SDK's certbcli.h: the portable function types of
// certbcli_abi.h must be exactly the types of the real declarations, or the loader would call
// certadm.dll with the wrong signature.
#include "certadm/certbcli_abi.h"

#include <type_traits>

#define CERTSRV_SAME_TYPE(name)                                                                    \
    static_assert(std::is_same_v<decltype(&name), Pfn##name>, #name " differs from certbcli.h")

CERTSRV_SAME_TYPE(CertSrvIsServerOnlineW);
CERTSRV_SAME_TYPE(CertSrvBackupPrepareW);
CERTSRV_SAME_TYPE(CertSrvBackupGetDatabaseNamesW);
CERTSRV_SAME_TYPE(CertSrvBackupOpenFileW);
CERTSRV_SAME_TYPE(CertSrvBackupRead);
CERTSRV_SAME_TYPE(CertSrvBackupClose);
CERTSRV_SAME_TYPE(CertSrvBackupGetBackupLogsW);
CERTSRV_SAME_TYPE(CertSrvBackupGetDynamicFileListW);
CERTSRV_SAME_TYPE(CertSrvBackupTruncateLogs);
CERTSRV_SAME_TYPE(CertSrvBackupEnd);
CERTSRV_SAME_TYPE(CertSrvBackupFree);
CERTSRV_SAME_TYPE(CertSrvRestorePrepareW);
CERTSRV_SAME_TYPE(CertSrvRestoreGetDatabaseLocationsW);
CERTSRV_SAME_TYPE(CertSrvRestoreRegisterW);
CERTSRV_SAME_TYPE(CertSrvRestoreRegisterComplete);
CERTSRV_SAME_TYPE(CertSrvRestoreEnd);
CERTSRV_SAME_TYPE(CertSrvServerControlW);

static_assert(CSBACKUP_TYPE_FULL == 0x1 && CSBACKUP_TYPE_LOGS_ONLY == 0x2, "backup types");
