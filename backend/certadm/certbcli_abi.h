// SPDX-License-Identifier: Apache-2.0
// The Certificate Services backup API (certbcli.h, exported by certadm.dll) as a portable ABI.
//
// On Windows the types come from the SDK headers. Elsewhere they get the fixed widths that the
// Windows ABI gives them, so that a library exporting these names (the simulator's client
// library) is called exactly as certadm.dll is. This header is the only thing the simulator shares
// with the application; it includes no Qt and builds as C++17 with g++ and mingw-w64.
#pragma once

#if defined(_WIN32)
#include <windows.h>
#include <certbcli.h>
#define CERTSRV_ABI_CALL WINAPI
#else
#include <cstdint>

using WCHAR = char16_t;
using HRESULT = std::int32_t;
using LONG = std::int32_t;
using BOOL = std::int32_t;
using ULONG = std::uint32_t;
using DWORD = std::uint32_t;
using BYTE = std::uint8_t;
using HCSBC = void *;

union LARGE_INTEGER {
    struct {
        std::uint32_t LowPart;
        std::int32_t HighPart;
    } u;
    std::int64_t QuadPart;
};

struct CSEDB_RSTMAPW {
    WCHAR *pwszDatabaseName;
    WCHAR *pwszNewDatabaseName;
};

#define CERTSRV_ABI_CALL

constexpr ULONG CSBACKUP_TYPE_FULL = 0x1;
constexpr ULONG CSBACKUP_TYPE_LOGS_ONLY = 0x2;
constexpr ULONG CSBACKUP_TYPE_MASK = 0x3;
constexpr ULONG CSRESTORE_TYPE_FULL = 0x1;
constexpr ULONG CSRESTORE_TYPE_ONLINE = 0x2;
constexpr ULONG CSRESTORE_TYPE_CATCHUP = 0x4;
constexpr DWORD CSCONTROL_SHUTDOWN = 1;
constexpr DWORD CSCONTROL_SUSPEND = 2;
constexpr DWORD CSCONTROL_RESTART = 3;

constexpr WCHAR CSBFT_CERTSERVER_DATABASE = 0x44; // 'D'
constexpr WCHAR CSBFT_LOG = 0x21;                 // '!'
constexpr WCHAR CSBFT_LOG_DIR = 0x82;
constexpr WCHAR CSBFT_CHECKPOINT_DIR = 0x83;
constexpr WCHAR CSBFT_PATCH_FILE = 0x25;
constexpr WCHAR CSBFT_UNKNOWN = 0x0F;
#endif

static_assert(sizeof(WCHAR) == 2, "WCHAR is a UTF-16 code unit");
static_assert(sizeof(DWORD) == 4 && sizeof(ULONG) == 4 && sizeof(LONG) == 4, "32-bit integers");
static_assert(sizeof(LARGE_INTEGER) == 8, "LARGE_INTEGER is 64 bits");

// Function types of the 17 exported functions, with the signatures of mingw-w64's certbcli.h.
extern "C" {
using PfnCertSrvIsServerOnlineW = HRESULT(CERTSRV_ABI_CALL *)(WCHAR const *pwszServerName,
                                                              BOOL *pfServerOnline);
using PfnCertSrvBackupPrepareW = HRESULT(CERTSRV_ABI_CALL *)(WCHAR const *pwszServerName,
                                                             ULONG grbitJet, ULONG dwBackupFlags,
                                                             HCSBC *phbc);
using PfnCertSrvBackupGetDatabaseNamesW =
    HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc, WCHAR **ppwszzAttachmentInformation, DWORD *pcbSize);
using PfnCertSrvBackupOpenFileW = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc,
                                                              WCHAR const *pwszAttachmentName,
                                                              DWORD cbReadHintSize,
                                                              LARGE_INTEGER *pliFileSize);
using PfnCertSrvBackupRead = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc, void *pvBuffer, DWORD cbBuffer,
                                                         DWORD *pcbRead);
using PfnCertSrvBackupClose = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc);
using PfnCertSrvBackupGetBackupLogsW = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc,
                                                                   WCHAR **ppwszzBackupLogFiles,
                                                                   DWORD *pcbSize);
using PfnCertSrvBackupGetDynamicFileListW = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc,
                                                                        WCHAR **ppwszzFileList,
                                                                        DWORD *pcbSize);
using PfnCertSrvBackupTruncateLogs = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc);
using PfnCertSrvBackupEnd = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc);
using PfnCertSrvBackupFree = void(CERTSRV_ABI_CALL *)(void *pv);
using PfnCertSrvRestorePrepareW = HRESULT(CERTSRV_ABI_CALL *)(WCHAR const *pwszServerName,
                                                              ULONG dwRestoreFlags, HCSBC *phbc);
using PfnCertSrvRestoreGetDatabaseLocationsW =
    HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc, WCHAR **ppwszzDatabaseLocationList, DWORD *pcbSize);
using PfnCertSrvRestoreRegisterW =
    HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc, WCHAR const *pwszCheckPointFilePath,
                                WCHAR const *pwszLogPath, CSEDB_RSTMAPW rgrstmap[], LONG crstmap,
                                WCHAR const *pwszBackupLogPath, ULONG genLow, ULONG genHigh);
using PfnCertSrvRestoreRegisterComplete = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc,
                                                                      HRESULT hrRestoreState);
using PfnCertSrvRestoreEnd = HRESULT(CERTSRV_ABI_CALL *)(HCSBC hbc);
using PfnCertSrvServerControlW = HRESULT(CERTSRV_ABI_CALL *)(WCHAR const *pwszServerName,
                                                             DWORD dwControlFlags, DWORD *pcbOut,
                                                             BYTE **ppbOut);
}
