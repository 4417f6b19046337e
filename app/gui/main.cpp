// SPDX-License-Identifier: Apache-2.0
// certsrv-backup: the desktop application. Parses its arguments, loads translations and the
// certadm library, and opens the main window (and the wizard, after an elevated restart).
#include "backupwizard.h"
#include "certadmloader.h"
#include "enginelog.h"
#include "mainwindow.h"
#include "processend.h"
#include "sha256.h"
#include "startarguments.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    engine::Sha256::initialise(); // before any worker thread uses OpenSSL
    ui::initResources();
    QApplication::setOrganizationName(QStringLiteral("CertSrvBackupManager"));
    QApplication::setApplicationName(QStringLiteral("certsrv-backup"));
    QApplication::setApplicationDisplayName(QStringLiteral("CertSrv Backup Manager"));
    QApplication::setApplicationVersion(QStringLiteral(CERTSRV_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("certsrv-backup"));
    QApplication::setWindowIcon(ui::icon(QStringLiteral("certsrv-backup")));
    // The tray keeps the application alive while a backup runs with the window hidden; the main
    // window quits explicitly.
    QApplication::setQuitOnLastWindowClosed(false);

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("certsrv-backup"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Back up Windows Certificate Services certification "
                                        "authorities."));
    parser.addHelpOption();
    parser.addVersionOption();
    ui::addStartOptions(parser);
    parser.process(app);
    const ui::StartArguments start = ui::startArgumentsFrom(parser);
    if (start.verbose) {
        engine::enableVerboseLogging(true);
    }

    QString libraryError;
    auto certadm = engine::loadCertadmLibrary(start.certadmLibrary, &libraryError);
    ui::MainWindow window(certadm, libraryError);
    window.show();
    if (!start.profile.isEmpty()) {
        window.backUpNow(start.profile);
    } else if (start.wizard) {
        window.openWizard(&start.choices);
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // The window, the tray and the settings are gone when run() returns.
    return platform::endProcess(run(argc, argv));
}
