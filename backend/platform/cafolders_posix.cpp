// SPDX-License-Identifier: Apache-2.0
#include "cafolders.h"

#include "simulatorhome.h"

namespace platform {

CaFolders CaFolderLookup::of(const QString &server)
{
    CaFolders folders;
    const QString instance = simulatedServerFolder(server);
    if (!instance.isEmpty()) {
        // The simulator keeps database, logs and checkpoint together, like a default CA install.
        const QString certLog = instance + QStringLiteral("/CertLog");
        folders.database = certLog;
        folders.logs = certLog;
        folders.system = certLog;
        folders.caName = simulatedCaName(instance);
    }
    return folders;
}

} // namespace platform
