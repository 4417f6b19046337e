// SPDX-License-Identifier: Apache-2.0
// The 17 functions of the Certificate Services backup API, resolved from a library at run time:
// certadm.dll on Windows, the simulator's client library elsewhere, or any library the operator
// names. Everything above this class calls Certificate Services only through it.
#pragma once

#include "certbcli_abi.h"
#include "recovery_abi.h"
#include "dynamiclibrary.h"

#include <memory>
#include <optional>
#include <string>

namespace certadm {

struct CertadmFunctions {
    PfnCertSrvIsServerOnlineW isServerOnline = nullptr;
    PfnCertSrvBackupPrepareW backupPrepare = nullptr;
    PfnCertSrvBackupGetDatabaseNamesW backupGetDatabaseNames = nullptr;
    PfnCertSrvBackupOpenFileW backupOpenFile = nullptr;
    PfnCertSrvBackupRead backupRead = nullptr;
    PfnCertSrvBackupClose backupClose = nullptr;
    PfnCertSrvBackupGetBackupLogsW backupGetBackupLogs = nullptr;
    PfnCertSrvBackupGetDynamicFileListW backupGetDynamicFileList = nullptr;
    PfnCertSrvBackupTruncateLogs backupTruncateLogs = nullptr;
    PfnCertSrvBackupEnd backupEnd = nullptr;
    PfnCertSrvBackupFree backupFree = nullptr;
    PfnCertSrvRestorePrepareW restorePrepare = nullptr;
    PfnCertSrvRestoreGetDatabaseLocationsW restoreGetDatabaseLocations = nullptr;
    PfnCertSrvRestoreRegisterW restoreRegister = nullptr;
    PfnCertSrvRestoreRegisterComplete restoreRegisterComplete = nullptr;
    PfnCertSrvRestoreEnd restoreEnd = nullptr;
    PfnCertSrvServerControlW serverControl = nullptr;
};

// The simulator's stand-ins for esent.dll's external restore and esentutl's checks (see
// recovery_abi.h); null in certadm.dll.
struct DrillFunctions {
    PfnCertSimExternalRestoreW externalRestore = nullptr;
    PfnCertSimCheckDatabaseW checkDatabase = nullptr;
};

// The environment variable that names another certadm library.
inline constexpr const char *kLibraryEnvironmentVariable = "CERTSRV_BACKUP_CERTADM_LIBRARY";

// The library file loaded when nothing else is named: certadm.dll on Windows (from the system
// folder), the simulator's client library beside the executable elsewhere.
std::string defaultLibraryFileName();

// Picks the library to load: the command-line option first, then the environment variable,
// then the default file in `executableDir` (or the system's search path on Windows).
std::string resolveLibraryPath(const std::optional<std::string> &commandLinePath,
                               const char *environmentValue, const std::string &executableDir);

class CertadmLibrary {
public:
    // Loads `path` and resolves every function. Returns nullptr and a message that names the
    // library and the first missing symbol (or the loader's reason) on failure.
    static std::shared_ptr<CertadmLibrary> load(const std::string &path, std::string &error);

    const CertadmFunctions &functions() const { return m_functions; }
    const DrillFunctions &drillFunctions() const { return m_drill; }
    const std::string &path() const { return m_path; }

private:
    CertadmLibrary() = default;

    DynamicLibrary m_library;
    CertadmFunctions m_functions;
    DrillFunctions m_drill;
    std::string m_path;
};

} // namespace certadm
