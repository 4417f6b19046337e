// SPDX-License-Identifier: Apache-2.0
// RAII over one restore context of the Certificate Services API: CertSrvRestorePrepareW when
// made, CertSrvRestoreEnd when it goes, on every path. One context per restored set (the full set
// with CSRESTORE_TYPE_FULL, each logs-only set with 0), as "Restoring Certificate Services from
// Backup" describes. Failures are thrown as CertadmError.
#pragma once

#include "backupsession.h"
#include "certadmlibrary.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace certadm {

class RestoreSession {
public:
    RestoreSession(std::shared_ptr<const CertadmLibrary> library, std::u16string server, bool full);
    ~RestoreSession();
    RestoreSession(const RestoreSession &) = delete;
    RestoreSession &operator=(const RestoreSession &) = delete;

    std::vector<ListEntry> databaseLocations();

    struct MapEntry {
        std::u16string savedDatabase; // the path in certbkxp.dat (tag 'D')
        std::u16string newDatabase;   // the CA's database now
    };
    // CertSrvRestoreRegisterW; an empty map for a logs-only set.
    void registerRestore(const std::u16string &checkpointFolder, const std::u16string &logFolder,
                         const std::vector<MapEntry> &map, const std::u16string &backupLogFolder,
                         std::uint32_t genLow, std::uint32_t genHigh);
    // CertSrvRestoreRegisterComplete(hr).
    void complete(HRESULT hr);
    HRESULT end();

private:
    std::shared_ptr<const CertadmLibrary> m_library;
    const CertadmFunctions &m_fn;
    HCSBC m_hbc = nullptr;
};

// CertSrvServerControlW(server, CSCONTROL_SHUTDOWN): returns once the service has stopped.
HRESULT shutDownServer(const CertadmLibrary &library, const std::u16string &server);

} // namespace certadm
