// SPDX-License-Identifier: Apache-2.0
#include "cafolders.h"

#include "cakeysource.h"

#include <QSettings>

namespace platform {

CaFolders CaFolderLookup::of(const QString &server)
{
    CaFolders folders;
    if (!CaKeySource::isLocal(server)) {
        return folders; // another machine's folders are not this machine's paths
    }
    const QSettings config(
        QStringLiteral(
            "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\CertSvc\\Configuration"),
        QSettings::NativeFormat);
    folders.database = config.value(QStringLiteral("DBDirectory")).toString();
    folders.logs = config.value(QStringLiteral("DBLogDirectory")).toString();
    folders.system = config.value(QStringLiteral("DBSystemDirectory")).toString();
    folders.caName = config.value(QStringLiteral("Active")).toString();
    return folders;
}

} // namespace platform
