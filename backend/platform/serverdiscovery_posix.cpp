// SPDX-License-Identifier: Apache-2.0
#include "serverdiscovery.h"

#include "simulatorhome.h"
#include "platformlog.h"

#include <QDir>
#include <QStandardPaths>

namespace platform {

QList<DiscoveredServer> discoverServers()
{
    QList<DiscoveredServer> found;
    const QDir servers(simulatorHome() + QStringLiteral("/servers"));
    const QStringList names = servers.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        DiscoveredServer server;
        server.server = name;
        server.source = QStringLiteral("simulated CA");
        server.caName = simulatedCaName(servers.filePath(name));
        found.append(server);
    }
    qCInfo(lcPlatform) << "discovered" << found.size() << "server(s)";
    return found;
}

} // namespace platform
