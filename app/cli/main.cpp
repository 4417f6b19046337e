// SPDX-License-Identifier: Apache-2.0
// certsrv-backup-cli: the backup engine without a display, for Task Scheduler and scripts.
#include "clilog.h"
#include "commandline.h"
#include "engine/sha256.h"
#include "terminal.h"
#include "translations.h"

#include "platform/processend.h"

#include <QCoreApplication>

namespace {

int run(int argc, char *argv[])
{
    // A console tool: its diagnostics belong on standard error, also where this Qt would send
    // them to the system journal (run by a scheduler, without a terminal).
    if (!qEnvironmentVariableIsSet("QT_FORCE_STDERR_LOGGING")) {
        qputenv("QT_FORCE_STDERR_LOGGING", "1");
    }
    QCoreApplication app(argc, argv);
    engine::Sha256::initialise(); // before any worker thread uses OpenSSL
    cli::prepareConsole();
    QCoreApplication::setOrganizationName(QStringLiteral("CertSrvBackupManager"));
    QCoreApplication::setApplicationName(QStringLiteral("certsrv-backup-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTSRV_VERSION));
    const cli::Translations translations;
    const int exitCode = cli::runCommandLine(QCoreApplication::arguments());
    qCInfo(cli::lcCli) << "exit code" << exitCode;
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything of the run is gone when run() returns: its results are written and closed.
    return platform::endProcess(run(argc, argv));
}
