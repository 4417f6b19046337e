// SPDX-License-Identifier: Apache-2.0
#include "serverdiscovery.h"

#include "platformlog.h"

#include <QSettings>
#include <QSysInfo>

namespace platform {

QList<DiscoveredServer> discoverServers()
{
    // The CA installed on this machine, from CertSvc's own configuration key.
    QList<DiscoveredServer> found;
    const QSettings config(
        QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\CertSvc\\"
                       "Configuration"),
        QSettings::NativeFormat);
    const QString active = config.value(QStringLiteral("Active")).toString();
    if (!active.isEmpty()) {
        DiscoveredServer local;
        local.server = QSysInfo::machineHostName();
        local.caName = active;
        local.source = QStringLiteral("this computer");
        found.append(local);
    }
    qCInfo(lcPlatform) << "discovered" << found.size() << "server(s)";
    return found;
}

} // namespace platform
