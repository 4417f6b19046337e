#include "serverdiscovery.h"

#include "simulatorhome.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

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
        QFile conf(servers.filePath(name + QStringLiteral("/server.conf")));
        if (conf.open(QIODevice::ReadOnly | QIODevice::Text)) {
            const QLatin1String caNameKey("ca_name=");
            QTextStream in(&conf);
            while (!in.atEnd()) {
                const QString line = in.readLine();
                if (line.startsWith(caNameKey)) {
                    server.caName = line.sliced(caNameKey.size()).trimmed();
                }
            }
        }
        found.append(server);
    }
    return found;
}

} // namespace platform
