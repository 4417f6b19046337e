// SPDX-License-Identifier: Apache-2.0
#include "hresult.h"

#include <cstdio>

#if defined(_WIN32)
#include "utf16.h"
#include <windows.h>
#endif

namespace certadm {
namespace {

struct KnownCode {
    std::uint32_t code;
    const char *symbol;
    const char *meaning;
    const char *action;
    ErrorCategory category;
};

constexpr const char *kElevate =
    "Run the backup as a member of the CA's Backup Operators or local Administrators, from an "
    "elevated session (Run as administrator), so that the backup privilege is enabled.";
constexpr const char *kStartCa =
    "Check that the Active Directory Certificate Services service (CertSvc) is running on the "
    "server and that the server name is right and reachable, then try again.";

// Codes the backup API returns, from Microsoft's documentation and the ESE error list.
constexpr KnownCode kKnownCodes[] = {
    {0x80070005, "E_ACCESSDENIED",
     "Access denied: the backup privilege is not enabled, the session is not elevated, or the "
     "account is not a CA backup operator.",
     kElevate, ErrorCategory::NeedsElevation},
    {0x80070522, "ERROR_PRIVILEGE_NOT_HELD", "A required privilege is not held by the client.",
     kElevate, ErrorCategory::NeedsElevation},
    {0x80070514, "ERROR_NOT_ALL_ASSIGNED", "Not all privileges were assigned to the process token.",
     kElevate, ErrorCategory::NeedsElevation},
    {0x800706BA, "RPC_S_SERVER_UNAVAILABLE",
     "The RPC server is unavailable: the CA service is not running or the host cannot be "
     "reached.",
     kStartCa, ErrorCategory::ServerUnavailable},
    {0x800706BE, "RPC_S_CALL_FAILED",
     "The remote procedure call failed: the connection to the CA broke during the call.",
     "Check the network and the CA service, then run the backup again; the partial set was "
     "removed and the logs were not truncated.",
     ErrorCategory::ServerUnavailable},
    {0x800706BF, "RPC_S_CALL_FAILED_DNE", "The remote procedure call failed and did not execute.",
     kStartCa, ErrorCategory::ServerUnavailable},
    {0x800706D9, "EPT_S_NOT_REGISTERED",
     "There are no more endpoints available from the "
     "endpoint mapper.",
     kStartCa, ErrorCategory::ServerUnavailable},
    {0x80070015, "ERROR_NOT_READY", "The CA is not ready: the service is paused or starting.",
     "Resume or start Certificate Services on the server (the Certification Authority console "
     "or 'net continue certsvc'), then try again.",
     ErrorCategory::ServerUnavailable},
    {0xC80001F9, "JET_errBackupInProgress",
     "Another backup of this CA is already running (only one online backup at a time).",
     "Wait for the other backup to finish (certutil, Windows Server Backup or a scheduled task), "
     "then try again.",
     ErrorCategory::BackupInProgress},
    {0xC8000209, "JET_errInvalidBackupSequence",
     "The backup calls were made in an order the database does not accept.",
     "Run the backup again; if it keeps failing, restart Certificate Services to clear a stuck "
     "backup.",
     ErrorCategory::Failed},
    {0xC800020B, "JET_errBackupNotAllowedYet",
     "The database does not allow a backup yet (it is still starting or recovering).",
     "Wait until Certificate Services has finished starting, then try again.",
     ErrorCategory::ServerUnavailable},
    {0xC800020E, "JET_errInvalidBackup",
     "The backup is not possible: a logs-only backup is refused while circular logging is on.",
     "Take a full backup instead, or turn circular logging off on the CA.",
     ErrorCategory::NeedsFullBackup},
    {0xC8000230, "JET_errMissingFullBackup",
     "A logs-only (incremental) backup needs a full backup of this database first.",
     "Take a full backup of this CA first, then logs-only backups can extend it.",
     ErrorCategory::NeedsFullBackup},
    {0x80070020, "ERROR_SHARING_VIOLATION",
     "The file is in use by another process (Certificate Services still running during a "
     "restore?).",
     "Stop Certificate Services before a restore, or close the program that holds the file.",
     ErrorCategory::Failed},
    {0x80070091, "ERROR_DIR_NOT_EMPTY", "The target folder is not empty.",
     "Choose an empty folder, or move its contents away first.", ErrorCategory::Failed},
    {0x8007010B, "ERROR_DIRECTORY",
     "The folder layout is wrong, or an incremental set was restored before its full set.",
     "Restore the full set first, from a folder that has the DataBase subfolder, then the "
     "logs-only sets in order.",
     ErrorCategory::Failed},
    {0x80070070, "ERROR_DISK_FULL", "There is not enough space on the disk.",
     "Free space at the destination or choose another destination, then run the backup again.",
     ErrorCategory::DiskFull},
    {0x80070027, "ERROR_HANDLE_DISK_FULL", "The disk is full.",
     "Free space at the destination or choose another destination, then run the backup again.",
     ErrorCategory::DiskFull},
    {0x80070002, "ERROR_FILE_NOT_FOUND", "The system cannot find the file specified.",
     "Check the path and try again.", ErrorCategory::NotFound},
    {0x80070003, "ERROR_PATH_NOT_FOUND", "The system cannot find the path specified.",
     "Check that the folder exists and try again.", ErrorCategory::NotFound},
    {0x8007000D, "ERROR_INVALID_DATA", "The data is invalid.",
     "The server returned something malformed; run the backup again and report it if it "
     "repeats.",
     ErrorCategory::BadData},
    {0x8007001D, "ERROR_WRITE_FAULT", "The system cannot write to the specified device.",
     "Check the destination disk or share, then run the backup again.", ErrorCategory::Failed},
    {0x8007001E, "ERROR_READ_FAULT", "The server could not read from the database or log file.",
     "Check the CA server's disk and event log for errors, then run the backup again.",
     ErrorCategory::Failed},
    {0x80070017, "ERROR_CRC", "Data error (cyclic redundancy check) while reading.",
     "Check the CA server's disk for errors, then run the backup again.", ErrorCategory::Failed},
    {0x80070050, "ERROR_FILE_EXISTS", "The file exists.",
     "Choose another destination or remove the existing set.", ErrorCategory::Failed},
    {0x800704C7, "ERROR_CANCELLED", "The operation was cancelled.",
     "Nothing was kept and the logs were not truncated; start the backup again when ready.",
     ErrorCategory::Failed},
    {0x80070057, "E_INVALIDARG", "One or more arguments are invalid.",
     "Check the server name and the backup type.", ErrorCategory::Failed},
    {0x8007000E, "E_OUTOFMEMORY", "Not enough memory to complete the operation.",
     "Close other programs and try again.", ErrorCategory::Failed},
    {0x80004001, "E_NOTIMPL", "The server does not implement this operation.",
     "Use a server version that supports it.", ErrorCategory::Failed},
    {0x80004005, "E_FAIL", "Unspecified failure.", "See the log for details and try again.",
     ErrorCategory::Failed},
    {0x8000FFFF, "E_UNEXPECTED", "Catastrophic failure.", "See the log for details and try again.",
     ErrorCategory::Failed},
    {0x80070006, "E_HANDLE", "The handle is invalid.", "Run the backup again.",
     ErrorCategory::Failed},
};

// Some common Win32 errors by number, for platforms without FormatMessage.
struct Win32Text {
    std::uint32_t error;
    const char *symbol;
    const char *meaning;
};

constexpr Win32Text kWin32Texts[] = {
    {1, "ERROR_INVALID_FUNCTION", "Incorrect function."},
    {8, "ERROR_NOT_ENOUGH_MEMORY", "Not enough memory resources are available."},
    {32, "ERROR_SHARING_VIOLATION", "The file is being used by another process."},
    {50, "ERROR_NOT_SUPPORTED", "The request is not supported."},
    {53, "ERROR_BAD_NETPATH", "The network path was not found."},
    {64, "ERROR_NETNAME_DELETED", "The specified network name is no longer available."},
    {67, "ERROR_BAD_NET_NAME", "The network name cannot be found."},
    {87, "ERROR_INVALID_PARAMETER", "The parameter is incorrect."},
    {170, "ERROR_BUSY", "The requested resource is in use."},
    {183, "ERROR_ALREADY_EXISTS", "Cannot create a file when that file already exists."},
    {1053, "ERROR_SERVICE_REQUEST_TIMEOUT", "The service did not respond in time."},
    {1060, "ERROR_SERVICE_DOES_NOT_EXIST", "The specified service does not exist."},
    {1062, "ERROR_SERVICE_NOT_ACTIVE", "The service has not been started."},
    {1314, "ERROR_PRIVILEGE_NOT_HELD", "A required privilege is not held by the client."},
    {1326, "ERROR_LOGON_FAILURE", "The user name or password is incorrect."},
    {1722, "RPC_S_SERVER_UNAVAILABLE", "The RPC server is unavailable."},
    {1726, "RPC_S_CALL_FAILED", "The remote procedure call failed."},
};

} // namespace

std::string formatHresult(HRESULT hr)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08X", static_cast<unsigned>(hr));
    return buffer;
}

HresultDescription describeHresult(HRESULT hr)
{
    HresultDescription d;
    d.code = formatHresult(hr);
    const auto code = static_cast<std::uint32_t>(hr);
    if (hrSucceeded(hr)) {
        d.symbol = "S_OK";
        d.meaning = "The operation completed successfully.";
        d.category = ErrorCategory::None;
        return d;
    }
    for (const KnownCode &known : kKnownCodes) {
        if (known.code == code) {
            d.symbol = known.symbol;
            d.meaning = known.meaning;
            d.action = known.action;
            d.category = known.category;
            return d;
        }
    }
    d.category = ErrorCategory::Failed;
    d.action = "See the log for details; run the backup again, and if it keeps failing check the "
               "CA server's event log.";
    if ((code & 0xFFFF0000u) == 0xC8000000u) {
        // ESE wraps its negative error numbers as 0xC8000000 | -err.
        const int jetError = -static_cast<int>(code & 0xFFFFu);
        d.symbol = "JET error " + std::to_string(jetError);
        d.meaning = "The CA database engine (ESE) reported error " + std::to_string(jetError) + ".";
        return d;
    }
    if ((code & 0xFFFF0000u) == 0x80070000u) {
        const std::uint32_t win32 = code & 0xFFFFu;
        d.meaning = "Windows error " + std::to_string(win32) + ".";
        for (const Win32Text &t : kWin32Texts) {
            if (t.error == win32) {
                d.symbol = t.symbol;
                d.meaning = t.meaning;
                break;
            }
        }
#if defined(_WIN32)
        // Windows says what the error means in the system's language; the symbol stays ours.
        wchar_t *buffer = nullptr;
        const DWORD length =
            FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                               FORMAT_MESSAGE_IGNORE_INSERTS,
                           nullptr, win32, 0, reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
        if (length > 0) {
            std::string text =
                toUtf8(std::u16string(reinterpret_cast<const char16_t *>(buffer), length));
            while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
                text.pop_back();
            }
            d.meaning = text;
            LocalFree(buffer);
        }
#endif
        return d;
    }
    d.meaning = "Unknown error.";
    return d;
}

} // namespace certadm
