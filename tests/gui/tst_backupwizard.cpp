// SPDX-License-Identifier: Apache-2.0
// The desktop application against real simulated CAs: the wizard walked page by page to a
// finished full backup, cancel mid-backup, a server that is offline, the elevation prompt, the
// logs-only warning, and the main window's history afterwards.
#include "ui/backupwizard.h"
#include "ui/folderopener.h"
#include "engine/catalog.h"
#include "platform/elevation.h"
#include "fakesecretstore.h"
#include "ui/historymodel.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "profiles/profilestore.h"
#include "ui/progresspage.h"
#include "ui/profilemodel.h"
#include "engine/runlog.h"
#include "ui/displaytext.h"
#include "ui/servermodel.h"
#include "ui/serverpage.h"
#include "setclock.h"
#include "simulatorfixture.h"
#include "ui/uiresources.h"
#include "guisimulator.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QRadioButton>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

class FakeElevation final : public platform::Elevation {
public:
    bool canRelaunch() const override { return true; }
    void relaunch(const QString &program, const QStringList &arguments, QObject * /*context*/,
                  std::function<void(const platform::ElevationResult &)> done) override
    {
        calls.append(QStringList{program} + arguments);
        done({false, QStringLiteral("test: not restarted")});
    }
    QList<QStringList> calls;
};

// Answers the next modal message box with `button` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(button)->click();
            timer->deleteLater();
        }
    });
    timer->start(50);
}

// The text a table of the main window shows at `row` (as sorted on screen) and `column`.
QString cellText(const ui::MainWindow &window, const QString &table, int row, int column)
{
    const auto *view = window.findChild<QTableView *>(table);
    if (view == nullptr || row >= view->model()->rowCount()) {
        return {};
    }
    return view->model()->index(row, column).data().toString();
}

int rowCount(const ui::MainWindow &window, const QString &table)
{
    const auto *view = window.findChild<QTableView *>(table);
    return view != nullptr ? view->model()->rowCount() : -1;
}

} // namespace

class TestBackupWizard final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<testing::GuiSimulator> m_simulator;
    testing::SimulatorFixture *m_sim = nullptr;
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    std::unique_ptr<ui::MainWindow> m_window;
    FakeElevation m_elevation;

    ui::BackupWizard *openWizard()
    {
        ui::BackupWizard *wizard = m_window->openWizard();
        wizard->setElevation(&m_elevation);
        return wizard;
    }

    QAbstractButton *next(ui::BackupWizard *wizard) { return testing::nextButton(wizard); }
    QLabel *resultLabel(ui::BackupWizard *wizard) { return testing::resultLabel(wizard); }
    void chooseServer(ui::BackupWizard *wizard, const QString &server)
    {
        testing::chooseServer(wizard, server);
    }
    // Opens the wizard and walks it to `page` (the type or the destination page) for `server`;
    // the caller checks that it got there.
    ui::BackupWizard *openAt(ui::BackupWizard::PageId page,
                             const QString &server = QStringLiteral("GUICA"))
    {
        ui::BackupWizard *wizard = openWizard();
        chooseServer(wizard, server);
        if (!QTest::qWaitFor([&] { return next(wizard)->isEnabled(); }, 10000)) {
            qWarning("%s did not answer online", qPrintable(server));
        }
        while (wizard->currentId() < page && next(wizard)->isEnabled()) {
            QTest::mouseClick(next(wizard), Qt::LeftButton);
        }
        return wizard;
    }

    // Walks from page 1 to the progress page; the backup then runs.
    void runToEnd(ui::BackupWizard *wizard, const QString &server, const QString &destination,
                  bool logsOnly = false, const QString &profileName = QString())
    {
        testing::walkToStart(wizard, {server, server + QStringLiteral(" Issuing CA"), destination,
                                      logsOnly, profileName});
    }

    // Quit from the tray menu, confirmed; how long closing the window took.
    qint64 quitFromTheTray(ui::MainWindow &window)
    {
        QAction *quit = nullptr;
        for (QAction *action : window.trayIcon()->contextMenu()->actions()) {
            if (action->text() == ui::MainWindow::tr("&Quit")) {
                quit = action;
            }
        }
        if (quit == nullptr) {
            qWarning("no Quit in the tray menu");
            return -1;
        }
        answerNextMessageBox(QMessageBox::Yes);
        QElapsedTimer timer;
        timer.start();
        quit->trigger();
        return timer.elapsed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_simulator = std::make_unique<testing::GuiSimulator>(QList<testing::SimulatedServer>{
            {QStringLiteral("GUICA"), {QStringLiteral("--issue-rate"), QStringLiteral("200")}},
            {QStringLiteral("SLOWCA"), {QStringLiteral("--fault"), QStringLiteral("stall=150")}},
            {QStringLiteral("DENYCA"),
             {QStringLiteral("--fault"), QStringLiteral("access-denied")}},
            // Every backup call waits a minute: a server call that does not return.
            {QStringLiteral("HANGCA"),
             {QStringLiteral("--fault"), QStringLiteral("stall=60000")}}});
        QVERIFY2(m_simulator->ready(), qPrintable(m_simulator->error()));
        m_sim = m_simulator->fixture();
        m_library = m_simulator->library();
    }

    // Every test function starts from nothing of another: a new main window, no run log, no
    // profiles, a default destination of its own; so they pass in any order and one by one.
    void init()
    {
        QFile::remove(engine::RunLog().path());
        QFile::remove(profiles::ProfileStore().path());
        ui::MainWindow::Settings settings;
        settings.defaultDestination =
            m_sim->path(QStringLiteral("default-%1").arg(QTest::currentTestFunction()));
        ui::MainWindow::saveSettings(settings);
        QSettings().remove(QStringLiteral("lastDestinations"));
        m_elevation.calls.clear();
        m_window = std::make_unique<ui::MainWindow>(m_library, QString());
        m_window->setElevation(&m_elevation);
        // Secrets stay away from the real keychain here (tst_keychain covers that one).
        m_window->setSecretStore(std::make_unique<profiles::FakeSecretStore>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        qunsetenv("CERTSRV_SIM_UNELEVATED"); // set by the elevation tests
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_simulator.reset();
    }

    void mainWindowListsSimulatedServers()
    {
        const QString table = QStringLiteral("serverTable");
        auto *servers = m_window->findChild<QTableView *>(table);
        QVERIFY(servers != nullptr);
        auto stateOf = [&](const QString &server) {
            for (int row = 0; row < rowCount(*m_window, table); ++row) {
                if (servers->model()->index(row, 0).data(ui::ServerModel::ServerRole) == server) {
                    return cellText(*m_window, table, row, ui::ServerModel::StateColumn);
                }
            }
            return QStringLiteral("(not listed)");
        };
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("GUICA")) != QLatin1String("(not listed)"),
                                 10000);
        // The state column fills in from the asynchronous online checks.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("GUICA")), ui::ServerModel::tr("Online"),
                                  10000);

        // The wizard's server list says which CA each server holds and how it is, while an item
        // chosen puts only the server name into the field.
        ui::BackupWizard *wizard = openWizard();
        auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("serverCombo"));
        const int item = combo->findText(QStringLiteral("GUICA"));
        QVERIFY(item >= 0);
        const QString shown = combo->itemData(item, Qt::AccessibleTextRole).toString();
        const QString caName = combo->itemData(item, Qt::UserRole).toString();
        QVERIFY(!caName.isEmpty());
        QCOMPARE(shown, ui::ServerPage::tr("%1 — %2").arg(
                            ui::ServerPage::tr("%1 on %2").arg(caName, QStringLiteral("GUICA")),
                            ui::ServerModel::tr("Online")));
        QCOMPARE(combo->itemData(item, Qt::UserRole + 2).toInt(), int(engine::OnlineState::Online));
        combo->setCurrentIndex(item);
        QCOMPARE(combo->currentText(), QStringLiteral("GUICA"));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void serverOfflineKeepsNextDisabled()
    {
        ui::BackupWizard *wizard = openWizard();
        chooseServer(wizard, QStringLiteral("NOSUCHCA"));
        auto *state = wizard->findChild<QLabel *>(QStringLiteral("serverStateLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("0x800706BA")), 10000);
        QVERIFY(!next(wizard)->isEnabled());
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void logsOnlyWithoutFullSetWarns()
    {
        // The type page does not judge a folder the operator has not chosen yet; the destination
        // page warns about the folder actually typed.
        ui::BackupWizard *wizard = openAt(ui::BackupWizard::TypePageId);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::TypePageId));
        auto *warning = wizard->findChild<QLabel *>(QStringLiteral("logsWarningLabel"));
        auto *logs = wizard->findChild<QRadioButton *>(QStringLiteral("logsRadio"));
        logs->click();
        QVERIFY2(warning->isHidden(), qPrintable(warning->text()));
        QVERIFY(!wizard->findChild<QCheckBox *>(QStringLiteral("keepLogsCheck"))->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::DestinationPageId));
        auto *noFull = wizard->findChild<QLabel *>(QStringLiteral("destinationWarning"));
        QVERIFY(noFull != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(noFull->isVisible(), 10000);
        QVERIFY2(noFull->text().contains(QStringLiteral("GUICA")), qPrintable(noFull->text()));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void logsOnlyAfterARestoreWarns()
    {
        // A restore since the last full backup: the CA refuses a logs-only backup until a full
        // one, which the type page says from the inventory the main window loaded.
        const engine::RunLog log;
        engine::RunRecord restore;
        restore.time = QDateTime::currentDateTimeUtc().addSecs(3600); // after every backup here
        restore.kind = engine::RunKind::Restore;
        restore.server = QStringLiteral("guica");
        restore.outcome = engine::RunOutcome::Succeeded;
        QVERIFY(log.append(restore));
        QSignalSpy refreshed(m_window.get(), &ui::MainWindow::refreshed);
        m_window->refresh();
        QVERIFY(refreshed.wait(10000));
        ui::BackupWizard *wizard = openAt(ui::BackupWizard::TypePageId);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::TypePageId));
        auto *warning = wizard->findChild<QLabel *>(QStringLiteral("logsWarningLabel"));
        wizard->findChild<QRadioButton *>(QStringLiteral("logsRadio"))->click();
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("0xC8000230")),
                 qPrintable(warning->text()));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);

        // A full backup after it: no warning.
        engine::RunRecord full;
        full.time = restore.time.addSecs(60);
        full.server = QStringLiteral("GUICA");
        full.type = engine::SetType::Full;
        full.outcome = engine::RunOutcome::Succeeded;
        QVERIFY(log.append(full));
        m_window->refresh();
        QVERIFY(refreshed.wait(10000));
        wizard = openAt(ui::BackupWizard::TypePageId);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::TypePageId));
        wizard->findChild<QRadioButton *>(QStringLiteral("logsRadio"))->click();
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("logsWarningLabel"))->isHidden());
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void aDestinationThatCannotWorkSaysWhy()
    {
        // Not a greyed Next alone: the page says what is wrong with the folder typed.
        ui::BackupWizard *wizard = openAt(ui::BackupWizard::DestinationPageId);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::DestinationPageId));
        auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
        auto *facts = wizard->findChild<QLabel *>(QStringLiteral("freeSpaceLabel"));
        QVERIFY(edit != nullptr && facts != nullptr);
        const QString file = m_sim->path(QStringLiteral("a-file"));
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        const QList<QPair<QString, QString>> cases{
            {QStringLiteral("relative/backups"), QStringLiteral("not a full path")},
            {QDir::toNativeSeparators(file + QStringLiteral("/sets")),
             QStringLiteral("is a file")}};
        for (const auto &[typed, reason] : cases) {
            edit->clear();
            QTest::keyClicks(edit, typed);
            QTRY_VERIFY2_WITH_TIMEOUT(facts->text().contains(reason), qPrintable(facts->text()),
                                      10000);
            QVERIFY(!next(wizard)->isEnabled());
        }
        // A good folder clears the reason and lets the operator go on.
        edit->clear();
        QTest::keyClicks(edit, QDir::toNativeSeparators(m_sim->path(QStringLiteral("good"))));
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        QVERIFY2(facts->text().contains(QStringLiteral("free")), qPrintable(facts->text()));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void theLastDestinationOfAServerIsOfferedAgain()
    {
        const QString destination = m_sim->path(QStringLiteral("remembered"));
        ui::BackupWizard *wizard = openWizard();
        runToEnd(wizard, QStringLiteral("GUICA"), destination);
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 60000);
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);

        // The next backup of GUICA offers that folder, not the settings' default.
        wizard = openAt(ui::BackupWizard::DestinationPageId);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::DestinationPageId));
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->text(),
                 QDir::toNativeSeparators(destination));
        // Its logs-only backup can chain onto the full set there: no warning.
        wizard->back();
        wizard->findChild<QRadioButton *>(QStringLiteral("logsRadio"))->click();
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        auto *noFull = wizard->findChild<QLabel *>(QStringLiteral("destinationWarning"));
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        QVERIFY2(noFull->isHidden(), qPrintable(noFull->text()));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);

        // Without a folder chosen in this wizard (the CLI or a profile made the backup), the
        // folder of the server's newest backup is offered.
        QSettings().remove(QStringLiteral("lastDestinations"));
        QSignalSpy refreshed(m_window.get(), &ui::MainWindow::refreshed);
        m_window->refresh();
        QVERIFY(refreshed.wait(10000));
        wizard = openAt(ui::BackupWizard::DestinationPageId);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::DestinationPageId));
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->text(),
                 QDir::toNativeSeparators(destination));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void logsOnlyRefusedForWantOfAFullBackupOffersOne()
    {
        // A CA that never had a full backup refuses a logs-only one (0xC8000230): the result page
        // offers the full backup that fixes it, to the same destination.
        QString error;
        QVERIFY2(m_sim->createAndStart(QStringLiteral("NOFULLCA"), {}, &error), qPrintable(error));
        const QString destination = m_sim->path(QStringLiteral("nofull"));
        ui::BackupWizard *wizard = openWizard();
        testing::WizardWalk walk;
        walk.server = QStringLiteral("NOFULLCA");
        walk.destination = destination;
        walk.logsOnly = true;
        testing::walkToStart(wizard, walk);
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 60000);
        QVERIFY2(resultLabel(wizard)->text().contains(QStringLiteral("0xC8000230")),
                 qPrintable(resultLabel(wizard)->text()));
        auto *full = wizard->findChild<QPushButton *>(QStringLiteral("fullBackupNowButton"));
        QVERIFY(full->isVisible());
        QTest::mouseClick(full, Qt::LeftButton);
        QVERIFY(!full->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 60000);
        QVERIFY2(resultLabel(wizard)->text().contains(ui::ProgressPage::tr("Backup complete.")),
                 qPrintable(resultLabel(wizard)->text()));
        QVERIFY(!full->isVisible());
        const engine::Catalog catalog = engine::Catalog::scan(destination);
        QCOMPARE(catalog.sets.size(), 1);
        QCOMPARE(catalog.sets.first().manifest.type, engine::SetType::Full);
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void fullBackupToTheEnd()
    {
        const QString destination = m_sim->path(QStringLiteral("backups"));
        ui::BackupWizard *wizard = openWizard();
        runToEnd(wizard, QStringLiteral("GUICA"), destination);
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 60000);
        QVERIFY2(resultLabel(wizard)->text().contains(ui::ProgressPage::tr("Backup complete.")),
                 qPrintable(resultLabel(wizard)->text()));
        QVERIFY(resultLabel(wizard)->text().contains(QStringLiteral("Verified")));
        // The rate is that of the whole run: its bytes over its seconds.
        const engine::RunRecord last = engine::RunLog().read().constLast();
        QVERIFY(last.seconds > 0);
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("rateLabel"))->text(),
                 ui::ProgressPage::tr("%1/s on average")
                     .arg(ui::bytesText(
                         static_cast<qint64>(static_cast<double>(last.bytes) / last.seconds))));
        auto *openFolder = wizard->findChild<QPushButton *>(QStringLiteral("openFolderButton"));
        QVERIFY(openFolder->isVisible());
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

        const engine::Catalog catalog = engine::Catalog::scan(destination);
        QCOMPARE(catalog.sets.size(), 1);
        // "Open folder" hands the set to the file manager; without one, the operator gets its
        // path on the clipboard and a message saying so, not a click that does nothing.
        QList<QUrl> opened;
        ui::FolderOpener::setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        QTest::mouseClick(openFolder, Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(catalog.sets.first().path)});
        ui::FolderOpener::setOpener([](const QUrl &) { return false; });
        QGuiApplication::clipboard()->clear();
        answerNextMessageBox(QMessageBox::Ok);
        QTest::mouseClick(openFolder, Qt::LeftButton);
        ui::FolderOpener::setOpener({});
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QDir::toNativeSeparators(catalog.sets.first().path));
        QCOMPARE(catalog.sets.first().manifest.server, QStringLiteral("GUICA"));
        QCOMPARE(catalog.sets.first().manifest.type, engine::SetType::Full);
        const testing::ProcessRun check = m_sim->sim(
            {QStringLiteral("check"), catalog.sets.first().path, QStringLiteral("--json")});
        QVERIFY2(check.json().value(QStringLiteral("consistent")).toBool(), check.out.constData());

        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(m_window->wizard() == nullptr);
        // The history shows the run; the message bar carries the notification (no tray here).
        const QString history = QStringLiteral("historyTable");
        QTRY_VERIFY(rowCount(*m_window, history) >= 1);
        QCOMPARE(cellText(*m_window, history, 0, ui::HistoryModel::ServerColumn),
                 QStringLiteral("GUICA"));
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("GUICA")));
    }

    void cancelMidBackup()
    {
        const QString destination = m_sim->path(QStringLiteral("cancelled"));
        ui::BackupWizard *wizard = openWizard();
        runToEnd(wizard, QStringLiteral("SLOWCA"), destination);
        // Each server call stalls 150 ms: the window must stay responsive and say it waits.
        auto *waiting = wizard->findChild<QLabel *>(QStringLiteral("waitingLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QPlainTextEdit *>(QStringLiteral("logView"))
                                     ->toPlainText()
                                     .contains(QStringLiteral("Copying")),
                                 20000);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("cancelBackupButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 30000);
        QVERIFY(resultLabel(wizard)->text().contains(ui::ProgressPage::tr("Backup cancelled.")));
        // A cancel is not a failure: no code, and no figures of the run left standing.
        QVERIFY2(!resultLabel(wizard)->text().contains(QStringLiteral("0x800704C7")),
                 qPrintable(resultLabel(wizard)->text()));
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
                 ui::ProgressPage::tr("Cancelled"));
        for (const char *figure : {"rateLabel", "etaLabel", "bytesLabel"}) {
            QVERIFY2(wizard->findChild<QLabel *>(QLatin1String(figure))->text().isEmpty(), figure);
        }
        QCOMPARE(wizard->findChild<QProgressBar *>(QStringLiteral("overallProgress"))->value(), 0);
        QVERIFY(!waiting->isVisible());
        QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QCOMPARE(engine::Catalog::scan(destination).sets.size(), 0);
        QCOMPARE(engine::Catalog::scan(destination).incomplete.size(), 0);
        const QJsonObject status = m_sim->status(QStringLiteral("SLOWCA"));
        QCOMPARE(status.value(QStringLiteral("leaked_contexts")).toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->status(QStringLiteral("SLOWCA"))
                                      .value(QStringLiteral("backup_in_progress"))
                                      .toBool(),
                                 5000);
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void concurrentRunsOfOneCa()
    {
        // A profile run of the CLI (as a scheduled task starts it) holds SLOWCA's backup...
        const QString cliDest = m_sim->path(QStringLiteral("concurrent-cli"));
        const QString guiDest = m_sim->path(QStringLiteral("concurrent-gui"));
        const testing::ProcessRun added =
            m_sim->run(QStringLiteral("certsrv-backup-cli"),
                       {QStringLiteral("profiles"), QStringLiteral("add"),
                        QStringLiteral("Concurrent"), QStringLiteral("--server"),
                        QStringLiteral("SLOWCA"), QStringLiteral("--type"), QStringLiteral("full"),
                        QStringLiteral("--dest"), cliDest, QStringLiteral("--replace")});
        QVERIFY2(added.exitCode == 0, added.out + added.err);
        const QStringList profileRunArgs{QStringLiteral("backup"), QStringLiteral("--profile"),
                                         QStringLiteral("Concurrent"), QStringLiteral("--json")};
        QProcess profileRun;
        profileRun.setProcessEnvironment(m_sim->environment());
        profileRun.start(m_sim->binary(QStringLiteral("certsrv-backup-cli")), profileRunArgs);
        QVERIFY(profileRun.waitForStarted());
        auto busy = [this] {
            return m_sim->status(QStringLiteral("SLOWCA"))
                .value(QStringLiteral("backup_in_progress"))
                .toBool();
        };
        QTRY_VERIFY_WITH_TIMEOUT(busy(), 20000);

        // ...so the wizard's backup of the same CA is refused, and leaves nothing.
        ui::BackupWizard *wizard = openWizard();
        runToEnd(wizard, QStringLiteral("SLOWCA"), guiDest);
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 30000);
        QVERIFY2(resultLabel(wizard)->text().contains(
                     QStringLiteral("Another backup of this CA is already running")),
                 qPrintable(resultLabel(wizard)->text()));
        QCOMPARE(engine::Catalog::scan(guiDest).sets.size(), 0);
        QCOMPARE(testing::unfinishedEntries(guiDest), QStringList());
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
        // The profile run was not disturbed.
        QVERIFY(profileRun.state() == QProcess::NotRunning || profileRun.waitForFinished(120000));
        QVERIFY2(profileRun.exitCode() == 0, profileRun.readAllStandardOutput().constData());
        QCOMPARE(engine::Catalog::scan(cliDest).sets.size(), 1);

        // The other way round: the wizard holds the CA, the profile run is refused.
        wizard = openWizard();
        runToEnd(wizard, QStringLiteral("SLOWCA"), guiDest);
        QTRY_VERIFY_WITH_TIMEOUT(busy(), 20000);
        const testing::ProcessRun refused =
            m_sim->run(QStringLiteral("certsrv-backup-cli"), profileRunArgs);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("hresult"))
                     .toString(),
                 QStringLiteral("0xC80001F9"));
        QCOMPARE(engine::Catalog::scan(cliDest).sets.size(), 1);
        QCOMPARE(testing::unfinishedEntries(cliDest), QStringList());
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 120000);
        QVERIFY2(resultLabel(wizard)->text().contains(ui::ProgressPage::tr("Backup complete.")),
                 qPrintable(resultLabel(wizard)->text()));
        QCOMPARE(engine::Catalog::scan(guiDest).sets.size(), 1);
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
        // The profile store is this test's own business: leave it as it was found.
        QCOMPARE(m_sim
                     ->run(QStringLiteral("certsrv-backup-cli"),
                           {QStringLiteral("profiles"), QStringLiteral("remove"),
                            QStringLiteral("Concurrent")})
                     .exitCode,
                 0);
    }

    void elevationRequiredShowsPrompt()
    {
        qputenv("CERTSRV_SIM_UNELEVATED", "1");
        const QString destination = m_sim->path(QStringLiteral("denied"));
        ui::BackupWizard *wizard = openWizard();
        runToEnd(wizard, QStringLiteral("DENYCA"), destination);
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 30000);
        qunsetenv("CERTSRV_SIM_UNELEVATED");
        QVERIFY(resultLabel(wizard)->text().contains(QStringLiteral("0x80070005")));
        auto *panel = wizard->findChild<QWidget *>(QStringLiteral("elevationPanel"));
        QVERIFY(panel->isVisible());
        auto *elevate = wizard->findChild<QPushButton *>(QStringLiteral("elevateButton"));
        QVERIFY(elevate->isEnabled());
        QTest::mouseClick(elevate, Qt::LeftButton);
        QCOMPARE(m_elevation.calls.size(), 1);
        const QStringList call = m_elevation.calls.first();
        QVERIFY(call.contains(QStringLiteral("--wizard")));
        QVERIFY2(call.contains(QStringLiteral("--server=DENYCA")), qPrintable(call.join(' ')));
        QVERIFY(call.contains(QStringLiteral("--dest=") + destination));
        // The restarted copy loads the same certadm library.
        QVERIFY(call.contains(QStringLiteral("--certadm-library=") +
                              QString::fromStdString(m_library->path())));
        // The restart did not happen: the window stays, says why, and offers it again.
        auto *status = wizard->findChild<QLabel *>(QStringLiteral("elevationStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("test: not restarted")),
                 qPrintable(status->text()));
        QVERIFY(elevate->isEnabled());
        QCOMPARE(engine::Catalog::scan(destination).sets.size(), 0);

        // Back from the result to the choices: the destination page with the same folder, and
        // the type page behind it.
        auto *change = wizard->findChild<QPushButton *>(QStringLiteral("changeChoicesButton"));
        QVERIFY(change->isVisible());
        QTest::mouseClick(change, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::DestinationPageId));
        QCOMPARE(wizard->choices().server, QStringLiteral("DENYCA"));
        QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("destinationEdit"))
                    ->text()
                    .contains(QStringLiteral("denied")));
        QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
        wizard->back();
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::TypePageId));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void saveAsProfileThenBackUpNow()
    {
        const QString destination = m_sim->path(QStringLiteral("profiled"));
        ui::BackupWizard *wizard = openWizard();
        runToEnd(wizard, QStringLiteral("GUICA"), destination, false, QStringLiteral("Nightly"));
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(wizard)->isVisible(), 60000);
        const std::optional<profiles::Profile> saved =
            m_window->profileStore()->find(QStringLiteral("nightly"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->server, QStringLiteral("GUICA"));
        QCOMPARE(saved->destination, destination);
        QCOMPARE(saved->type, engine::SetType::Full);
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
        QCOMPARE(rowCount(*m_window, QStringLiteral("profileTable")), 1);
        QCOMPARE(
            cellText(*m_window, QStringLiteral("profileTable"), 0, ui::ProfileModel::NameColumn),
            QStringLiteral("Nightly"));

        // Back up now: straight to the progress page, recorded as a profile run.
        QVERIFY(testing::waitForANewSecond()); // the second set gets a name of its own
        ui::BackupWizard *run = m_window->backUpNow(QStringLiteral("Nightly"));
        QVERIFY(run != nullptr);
        QCOMPARE(run->currentId(), int(ui::BackupWizard::ProgressPageId));
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(run)->isVisible(), 60000);
        QVERIFY2(resultLabel(run)->text().contains(ui::ProgressPage::tr("Backup complete.")),
                 qPrintable(resultLabel(run)->text()));
        QCOMPARE(engine::Catalog::scan(destination).sets.size(), 2);
        const QList<engine::RunRecord> runs = engine::RunLog().read();
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.last().source, engine::RunSource::Profile);
        QCOMPARE(runs.last().profileName, QStringLiteral("Nightly"));
        QVERIFY(runs.last().succeeded());
        run->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
        QTRY_VERIFY(
            cellText(*m_window, QStringLiteral("historyTable"), 0, ui::HistoryModel::ResultColumn)
                .contains(QStringLiteral("Nightly")));
    }

    void elevationOfAProfileRunRunsTheProfileAgain()
    {
        profiles::Profile profile;
        profile.name = QStringLiteral("Denied run");
        profile.server = QStringLiteral("DENYCA");
        profile.destination = m_sim->path(QStringLiteral("denied-profile"));
        QString error;
        QVERIFY2(m_window->profileStore()->save(profile, &error), qPrintable(error));
        qputenv("CERTSRV_SIM_UNELEVATED", "1");
        m_elevation.calls.clear();
        ui::BackupWizard *run = m_window->backUpNow(profile.name);
        QVERIFY(run != nullptr);
        run->setElevation(&m_elevation);
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(run)->isVisible(), 30000);
        qunsetenv("CERTSRV_SIM_UNELEVATED");
        auto *elevate = run->findChild<QPushButton *>(QStringLiteral("elevateButton"));
        QVERIFY(elevate->isVisible());
        QTest::mouseClick(elevate, Qt::LeftButton);
        QCOMPARE(m_elevation.calls.size(), 1);
        const QStringList call = m_elevation.calls.first();
        QVERIFY2(call.contains(QStringLiteral("--profile=Denied run")), qPrintable(call.join(' ')));
        QVERIFY(call.contains(QStringLiteral("--certadm-library=") +
                              QString::fromStdString(m_library->path())));
        QVERIFY(!call.contains(QStringLiteral("--wizard")));
        run->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
        QVERIFY2(m_window->profileStore()->remove(profile.name, &error), qPrintable(error));
    }

    void unattendedFailureBannerStaysAwayOnceSeen()
    {
        ui::MessageBar *bar = m_window->messageBar();
        const auto refreshed = [this] {
            QSignalSpy spy(m_window.get(), &ui::MainWindow::refreshed);
            m_window->refresh();
            return spy.wait(10000);
        };
        // A failed run that nobody watched, as a scheduled task records it, is reported...
        engine::RunRecord nightly;
        nightly.time = QDateTime::currentDateTimeUtc().addSecs(-3600);
        nightly.source = engine::RunSource::CommandLine;
        nightly.server = QStringLiteral("NIGHTCA");
        nightly.outcome = engine::RunOutcome::Failed;
        nightly.hresult = QStringLiteral("0x800706BA");
        nightly.message = QStringLiteral("The RPC server is unavailable.");
        QString error;
        QVERIFY2(engine::RunLog().append(nightly, &error), qPrintable(error));
        QVERIFY(refreshed());
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("unattended backup of NIGHTCA")),
                 qPrintable(bar->text()));
        // ...until the operator dismisses it: the next refresh does not bring it back.
        bar->dismiss();
        QVERIFY(refreshed());
        QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));

        // A failed "Back up now" of this window ends in its own wizard: no banner for it.
        profiles::Profile profile;
        profile.name = QStringLiteral("Denied now");
        profile.server = QStringLiteral("DENYCA");
        profile.destination = m_sim->path(QStringLiteral("denied-now"));
        QVERIFY2(m_window->profileStore()->save(profile, &error), qPrintable(error));
        ui::BackupWizard *run = m_window->backUpNow(profile.name);
        QVERIFY(run != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(resultLabel(run)->isVisible(), 30000);
        run->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
        QVERIFY(refreshed());
        QVERIFY(!engine::RunLog().read().isEmpty());
        QCOMPARE(engine::RunLog().read().last().server, QStringLiteral("DENYCA"));
        QVERIFY(engine::RunLog().read().last().attended);
        QVERIFY2(!bar->text().contains(QStringLiteral("unattended")) || !bar->isVisible(),
                 qPrintable(bar->text()));
        QVERIFY2(m_window->profileStore()->remove(profile.name, &error), qPrintable(error));
    }

    void quitDuringABackupCancelsAndRecordsIt()
    {
        ui::MainWindow &window = *m_window;
        ui::BackupWizard *wizard = window.openWizard();
        const QString destination = m_sim->path(QStringLiteral("quit"));
        runToEnd(wizard, QStringLiteral("SLOWCA"), destination);
        auto *state = wizard->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(state->text(),
                                  engine::jobStateText(engine::JobState::CopyingDatabase), 20000);
        const qsizetype runsBefore = engine::RunLog().read().size();
        const qint64 took = quitFromTheTray(window);
        qInfo("quitting during a backup took %lld ms", took);
        QVERIFY2(took >= 0 && took < 4000, qPrintable(QString::number(took)));
        QVERIFY(window.wizard() == nullptr);
        const QList<engine::RunRecord> runs = engine::RunLog().read();
        QCOMPARE(runs.size(), runsBefore + 1);
        const engine::RunRecord &run = runs.constLast();
        QCOMPARE(run.server, QStringLiteral("SLOWCA"));
        QCOMPARE(run.outcome, engine::RunOutcome::Cancelled);
        QVERIFY2(run.message.contains(QStringLiteral("application was closed")),
                 qPrintable(run.message));
        QVERIFY2(!run.message.contains(QStringLiteral("had not returned")),
                 qPrintable(run.message));
        // The job ended in time, so it removed its unfinished set itself.
        QVERIFY2(testing::unfinishedEntries(destination).isEmpty(),
                 qPrintable(testing::unfinishedEntries(destination).join(' ')));
        QVERIFY(m_sim->waitUntilNoBackup(QStringLiteral("SLOWCA")));
    }

    void quitDuringABlockedCallIsBoundedAndRecorded()
    {
        ui::MainWindow &window = *m_window;
        ui::BackupWizard *wizard = window.openWizard();
        runToEnd(wizard, QStringLiteral("HANGCA"), m_sim->path(QStringLiteral("hung")));
        auto *state = wizard->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), engine::jobStateText(engine::JobState::Preparing),
                                  10000);
        const qsizetype runsBefore = engine::RunLog().read().size();
        const qint64 took = quitFromTheTray(window);
        qInfo("quitting during a blocked server call took %lld ms", took);
        // The job is blocked for a minute; quitting waits its few seconds and no more.
        QVERIFY2(took >= 0 && took < 10000, qPrintable(QString::number(took)));
        QVERIFY(window.wizard() == nullptr);
        QVERIFY(!window.isVisible());

        // One record: cancelled, because the application was closed.
        const QList<engine::RunRecord> runs = engine::RunLog().read();
        QCOMPARE(runs.size(), runsBefore + 1);
        const engine::RunRecord &run = runs.constLast();
        QCOMPARE(run.server, QStringLiteral("HANGCA"));
        QCOMPARE(run.outcome, engine::RunOutcome::Cancelled);
        QVERIFY2(run.message.contains(QStringLiteral("application was closed")),
                 qPrintable(run.message));
        QVERIFY2(run.message.contains(QStringLiteral("had not returned")), qPrintable(run.message));
    }

    void resumeAfterElevation()
    {
        // An elevated restart reopens the wizard at the summary with the same choices.
        ui::WizardChoices choices;
        choices.server = QStringLiteral("GUICA");
        choices.type = engine::SetType::Full;
        choices.keepLogs = true;
        choices.destination = m_sim->path(QStringLiteral("resumed"));
        ui::BackupWizard *wizard = m_window->openWizard(&choices);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::SummaryPageId));
        const QString summary = wizard->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY(summary.contains(QStringLiteral("GUICA")));
        QVERIFY(summary.contains(QStringLiteral("resumed")));
        QVERIFY(wizard->resumeArguments().contains(QStringLiteral("--keep-logs")));
        QVERIFY(!wizard->resumeArguments().contains(QStringLiteral("--include-key")));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);

        // With the CA key: its password is not on the command line, so the wizard resumes at
        // the page where it is typed, and a further restart keeps "include key".
        choices.includeKey = true;
        wizard = m_window->openWizard(&choices);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::TypePageId));
        QVERIFY(wizard->choices().includeKey);
        QVERIFY(wizard->resumeArguments().contains(QStringLiteral("--include-key")));
        wizard->close();
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }
};

int main(int argc, char *argv[])
{
    // Offscreen unless a display is chosen on purpose; settings and run log in a private home.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CertSrvBackupManagerTests"));
    QApplication::setApplicationName(QStringLiteral("tst_backupwizard"));
    ui::initResources();
    TestBackupWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_backupwizard.moc"
