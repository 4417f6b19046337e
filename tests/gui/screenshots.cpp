// SPDX-License-Identifier: Apache-2.0
// Drives the application's own windows through a backup of a simulated CA and saves a PNG of
// each wizard page, the progress page mid-backup, the finished page and the main window with its
// history, then the restore wizard's test restore of the new set (no CA is touched). Run by
// take-screenshots.sh under Xvfb with a notification daemon.
#include "ui/backupwizard.h"
#include "engine/certadmloader.h"
#include "ui/mainwindow.h"
#include "ui/restorewizard.h"
#include "ui/uiresources.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QScreen>
#include <QTranslator>
#include <QWindow>

#include <cstdio>
#include <functional>

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms = 300)
{
    waitFor([] { return false; }, ms);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CertSrvBackupManagerScreenshots"));
    QApplication::setApplicationName(QStringLiteral("certsrv-backup"));
    ui::initResources();
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the PNGs."),
                                 QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("en, de or fr."),
                                  QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Simulated CA."),
                                    QStringLiteral("name"));
    const QCommandLineOption dest(QStringLiteral("dest"), QStringLiteral("Backup folder."),
                                  QStringLiteral("dir"));
    parser.addOptions({out, lang, server, dest});
    parser.process(app);
    const QString outDir = parser.value(out);
    const QString prefix = outDir + QLatin1Char('/') + parser.value(lang) + QLatin1Char('-');
    QDir().mkpath(outDir);

    QTranslator qtTranslator;
    QTranslator translator;
    if (parser.value(lang) != QLatin1String("en")) {
        if (qtTranslator.load(QLocale(parser.value(lang)), QStringLiteral("qtbase"),
                              QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QApplication::installTranslator(&qtTranslator);
        }
        if (!translator.load(
                QStringLiteral(":/i18n/certsrv-backup_%1.qm").arg(parser.value(lang)))) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(parser.value(lang)));
            return 1;
        }
        QApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(parser.value(lang)));
    }

    QString error;
    auto library = engine::loadCertadmLibrary(QString(), &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ui::MainWindow::Settings settings;
    settings.defaultDestination = parser.value(dest);
    ui::MainWindow::saveSettings(settings);
    ui::MainWindow window(library, QString());
    window.resize(1000, 620);
    window.show();
    waitFor([&] { return window.windowHandle() && window.windowHandle()->isExposed(); }, 5000);

    ui::BackupWizard *wizard = window.openWizard();
    wizard->resize(720, 560);
    auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("serverCombo"));
    combo->setEditText(parser.value(server));
    auto *next = wizard->button(QWizard::NextButton);
    if (!waitFor([&] { return next->isEnabled(); }, 10000)) {
        std::fprintf(stderr, "the server did not answer online\n");
        return 1;
    }
    bool ok = save(wizard, prefix + QStringLiteral("1-server.png"));
    next->click();
    ok &= save(wizard, prefix + QStringLiteral("2-type.png"));
    next->click();
    ok &= save(wizard, prefix + QStringLiteral("3-destination.png"));
    next->click();
    ok &= save(wizard, prefix + QStringLiteral("4-summary.png"));
    wizard->button(QWizard::CommitButton)->click();
    auto *overall = wizard->findChild<QProgressBar *>(QStringLiteral("overallProgress"));
    if (!waitFor([&] { return overall->maximum() == 100 && overall->value() >= 30; }, 60000)) {
        std::fprintf(stderr, "no progress\n");
        return 1;
    }
    ok &= save(wizard, prefix + QStringLiteral("5-progress.png"));
    auto *result = wizard->findChild<QLabel *>(QStringLiteral("resultLabel"));
    if (!waitFor([&] { return result->isVisible(); }, 120000)) {
        std::fprintf(stderr, "the backup did not finish\n");
        return 1;
    }
    ok &= save(wizard, prefix + QStringLiteral("6-finished.png"));
    // The whole screen: the notification daemon's popup shows there.
    settle(800);
    ok &= QGuiApplication::primaryScreen()->grabWindow(0).save(prefix +
                                                               QStringLiteral("8-screen.png"));
    // Where the set went: the wizard offers a server's last destination before the settings' one.
    const QString usedDestination = wizard->choices().destination;
    wizard->button(QWizard::FinishButton)->click();
    waitFor([&] { return window.wizard() == nullptr; }, 5000);
    window.refresh();
    settle(1500); // the online checks fill the state column
    ok &= save(&window, prefix + QStringLiteral("7-main-window.png"));

    // The restore wizard on the set just written, as a test restore.
    QDirIterator sets(usedDestination, QDir::Dirs | QDir::NoDotAndDotDot,
                      QDirIterator::Subdirectories);
    QString set;
    while (sets.hasNext()) {
        const QString path = sets.next();
        if (path.endsWith(QLatin1String("-full"))) {
            set = path;
        }
    }
    if (set.isEmpty()) {
        std::fprintf(stderr, "no set for the restore wizard\n");
        return 1;
    }
    ui::RestoreWizard restore(ui::RestoreWizard::Mode::Drill, library, set);
    restore.resize(720, 560);
    restore.show();
    auto *testRestore = restore.button(QWizard::CommitButton);
    if (!waitFor([&] { return testRestore->isVisible() && testRestore->isEnabled(); }, 10000)) {
        std::fprintf(stderr, "the restore wizard did not accept the set\n");
        return 1;
    }
    ok &= save(&restore, prefix + QStringLiteral("9-restore-set.png"));
    testRestore->click();
    auto *finish = restore.button(QWizard::FinishButton);
    if (!waitFor([&] { return finish->isVisible() && finish->isEnabled(); }, 120000)) {
        std::fprintf(stderr, "the test restore did not finish\n");
        return 1;
    }
    ok &= save(&restore, prefix + QStringLiteral("10-restore-result.png"));
    return ok ? 0 : 1;
}
