#include "simulatorhome.h"

#include <QDir>

namespace platform {

QString simulatorHome()
{
    const QByteArray configured = qgetenv("CERTSRV_SIM_HOME");
    if (!configured.isEmpty()) {
        return QString::fromLocal8Bit(configured);
    }
    const QByteArray xdg = qgetenv("XDG_DATA_HOME");
    const QString dataHome = xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share")
                                           : QString::fromLocal8Bit(xdg);
    return dataHome + QStringLiteral("/certsrv-sim");
}

QString simulatedServerFolder(const QString &server)
{
    const QDir servers(simulatorHome() + QStringLiteral("/servers"));
    const QStringList names = servers.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (name.compare(server.trimmed(), Qt::CaseInsensitive) == 0) {
            return servers.filePath(name);
        }
    }
    return {};
}

} // namespace platform
