// SPDX-License-Identifier: Apache-2.0
// certsrv-backup-cli: the backup engine without a display, for Task Scheduler and scripts.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CertSrvBackupManager"));
    QCoreApplication::setApplicationName(QStringLiteral("certsrv-backup-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTSRV_VERSION));
    return cli::runCommandLine(QCoreApplication::arguments());
}
