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

} // namespace platform
