// SPDX-License-Identifier: Apache-2.0
#include "simulatorhome.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

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

QString simulatedCaName(const QString &serverFolder)
{
    QFile conf(serverFolder + QStringLiteral("/server.conf"));
    if (!conf.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    const QLatin1String caNameKey("ca_name=");
    QTextStream in(&conf);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(caNameKey)) {
            return line.sliced(caNameKey.size()).trimmed();
        }
    }
    return {};
}

} // namespace platform
