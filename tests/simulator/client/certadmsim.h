// SPDX-License-Identifier: Apache-2.0
// The functions that libcertadm-sim.so (Windows: certadm-sim.dll) exports: the certbcli.h backup
// API, served by the simulated Certificate Services daemon instead of certadm.dll, and two
// restore-drill stand-ins.
//
// The application resolves these names at run time; tests may link the library and call them
// directly through this header. The signatures are checked against the Pfn* types of the portable
// ABI in certadmsim.cpp.
#pragma once

#include "backend/certadm/certbcli_abi.h"
#include "backend/certadm/recovery_abi.h"

#if defined(_WIN32)
// Exported through client/certadm-sim.def. <certbcli.h> (included by certbcli_abi.h) declares
// the certbcli.h functions __declspec(dllimport), for certadm.dll's callers; the declarations
// below drop that attribute on purpose, and the compiler rejects any that does not match its
// prototype exactly.
#define CERTSRV_SIM_EXPORT
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wattributes"
#else
#define CERTSRV_SIM_EXPORT __attribute__((visibility("default")))
#endif

extern "C" {
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvIsServerOnlineW(WCHAR const *pwszServerName,
                                                                   BOOL *pfServerOnline);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvBackupPrepareW(WCHAR const *pwszServerName,
                                                                  ULONG grbitJet,
                                                                  ULONG dwBackupFlags, HCSBC *phbc);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL
CertSrvBackupGetDatabaseNamesW(HCSBC hbc, WCHAR **ppwszzAttachmentInformation, DWORD *pcbSize);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvBackupOpenFileW(HCSBC hbc,
                                                                   WCHAR const *pwszAttachmentName,
                                                                   DWORD cbReadHintSize,
                                                                   LARGE_INTEGER *pliFileSize);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvBackupRead(HCSBC hbc, void *pvBuffer,
                                                              DWORD cbBuffer, DWORD *pcbRead);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvBackupClose(HCSBC hbc);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL
CertSrvBackupGetBackupLogsW(HCSBC hbc, WCHAR **ppwszzBackupLogFiles, DWORD *pcbSize);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvBackupGetDynamicFileListW(HCSBC hbc,
                                                                             WCHAR **ppwszzFileList,
                                                                             DWORD *pcbSize);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvBackupTruncateLogs(HCSBC hbc);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvBackupEnd(HCSBC hbc);
CERTSRV_SIM_EXPORT void CERTSRV_ABI_CALL CertSrvBackupFree(void *pv);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvRestorePrepareW(WCHAR const *pwszServerName,
                                                                   ULONG dwRestoreFlags,
                                                                   HCSBC *phbc);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL
CertSrvRestoreGetDatabaseLocationsW(HCSBC hbc, WCHAR **ppwszzDatabaseLocationList, DWORD *pcbSize);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL
CertSrvRestoreRegisterW(HCSBC hbc, WCHAR const *pwszCheckPointFilePath, WCHAR const *pwszLogPath,
                        CSEDB_RSTMAPW rgrstmap[], LONG crstmap, WCHAR const *pwszBackupLogPath,
                        ULONG genLow, ULONG genHigh);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvRestoreRegisterComplete(HCSBC hbc,
                                                                           HRESULT hrRestoreState);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvRestoreEnd(HCSBC hbc);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSrvServerControlW(WCHAR const *pwszServerName,
                                                                  DWORD dwControlFlags,
                                                                  DWORD *pcbOut, BYTE **ppbOut);

// Not in certbcli.h: the stand-ins for esent.dll's external restore and esentutl's checks that a
// restore drill uses (recovery_abi.h).
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL
CertSimExternalRestoreW(WCHAR const *pwszCheckpointFilePath, WCHAR const *pwszLogPath,
                        CSEDB_RSTMAPW rgrstmap[], LONG crstmap, WCHAR const *pwszBackupLogPath,
                        ULONG genLow, ULONG genHigh, WCHAR **ppwszMessage);
CERTSRV_SIM_EXPORT HRESULT CERTSRV_ABI_CALL CertSimCheckDatabaseW(WCHAR const *pwszDatabase,
                                                                  CertSimDatabaseCheck *pCheck,
                                                                  WCHAR **ppwszzProblems);
}

#if defined(_WIN32)
#pragma GCC diagnostic pop
#endif
