// certsrv-backup: the desktop application. Parses its arguments, loads translations and the
// certadm library, and opens the main window (and the wizard, after an elevated restart).
#include "backupwizard.h"
#include "certadmloader.h"
#include "mainwindow.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::initResources();
    QApplication::setOrganizationName(QStringLiteral("CertSrvBackupManager"));
    QApplication::setApplicationName(QStringLiteral("certsrv-backup"));
    QApplication::setApplicationDisplayName(QStringLiteral("CertSrv Backup Manager"));
    QApplication::setApplicationVersion(QStringLiteral(CERTSRV_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("certsrv-backup"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certsrv-backup.svg")));
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
    const QCommandLineOption library(
        QStringLiteral("certadm-library"),
        QApplication::translate("main", "The certadm library to load."), QStringLiteral("path"));
    const QCommandLineOption wizard(QStringLiteral("wizard"),
                                    QApplication::translate("main", "Open the backup wizard."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "Server for the wizard."),
                                    QStringLiteral("name"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QApplication::translate("main", "full or logs."),
                                  QStringLiteral("type"));
    const QCommandLineOption dest(QStringLiteral("dest"),
                                  QApplication::translate("main", "Destination folder."),
                                  QStringLiteral("dir"));
    const QCommandLineOption keepLogs(QStringLiteral("keep-logs"),
                                      QApplication::translate("main", "Keep the CA's logs."));
    parser.addOptions({library, wizard, server, type, dest, keepLogs});
    parser.process(app);

    QString libraryError;
    auto certadm = engine::loadCertadmLibrary(parser.value(library), &libraryError);
    ui::MainWindow window(certadm, libraryError);
    window.show();
    if (parser.isSet(wizard)) {
        ui::WizardChoices choices;
        choices.server = parser.value(server);
        choices.destination = QDir::fromNativeSeparators(parser.value(dest));
        engine::parseSetType(parser.value(type), &choices.type);
        choices.keepLogs = parser.isSet(keepLogs);
        window.openWizard(&choices);
    }
    return QApplication::exec();
}
