// SPDX-License-Identifier: Apache-2.0
#include "caservice.h"

#include "simulatorhome.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace platform {
namespace {

constexpr int kStartTimeoutMs = 120000;

QString restoreFile(const QString &server)
{
    const QString folder = simulatedServerFolder(server);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/restore.pending");
}

// Runs `certsrv-sim --home HOME start|stop NAME` (the control tool beside the application, or on
// the PATH); false with its output in `error`.
bool runControlTool(const QString &server, bool start, QString *error)
{
    const QString command = start ? QStringLiteral("start") : QStringLiteral("stop");
    const QString folder = simulatedServerFolder(server);
    if (folder.isEmpty()) {
        *error = CaService::tr("%1 is not a simulated CA on this computer.").arg(server);
        return false;
    }
    // The control tool is built beside the application; an installed one is on the PATH.
    QString tool = QCoreApplication::applicationDirPath() + QStringLiteral("/certsrv-sim");
    if (!QFileInfo(tool).isExecutable()) {
        tool = QStandardPaths::findExecutable(QStringLiteral("certsrv-sim"));
    }
    if (tool.isEmpty()) {
        *error = start ? CaService::tr("Cannot find certsrv-sim to start the simulated CA; "
                                       "start it with \"certsrv-sim start %1\".")
                             .arg(QFileInfo(folder).fileName())
                       : CaService::tr("Cannot find certsrv-sim to stop the simulated CA; "
                                       "stop it with \"certsrv-sim stop %1\".")
                             .arg(QFileInfo(folder).fileName());
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(
        tool, {QStringLiteral("--home"), simulatorHome(), command, QFileInfo(folder).fileName()});
    if (!process.waitForFinished(kStartTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = (start ? CaService::tr("The CA did not start within %1 s.")
                        : CaService::tr("The CA did not stop within %1 s."))
                     .arg(kStartTimeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAll()).trimmed();
        return false;
    }
    return true;
}

} // namespace

bool CaService::start(const QString &server, QString *error)
{
    return runControlTool(server, true, error);
}

bool CaService::stop(const QString &server, QString *error)
{
    return runControlTool(server, false, error);
}

bool CaService::isRunning(const QString &server)
{
    // daemon.reg exists while a daemon serves the server and names its process.
    const QString folder = simulatedServerFolder(server);
    QFile registration(folder + QStringLiteral("/daemon.reg"));
    if (folder.isEmpty() || !registration.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    for (const QByteArray &line : registration.readAll().split('\n')) {
        if (line.startsWith("pid=")) {
            const qint64 pid = line.mid(4).trimmed().toLongLong();
            return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
        }
    }
    return false;
}

bool CaService::clearRestoreRegistration(const QString &server, QString *error)
{
    const QString path = restoreFile(server);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        return true;
    }
    QFile file(path);
    if (!file.remove()) {
        *error = tr("Cannot remove the registered restore %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool CaService::restoreRegistered(const QString &server)
{
    const QString path = restoreFile(server);
    return !path.isEmpty() && QFileInfo::exists(path);
}

} // namespace platform
