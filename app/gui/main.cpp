// SPDX-License-Identifier: Apache-2.0
// certsrv-backup: the desktop application. Parses its arguments, loads translations and the
// certadm library, and opens the main window (and the wizard, after an elevated restart).
#include "ui/backupwizard.h"
#include "engine/certadmloader.h"
#include "platform/elevation.h"
#include "engine/enginelog.h"
#include "ui/mainwindow.h"
#include "platform/processend.h"
#include "engine/sha256.h"
#include "ui/singleinstance.h"
#include "ui/startarguments.h"
#include "ui/uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
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

    // One application per operator: a second start brings the first to the front, with the
    // wizard or the profile run it was started for.
    ui::SingleInstance *instance = ui::SingleInstance::forThisSession(&app);
    switch (instance->claim(QApplication::arguments().mid(1))) {
    case ui::SingleInstance::Claim::HandedOver:
        return 0;
    case ui::SingleInstance::Claim::NoAnswer: {
        QMessageBox box(QMessageBox::Warning, QApplication::applicationDisplayName(),
                        QApplication::translate("main",
                                                "CertSrv Backup Manager is running already "
                                                "(process %1), but it does not answer. Close it "
                                                "or end that process, then start it again.")
                            .arg(instance->otherProcessId()));
        QPushButton *anyway = box.addButton(QApplication::translate("main", "Start &anyway"),
                                            QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != anyway) {
            return 1;
        }
        break;
    }
    case ui::SingleInstance::Claim::First:
    case ui::SingleInstance::Claim::Alone:
        break;
    }

    QString libraryError;
    auto certadm = engine::loadCertadmLibrary(start.certadmLibrary, &libraryError);
    ui::MainWindow window(certadm, libraryError);
    window.show();
    platform::reportElevatedStart();
    const auto follow = [&window](const ui::StartArguments &wish) {
        if (!wish.profile.isEmpty()) {
            window.backUpNow(wish.profile);
        } else if (wish.wizard) {
            window.openWizard(&wish.choices);
        }
    };
    follow(start);
    QObject::connect(
        instance, &ui::SingleInstance::activated, &window,
        [&window, follow](const QStringList &arguments) {
            QCommandLineParser other;
            ui::addStartOptions(other);
            if (other.parse(QStringList{QApplication::applicationFilePath()} + arguments)) {
                follow(ui::startArgumentsFrom(other));
            }
            // Last, so that the wizard it opened gets the keyboard.
            window.bringToFront();
        });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // The window, the tray and the settings are gone when run() returns.
    const int exitCode = run(argc, argv);
    platform::returnFilesToOperator();
    return platform::endProcess(exitCode);
}
