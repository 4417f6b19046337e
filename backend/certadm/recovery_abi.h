// SPDX-License-Identifier: Apache-2.0
// The hard recovery a restore drill runs on a scratch copy of a backup set, outside any CA.
//
// Windows: esent.dll's JetExternalRestoreW, the recovery CertSvc itself runs after a registered
// restore, then esentutl /mh /g /k on the scratch database. Elsewhere: the simulator's client
// library exports the two functions below as its stand-ins (same parameters as
// CertSrvRestoreRegisterW; a message out-parameter instead of JET_PFNSTATUS), so the engine drives
// a drill the same way on both.
#pragma once

#include "certbcli_abi.h"

#include <cstdint>

extern "C" {

struct CertSimDatabaseCheck {
    std::uint64_t certificates;
    std::uint64_t highestSerial;
    std::uint64_t badPages;
    std::uint32_t checkpointGeneration;
};

// Replays the logs genLow..genHigh found in pwszBackupLogPath onto rgrstmap[0]'s new database
// (crstmap must be 1). S_OK or the ESE-style error (0xC8000000 + |err|); *ppwszMessage (a
// multi-string released with CertSrvBackupFree) says why.
using PfnCertSimExternalRestoreW = HRESULT(CERTSRV_ABI_CALL *)(
    WCHAR const *pwszCheckpointFilePath, WCHAR const *pwszLogPath, CSEDB_RSTMAPW rgrstmap[],
    LONG crstmap, WCHAR const *pwszBackupLogPath, ULONG genLow, ULONG genHigh,
    WCHAR **ppwszMessage);

// Checks every page checksum and certificate record of a database. *ppwszzProblems: one entry per
// kind of damage (released with CertSrvBackupFree), empty when clean.
using PfnCertSimCheckDatabaseW = HRESULT(CERTSRV_ABI_CALL *)(WCHAR const *pwszDatabase,
                                                             CertSimDatabaseCheck *pCheck,
                                                             WCHAR **ppwszzProblems);
}
