#include "serverdiscovery.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

namespace platform {
namespace {

QString simulatorHome()
{
    const QByteArray configured = qgetenv("CERTSRV_SIM_HOME");
    if (!configured.isEmpty()) {
        return QString::fromLocal8Bit(configured);
    }
    // The simulator's documented default: $XDG_DATA_HOME/certsrv-sim.
    const QByteArray xdg = qgetenv("XDG_DATA_HOME");
    const QString dataHome = xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share")
                                           : QString::fromLocal8Bit(xdg);
    return dataHome + QStringLiteral("/certsrv-sim");
}

} // namespace

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
