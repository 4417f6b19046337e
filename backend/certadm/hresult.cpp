// SPDX-License-Identifier: Apache-2.0
#include "hresult.h"

#include <cstdio>

// Marks a text for the front ends' translations (context "certadm"); this core stays Qt-free.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

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

constexpr const char *kElevate = QT_TRANSLATE_NOOP(
    "certadm",
    "Run the backup as a member of the CA's Backup Operators or local Administrators, from an "
    "elevated session (Run as administrator), so that the backup privilege is enabled.");
constexpr const char *kStartCa = QT_TRANSLATE_NOOP(
    "certadm",
    "Check that the Active Directory Certificate Services service (CertSvc) is running on the "
    "server and that the server name is right and reachable, then try again.");

// Codes the backup API returns, from Microsoft's documentation and the ESE error list.
constexpr KnownCode kKnownCodes[] = {
    {0x80070005, "E_ACCESSDENIED",
     QT_TRANSLATE_NOOP(
         "certadm",
         "Access denied: the backup privilege is not enabled, the session is not elevated, or the "
         "account is not a CA backup operator."),
     kElevate, ErrorCategory::NeedsElevation},
    {0x80070522, "ERROR_PRIVILEGE_NOT_HELD",
     QT_TRANSLATE_NOOP("certadm", "A required privilege is not held by the client."), kElevate,
     ErrorCategory::NeedsElevation},
    {0x80070514, "ERROR_NOT_ALL_ASSIGNED",
     QT_TRANSLATE_NOOP("certadm", "Not all privileges were assigned to the process token."),
     kElevate, ErrorCategory::NeedsElevation},
    {0x800706BA, "RPC_S_SERVER_UNAVAILABLE",
     QT_TRANSLATE_NOOP(
         "certadm",
         "The RPC server is unavailable: the CA service is not running or the host cannot be "
         "reached."),
     kStartCa, ErrorCategory::ServerUnavailable},
    {0x800706BE, "RPC_S_CALL_FAILED",
     QT_TRANSLATE_NOOP(
         "certadm",
         "The remote procedure call failed: the connection to the CA broke during the call."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Check the network and the CA service, then run the backup again; the partial set was "
         "removed and the logs were not truncated."),
     ErrorCategory::ServerUnavailable},
    {0x800706BF, "RPC_S_CALL_FAILED_DNE",
     QT_TRANSLATE_NOOP("certadm", "The remote procedure call failed and did not execute."),
     kStartCa, ErrorCategory::ServerUnavailable},
    {0x800706D9, "EPT_S_NOT_REGISTERED",
     QT_TRANSLATE_NOOP("certadm", "There are no more endpoints available from the "
                                  "endpoint mapper."),
     kStartCa, ErrorCategory::ServerUnavailable},
    {0x80070015, "ERROR_NOT_READY",
     QT_TRANSLATE_NOOP("certadm", "The CA is not ready: the service is paused or starting."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Resume or start Certificate Services on the server (the Certification Authority console "
         "or 'net continue certsvc'), then try again."),
     ErrorCategory::ServerUnavailable},
    {0xC80001F9, "JET_errBackupInProgress",
     QT_TRANSLATE_NOOP(
         "certadm",
         "Another backup of this CA is already running (only one online backup at a time)."),
     QT_TRANSLATE_NOOP("certadm", "Wait for the other backup to finish (certutil, Windows Server "
                                  "Backup or a scheduled task), "
                                  "then try again."),
     ErrorCategory::BackupInProgress},
    {0xC8000209, "JET_errInvalidBackupSequence",
     QT_TRANSLATE_NOOP("certadm",
                       "The backup calls were made in an order the database does not accept."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Run the backup again; if it keeps failing, restart Certificate Services to clear a stuck "
         "backup."),
     ErrorCategory::Failed},
    {0xC800020B, "JET_errBackupNotAllowedYet",
     QT_TRANSLATE_NOOP(
         "certadm",
         "The database does not allow a backup yet (it is still starting or recovering)."),
     QT_TRANSLATE_NOOP("certadm",
                       "Wait until Certificate Services has finished starting, then try again."),
     ErrorCategory::ServerUnavailable},
    {0xC800020E, "JET_errInvalidBackup",
     QT_TRANSLATE_NOOP(
         "certadm",
         "The backup is not possible: a logs-only backup is refused while circular logging is on."),
     QT_TRANSLATE_NOOP("certadm",
                       "Take a full backup instead, or turn circular logging off on the CA."),
     ErrorCategory::NeedsFullBackup},
    {0xC8000230, "JET_errMissingFullBackup",
     QT_TRANSLATE_NOOP(
         "certadm", "A logs-only (incremental) backup needs a full backup of this database first."),
     QT_TRANSLATE_NOOP(
         "certadm", "Take a full backup of this CA first, then logs-only backups can extend it."),
     ErrorCategory::NeedsFullBackup},
    {0x80070020, "ERROR_SHARING_VIOLATION",
     QT_TRANSLATE_NOOP(
         "certadm",
         "The file is in use by another process (Certificate Services still running during a "
         "restore?)."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Stop Certificate Services before a restore, or close the program that holds the file."),
     ErrorCategory::Failed},
    {0x80070091, "ERROR_DIR_NOT_EMPTY",
     QT_TRANSLATE_NOOP("certadm", "The target folder is not empty."),
     QT_TRANSLATE_NOOP("certadm", "Choose an empty folder, or move its contents away first."),
     ErrorCategory::Failed},
    {0x8007010B, "ERROR_DIRECTORY",
     QT_TRANSLATE_NOOP(
         "certadm",
         "The folder layout is wrong, or an incremental set was restored before its full set."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Restore the full set first, from a folder that has the DataBase subfolder, then the "
         "logs-only sets in order."),
     ErrorCategory::Failed},
    {0x80070070, "ERROR_DISK_FULL",
     QT_TRANSLATE_NOOP("certadm", "There is not enough space on the disk."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Free space at the destination or choose another destination, then run the backup again."),
     ErrorCategory::DiskFull},
    {0x80070027, "ERROR_HANDLE_DISK_FULL", QT_TRANSLATE_NOOP("certadm", "The disk is full."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Free space at the destination or choose another destination, then run the backup again."),
     ErrorCategory::DiskFull},
    {0x80070002, "ERROR_FILE_NOT_FOUND",
     QT_TRANSLATE_NOOP("certadm", "The system cannot find the file specified."),
     QT_TRANSLATE_NOOP("certadm", "Check the path and try again."), ErrorCategory::NotFound},
    {0x80070003, "ERROR_PATH_NOT_FOUND",
     QT_TRANSLATE_NOOP("certadm", "The system cannot find the path specified."),
     QT_TRANSLATE_NOOP("certadm", "Check that the folder exists and try again."),
     ErrorCategory::NotFound},
    {0x8007000D, "ERROR_INVALID_DATA", QT_TRANSLATE_NOOP("certadm", "The data is invalid."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "The server returned something malformed; run the backup again and report it if it "
         "repeats."),
     ErrorCategory::BadData},
    {0x8007001D, "ERROR_WRITE_FAULT",
     QT_TRANSLATE_NOOP("certadm", "The system cannot write to the specified device."),
     QT_TRANSLATE_NOOP("certadm",
                       "Check the destination disk or share, then run the backup again."),
     ErrorCategory::Failed},
    {0x8007001E, "ERROR_READ_FAULT",
     QT_TRANSLATE_NOOP("certadm", "The server could not read from the database or log file."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Check the CA server's disk and event log for errors, then run the backup again."),
     ErrorCategory::Failed},
    {0x80070017, "ERROR_CRC",
     QT_TRANSLATE_NOOP("certadm", "Data error (cyclic redundancy check) while reading."),
     QT_TRANSLATE_NOOP("certadm",
                       "Check the CA server's disk for errors, then run the backup again."),
     ErrorCategory::Failed},
    {0x80070050, "ERROR_FILE_EXISTS", QT_TRANSLATE_NOOP("certadm", "The file exists."),
     QT_TRANSLATE_NOOP("certadm", "Choose another destination or remove the existing set."),
     ErrorCategory::Failed},
    {0x800704C7, "ERROR_CANCELLED", QT_TRANSLATE_NOOP("certadm", "The operation was cancelled."),
     QT_TRANSLATE_NOOP(
         "certadm",
         "Nothing was kept and the logs were not truncated; start the backup again when ready."),
     ErrorCategory::Failed},
    {0x80070057, "E_INVALIDARG", QT_TRANSLATE_NOOP("certadm", "One or more arguments are invalid."),
     QT_TRANSLATE_NOOP("certadm", "Check the server name and the backup type."),
     ErrorCategory::Failed},
    {0x8007000E, "E_OUTOFMEMORY",
     QT_TRANSLATE_NOOP("certadm", "Not enough memory to complete the operation."),
     QT_TRANSLATE_NOOP("certadm", "Close other programs and try again."), ErrorCategory::Failed},
    {0x80004001, "E_NOTIMPL",
     QT_TRANSLATE_NOOP("certadm", "The server does not implement this operation."),
     QT_TRANSLATE_NOOP("certadm", "Use a server version that supports it."), ErrorCategory::Failed},
    {0x80004005, "E_FAIL", QT_TRANSLATE_NOOP("certadm", "Unspecified failure."),
     QT_TRANSLATE_NOOP("certadm", "See the log for details and try again."), ErrorCategory::Failed},
    {0x8000FFFF, "E_UNEXPECTED", QT_TRANSLATE_NOOP("certadm", "Catastrophic failure."),
     QT_TRANSLATE_NOOP("certadm", "See the log for details and try again."), ErrorCategory::Failed},
    {0x80070006, "E_HANDLE", QT_TRANSLATE_NOOP("certadm", "The handle is invalid."),
     QT_TRANSLATE_NOOP("certadm", "Run the backup again."), ErrorCategory::Failed},
};

// Some common Win32 errors by number, for platforms without FormatMessage.
struct Win32Text {
    std::uint32_t error;
    const char *symbol;
    const char *meaning;
};

constexpr Win32Text kWin32Texts[] = {
    {1, "ERROR_INVALID_FUNCTION", QT_TRANSLATE_NOOP("certadm", "Incorrect function.")},
    {8, "ERROR_NOT_ENOUGH_MEMORY",
     QT_TRANSLATE_NOOP("certadm", "Not enough memory resources are available.")},
    {32, "ERROR_SHARING_VIOLATION",
     QT_TRANSLATE_NOOP("certadm", "The file is being used by another process.")},
    {50, "ERROR_NOT_SUPPORTED", QT_TRANSLATE_NOOP("certadm", "The request is not supported.")},
    {53, "ERROR_BAD_NETPATH", QT_TRANSLATE_NOOP("certadm", "The network path was not found.")},
    {64, "ERROR_NETNAME_DELETED",
     QT_TRANSLATE_NOOP("certadm", "The specified network name is no longer available.")},
    {67, "ERROR_BAD_NET_NAME", QT_TRANSLATE_NOOP("certadm", "The network name cannot be found.")},
    {87, "ERROR_INVALID_PARAMETER", QT_TRANSLATE_NOOP("certadm", "The parameter is incorrect.")},
    {170, "ERROR_BUSY", QT_TRANSLATE_NOOP("certadm", "The requested resource is in use.")},
    {183, "ERROR_ALREADY_EXISTS",
     QT_TRANSLATE_NOOP("certadm", "Cannot create a file when that file already exists.")},
    {1053, "ERROR_SERVICE_REQUEST_TIMEOUT",
     QT_TRANSLATE_NOOP("certadm", "The service did not respond in time.")},
    {1060, "ERROR_SERVICE_DOES_NOT_EXIST",
     QT_TRANSLATE_NOOP("certadm", "The specified service does not exist.")},
    {1062, "ERROR_SERVICE_NOT_ACTIVE",
     QT_TRANSLATE_NOOP("certadm", "The service has not been started.")},
    {1314, "ERROR_PRIVILEGE_NOT_HELD",
     QT_TRANSLATE_NOOP("certadm", "A required privilege is not held by the client.")},
    {1326, "ERROR_LOGON_FAILURE",
     QT_TRANSLATE_NOOP("certadm", "The user name or password is incorrect.")},
    {1722, "RPC_S_SERVER_UNAVAILABLE",
     QT_TRANSLATE_NOOP("certadm", "The RPC server is unavailable.")},
    {1726, "RPC_S_CALL_FAILED", QT_TRANSLATE_NOOP("certadm", "The remote procedure call failed.")},
};

// `text` with its %1 replaced by `argument`.
std::string withArgument(std::string text, const std::string &argument)
{
    const std::size_t at = text.find("%1");
    if (at != std::string::npos) {
        text.replace(at, 2, argument);
    }
    return text;
}

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
        d.meaning = QT_TRANSLATE_NOOP("certadm", "The operation completed successfully.");
        d.meaningText = d.meaning;
        d.category = ErrorCategory::None;
        return d;
    }
    for (const KnownCode &known : kKnownCodes) {
        if (known.code == code) {
            d.symbol = known.symbol;
            d.meaning = known.meaning;
            d.meaningText = known.meaning;
            d.action = known.action;
            d.category = known.category;
            d.known = true;
            return d;
        }
    }
    d.category = ErrorCategory::Failed;
    d.action = QT_TRANSLATE_NOOP("certadm", "See the log for details; run the backup again, and if "
                                            "it keeps failing check the CA server's event log.");
    if ((code & 0xFFFF0000u) == 0xC8000000u) {
        // ESE wraps its negative error numbers as 0xC8000000 | -err.
        const int jetError = -static_cast<int>(code & 0xFFFFu);
        d.symbol = "JET error " + std::to_string(jetError);
        d.meaningText =
            QT_TRANSLATE_NOOP("certadm", "The CA database engine (ESE) reported error %1.");
        d.meaningArgument = std::to_string(jetError);
        d.meaning = withArgument(d.meaningText, d.meaningArgument);
        return d;
    }
    if ((code & 0xFFFF0000u) == 0x80070000u) {
        const std::uint32_t win32 = code & 0xFFFFu;
        d.meaningText = QT_TRANSLATE_NOOP("certadm", "Windows error %1.");
        d.meaningArgument = std::to_string(win32);
        d.meaning = withArgument(d.meaningText, d.meaningArgument);
        for (const Win32Text &t : kWin32Texts) {
            if (t.error == win32) {
                d.symbol = t.symbol;
                d.meaning = t.meaning;
                d.meaningText = t.meaning;
                d.meaningArgument.clear();
                d.known = true;
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
            d.meaningText.clear(); // already in the system's language
            d.meaningArgument.clear();
            LocalFree(buffer);
        }
#endif
        return d;
    }
    d.meaning = QT_TRANSLATE_NOOP("certadm", "Unknown error.");
    d.meaningText = d.meaning;
    return d;
}

} // namespace certadm
