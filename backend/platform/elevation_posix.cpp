// SPDX-License-Identifier: Apache-2.0
#include "elevation.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace platform {
namespace {

class PkexecElevation final : public Elevation {
public:
    bool canRelaunch() const override
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pkexec")).isEmpty();
    }

    ElevationResult relaunch(const QString &program, const QStringList &arguments) override
    {
        ElevationResult result;
        const QString pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
        if (pkexec.isEmpty()) {
            result.message =
                QCoreApplication::translate(
                    "platform::Elevation",
                    "pkexec is not installed, so the application cannot restart itself "
                    "as root. Start it as root instead, for example: sudo -E %1")
                    .arg(program);
            return result;
        }
        // pkexec clears the environment: hand the display over so the window can appear.
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList args{QStringLiteral("env")};
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "XDG_RUNTIME_DIR",
                                 "CERTSRV_SIM_HOME", "CERTSRV_BACKUP_CERTADM_LIBRARY"}) {
            const QString key = QString::fromLatin1(name);
            if (env.contains(key)) {
                args << key + QLatin1Char('=') + env.value(key);
            }
        }
        args << program << arguments;
        result.started = QProcess::startDetached(pkexec, args);
        if (!result.started) {
            result.message =
                QCoreApplication::translate("platform::Elevation", "pkexec could not be started.");
        }
        return result;
    }
};

} // namespace

Elevation &systemElevation()
{
    static PkexecElevation instance;
    return instance;
}

} // namespace platform
