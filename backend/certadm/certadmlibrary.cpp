// SPDX-License-Identifier: Apache-2.0
#include "certadmlibrary.h"

#include <cstring>

namespace certadm {
namespace {

template <typename Fn>
bool resolve(const DynamicLibrary &library, const char *name, Fn &target, std::string &missing)
{
    void *address = library.symbol(name);
    if (address == nullptr) {
        if (missing.empty()) {
            missing = name;
        }
        return false;
    }
    // Function pointers from dlsym/GetProcAddress: the only portable way is through the
    // object-pointer representation, which POSIX and Windows both guarantee to round-trip.
    static_assert(sizeof(Fn) == sizeof(void *), "function and object pointers differ in size");
    std::memcpy(&target, &address, sizeof(target));
    return true;
}

} // namespace

std::string defaultLibraryFileName()
{
#if defined(_WIN32)
    return "certadm.dll";
#elif defined(__APPLE__)
    return "libcertadm-sim.dylib";
#else
    return "libcertadm-sim.so";
#endif
}

std::string resolveLibraryPath(const std::optional<std::string> &commandLinePath,
                               const char *environmentValue, const std::string &executableDir)
{
    if (commandLinePath && !commandLinePath->empty()) {
        return *commandLinePath;
    }
    if (environmentValue != nullptr && *environmentValue != '\0') {
        return environmentValue;
    }
#if defined(_WIN32)
    // certadm.dll lives in System32; a bare name with the default search directories finds it
    // there and never in the current folder.
    (void)executableDir;
    return defaultLibraryFileName();
#else
    if (executableDir.empty()) {
        return defaultLibraryFileName();
    }
    return executableDir + "/" + defaultLibraryFileName();
#endif
}

std::shared_ptr<CertadmLibrary> CertadmLibrary::load(const std::string &path, std::string &error)
{
    std::shared_ptr<CertadmLibrary> result(new CertadmLibrary());
    std::string reason;
    if (!result->m_library.open(path, reason)) {
        error = "Cannot load the certadm library \"" + path + "\": " + reason;
        return nullptr;
    }
    result->m_path = path;
    CertadmFunctions &f = result->m_functions;
    const DynamicLibrary &lib = result->m_library;
    std::string missing;
    resolve(lib, "CertSrvIsServerOnlineW", f.isServerOnline, missing);
    resolve(lib, "CertSrvBackupPrepareW", f.backupPrepare, missing);
    resolve(lib, "CertSrvBackupGetDatabaseNamesW", f.backupGetDatabaseNames, missing);
    resolve(lib, "CertSrvBackupOpenFileW", f.backupOpenFile, missing);
    resolve(lib, "CertSrvBackupRead", f.backupRead, missing);
    resolve(lib, "CertSrvBackupClose", f.backupClose, missing);
    resolve(lib, "CertSrvBackupGetBackupLogsW", f.backupGetBackupLogs, missing);
    resolve(lib, "CertSrvBackupGetDynamicFileListW", f.backupGetDynamicFileList, missing);
    resolve(lib, "CertSrvBackupTruncateLogs", f.backupTruncateLogs, missing);
    resolve(lib, "CertSrvBackupEnd", f.backupEnd, missing);
    resolve(lib, "CertSrvBackupFree", f.backupFree, missing);
    resolve(lib, "CertSrvRestorePrepareW", f.restorePrepare, missing);
    resolve(lib, "CertSrvRestoreGetDatabaseLocationsW", f.restoreGetDatabaseLocations, missing);
    resolve(lib, "CertSrvRestoreRegisterW", f.restoreRegister, missing);
    resolve(lib, "CertSrvRestoreRegisterComplete", f.restoreRegisterComplete, missing);
    resolve(lib, "CertSrvRestoreEnd", f.restoreEnd, missing);
    resolve(lib, "CertSrvServerControlW", f.serverControl, missing);
    if (!missing.empty()) {
        error = "The certadm library \"" + path + "\" does not export the required function " +
                missing +
                ": it is neither certadm.dll nor a library that exports the whole "
                "Certificate Services backup API (" +
                kLibraryEnvironmentVariable + " chooses another).";
        return nullptr;
    }
    // Optional: only the simulator's library has the drill's stand-ins for esent.dll.
    std::string absent;
    resolve(lib, "CertSimExternalRestoreW", result->m_drill.externalRestore, absent);
    resolve(lib, "CertSimCheckDatabaseW", result->m_drill.checkDatabase, absent);
    return result;
}

} // namespace certadm
