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
            QTextStream in(&conf);
            while (!in.atEnd()) {
                const QString line = in.readLine();
                if (line.startsWith(QLatin1String("ca_name="))) {
                    server.caName = line.mid(8).trimmed();
                }
            }
        }
        found.append(server);
    }
    return found;
}

} // namespace platform
