// SPDX-License-Identifier: Apache-2.0
#include "cafolders.h"

#include "cakeysource.h"

#include <QDir>
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
    // In Qt's form (forward slashes), like every other path the engine joins and compares.
    const auto folder = [&config](const char *name) {
        return QDir::fromNativeSeparators(config.value(QLatin1String(name)).toString());
    };
    folders.database = folder("DBDirectory");
    folders.logs = folder("DBLogDirectory");
    folders.system = folder("DBSystemDirectory");
    folders.caName = config.value(QStringLiteral("Active")).toString();
    return folders;
}

} // namespace platform
