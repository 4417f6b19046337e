// SPDX-License-Identifier: Apache-2.0
// The 17 functions that libcertadm-sim.so exports: the certbcli.h backup API, served by the
// simulated Certificate Services daemon instead of certadm.dll.
//
// The application resolves these names at run time; tests may link the library and call them
// directly through this header. The signatures are checked against the Pfn* types of the portable
// ABI in certadmsim.cpp.
#pragma once

#include "backend/certadm/certbcli_abi.h"
#include "backend/certadm/recovery_abi.h"

#define CERTSRV_SIM_EXPORT __attribute__((visibility("default")))

extern "C" {
CERTSRV_SIM_EXPORT HRESULT CertSrvIsServerOnlineW(WCHAR const *pwszServerName,
                                                  BOOL *pfServerOnline);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupPrepareW(WCHAR const *pwszServerName, ULONG grbitJet,
                                                 ULONG dwBackupFlags, HCSBC *phbc);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupGetDatabaseNamesW(HCSBC hbc,
                                                          WCHAR **ppwszzAttachmentInformation,
                                                          DWORD *pcbSize);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupOpenFileW(HCSBC hbc, WCHAR const *pwszAttachmentName,
                                                  DWORD cbReadHintSize, LARGE_INTEGER *pliFileSize);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupRead(HCSBC hbc, void *pvBuffer, DWORD cbBuffer,
                                             DWORD *pcbRead);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupClose(HCSBC hbc);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupGetBackupLogsW(HCSBC hbc, WCHAR **ppwszzBackupLogFiles,
                                                       DWORD *pcbSize);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupGetDynamicFileListW(HCSBC hbc, WCHAR **ppwszzFileList,
                                                            DWORD *pcbSize);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupTruncateLogs(HCSBC hbc);
CERTSRV_SIM_EXPORT HRESULT CertSrvBackupEnd(HCSBC hbc);
CERTSRV_SIM_EXPORT void CertSrvBackupFree(void *pv);
CERTSRV_SIM_EXPORT HRESULT CertSrvRestorePrepareW(WCHAR const *pwszServerName, ULONG dwRestoreFlags,
                                                  HCSBC *phbc);
CERTSRV_SIM_EXPORT HRESULT CertSrvRestoreGetDatabaseLocationsW(HCSBC hbc,
                                                               WCHAR **ppwszzDatabaseLocationList,
                                                               DWORD *pcbSize);
CERTSRV_SIM_EXPORT HRESULT CertSrvRestoreRegisterW(HCSBC hbc, WCHAR const *pwszCheckPointFilePath,
                                                   WCHAR const *pwszLogPath,
                                                   CSEDB_RSTMAPW rgrstmap[], LONG crstmap,
                                                   WCHAR const *pwszBackupLogPath, ULONG genLow,
                                                   ULONG genHigh);
CERTSRV_SIM_EXPORT HRESULT CertSrvRestoreRegisterComplete(HCSBC hbc, HRESULT hrRestoreState);
CERTSRV_SIM_EXPORT HRESULT CertSrvRestoreEnd(HCSBC hbc);
CERTSRV_SIM_EXPORT HRESULT CertSrvServerControlW(WCHAR const *pwszServerName, DWORD dwControlFlags,
                                                 DWORD *pcbOut, BYTE **ppbOut);

// Not in certbcli.h: the stand-ins for esent.dll's external restore and esentutl's checks that a
// restore drill uses (recovery_abi.h).
CERTSRV_SIM_EXPORT HRESULT CertSimExternalRestoreW(WCHAR const *pwszCheckpointFilePath,
                                                   WCHAR const *pwszLogPath,
                                                   CSEDB_RSTMAPW rgrstmap[], LONG crstmap,
                                                   WCHAR const *pwszBackupLogPath, ULONG genLow,
                                                   ULONG genHigh, WCHAR **ppwszMessage);
CERTSRV_SIM_EXPORT HRESULT CertSimCheckDatabaseW(WCHAR const *pwszDatabase,
                                                 CertSimDatabaseCheck *pCheck,
                                                 WCHAR **ppwszzProblems);
}
