// SPDX-License-Identifier: Apache-2.0
// The GUI thread is never blocked for long: a heartbeat timer ticks every 10 ms while the main
// window refreshes a long history, runs a backup of a simulated CA that keeps issuing, restores
// it, and quits during a backup; the worst gap between two ticks is printed for each.
// The bound is asserted in the plain Debug build; sanitizer builds only print their figures.
// A blocking call shows in every attempt, while a busy machine (a build beside the tests) may
// delay any one of them: a phase over the bound is measured again, up to three times in all,
// and its best attempt must keep the bound.
#include "ui/backupwizard.h"
#include "fakesecretstore.h"
#include "ui/historymodel.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/progresspage.h"
#include "ui/restorewizard.h"
#include "engine/runlog.h"
#include "setclock.h"
#include "simulatorfixture.h"
#include "ui/uiresources.h"
#include "guisimulator.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <map>

#if defined(__SANITIZE_ADDRESS__)
#define CERTSRV_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CERTSRV_SANITIZED 1
#endif
#endif

namespace {

// The longest time the event loop may go without running a 10 ms timer.
constexpr qint64 kBoundMs = 50;

// Ticks every 10 ms and keeps the longest gap between two ticks.
class Heartbeat {
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { beat(); });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // The worst gap since start(), the time since the last tick included.
    qint64 stop()
    {
        beat();
        m_timer.stop();
        return m_worst;
    }

private:
    void beat()
    {
        const qint64 now = m_clock.elapsed();
        m_worst = qMax(m_worst, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(button)->click();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

} // namespace

class TestResponsiveness final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<testing::GuiSimulator> m_simulator;
    testing::SimulatorFixture *m_sim = nullptr;
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    std::unique_ptr<ui::MainWindow> m_window;
    Heartbeat m_heartbeat;
    std::map<QString, qint64> m_gaps; // phase -> the best attempt's worst gap in ms

#ifdef CERTSRV_SANITIZED
    static constexpr int kAttempts = 1;
#else
    static constexpr int kAttempts = 3;
#endif

    void record(const char *phase, qint64 worst)
    {
        const QString name = QString::fromLatin1(phase);
        const auto known = m_gaps.find(name);
        m_gaps[name] = known == m_gaps.end() ? worst : qMin(known->second, worst);
        qInfo("worst gap of the GUI event loop during %s: %lld ms", phase, worst);
    }

    // Runs `attempt` (which records `phase`) until its worst gap keeps the bound.
    template <typename Attempt> void measure(const char *phase, Attempt attempt)
    {
        for (int i = 0; i < kAttempts; ++i) {
            attempt();
            if (QTest::currentTestFailed() || m_gaps[QString::fromLatin1(phase)] <= kBoundMs) {
                return;
            }
        }
    }

    bool waitForRefresh(int timeoutMs = 20000) const
    {
        QSignalSpy refreshed(m_window.get(), &ui::MainWindow::refreshed);
        return refreshed.wait(timeoutMs);
    }

    QTableView *history() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("historyTable"));
    }

    void refreshOnce()
    {
        m_heartbeat.start();
        for (int i = 0; i < 3; ++i) {
            QSignalSpy refreshed(m_window.get(), &ui::MainWindow::refreshed);
            m_window->refresh();
            QVERIFY(refreshed.wait(20000));
        }
        record("refresh", m_heartbeat.stop());
    }

    void backupOnce()
    {
        ui::BackupWizard *wizard = m_window->openWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        // The operator's walk through the pages: printed (the test types a whole path at once).
        m_heartbeat.start();
        testing::WizardWalk walk{QStringLiteral("BEATCA"), QStringLiteral("BEATCA Issuing CA"),
                                 m_sim->path(QStringLiteral("backups")), false, QString()};
        walk.stopAtStart = true;
        testing::walkToStart(wizard, walk);
        qInfo("walking the wizard's pages: worst gap %lld ms", m_heartbeat.stop());
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::SummaryPageId));

        // From Start to the history that shows the new set.
        QSignalSpy refreshed(m_window.get(), &ui::MainWindow::refreshed);
        m_heartbeat.start();
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testing::resultLabel(wizard)->isVisible(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 20000);
        record("backup", m_heartbeat.stop());
        QVERIFY2(
            testing::resultLabel(wizard)->text().contains(ui::ProgressPage::tr("Backup complete.")),
            qPrintable(testing::resultLabel(wizard)->text()));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(m_window->wizard() == nullptr);
    }

    void restoreOnce()
    {
        // The newest set of BEATCA, chosen in the history.
        QTableView *table = history();
        int row = -1;
        for (int i = 0; i < table->model()->rowCount() && row < 0; ++i) {
            if (table->model()
                    ->index(i, 0)
                    .data(ui::HistoryModel::SetPathRole)
                    .toString()
                    .contains(QStringLiteral("BEATCA"))) {
                row = i;
            }
        }
        QVERIFY(row >= 0);
        table->selectRow(row);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("restoreAction"));
        QVERIFY(action != nullptr);
        // A restore moves the CA's files aside into a folder named by the second.
        QVERIFY(testing::waitForANewSecond());
        // Opening the wizard and typing the CA's name at once: printed.
        m_heartbeat.start();
        action->trigger();
        auto *wizard = m_window->findChild<ui::RestoreWizard *>();
        QVERIFY(wizard != nullptr);
        QSignalSpy finished(wizard, &ui::RestoreWizard::restoreFinished);
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::TargetPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::ConfirmPageId));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("typedCaName")),
                         QStringLiteral("BEATCA Issuing CA"));
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isEnabled());
        qInfo("walking the restore wizard's pages: worst gap %lld ms", m_heartbeat.stop());

        // From Restore to the history that shows the run.
        QSignalSpy refreshed(m_window.get(), &ui::MainWindow::refreshed);
        m_heartbeat.start();
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 20000);
        record("restore", m_heartbeat.stop());
        const auto result = finished.first().first().value<engine::RestoreResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        wizard->close();
        QTRY_VERIFY(m_window->findChild<ui::RestoreWizard *>() == nullptr);
    }

    void quitOnce()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        ui::BackupWizard *wizard = m_window->openWizard();
        testing::walkToStart(wizard,
                             {QStringLiteral("SLOWBEAT"), QStringLiteral("SLOWBEAT Issuing CA"),
                              m_sim->path(QStringLiteral("quit")), false, QString()});
        auto *state = wizard->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(state->text(),
                                  engine::jobStateText(engine::JobState::CopyingDatabase), 20000);
        QAction *quit = nullptr;
        for (QAction *candidate : m_window->trayIcon()->contextMenu()->actions()) {
            if (candidate->text() == ui::MainWindow::tr("&Quit")) {
                quit = candidate;
            }
        }
        QVERIFY(quit != nullptr);
        answerNextMessageBox(QMessageBox::Yes);
        m_heartbeat.start();
        quit->trigger();
        QTRY_VERIFY(!m_window->isVisible());
        record("quit", m_heartbeat.stop());
        QVERIFY(m_window->wizard() == nullptr);
        QVERIFY(m_sim->waitUntilNoBackup(QStringLiteral("SLOWBEAT")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_simulator = std::make_unique<testing::GuiSimulator>(QList<testing::SimulatedServer>{
            {QStringLiteral("BEATCA"), {QStringLiteral("--issue-rate"), QStringLiteral("200")}},
            {QStringLiteral("SLOWBEAT"),
             {QStringLiteral("--fault"), QStringLiteral("stall=150")}}});
        QVERIFY2(m_simulator->ready(), qPrintable(m_simulator->error()));
        m_sim = m_simulator->fixture();
        m_library = m_simulator->library();

        // A long history: the run log holds its newest 1000 runs, of servers long gone.
        QFile::remove(engine::RunLog().path());
        const engine::RunLog log;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int i = 0; i < 1000; ++i) {
            engine::RunRecord run;
            run.time = start.addSecs(i * 60);
            run.server = QStringLiteral("OLD%1").arg(i % 40);
            run.caName = QStringLiteral("Old CA %1").arg(i % 40);
            run.source = engine::RunSource::Wizard;
            run.outcome = i % 7 == 0 ? engine::RunOutcome::Failed : engine::RunOutcome::Succeeded;
            run.hresult = i % 7 == 0 ? QStringLiteral("0x800706BA") : QString();
            QVERIFY(log.append(run));
        }
        ui::MainWindow::Settings settings;
        settings.defaultDestination = m_sim->path(QStringLiteral("backups"));
        ui::MainWindow::saveSettings(settings);

        m_heartbeat.start();
        m_window = std::make_unique<ui::MainWindow>(m_library, QString());
        m_window->setSecretStore(std::make_unique<profiles::FakeSecretStore>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(waitForRefresh());
        // Opening the window builds its widgets on the GUI thread: printed, not bounded.
        qInfo("opening the main window: worst gap %lld ms", m_heartbeat.stop());
        QCOMPARE(history()->model()->rowCount(), 1000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_simulator.reset();
        for (const auto &[phase, worst] : m_gaps) {
            qInfo("%s: worst gap %lld ms (best attempt)", qPrintable(phase), worst);
        }
    }

    void refresh()
    {
        measure("refresh", [this] { refreshOnce(); });
    }
    void backup()
    {
        measure("backup", [this] { backupOnce(); });
    }
    void restore()
    {
        measure("restore", [this] { restoreOnce(); });
    }
    void quitDuringABackup()
    {
        measure("quit", [this] { quitOnce(); });
    }

    void bounded()
    {
        QCOMPARE(m_gaps.size(), size_t(4));
#ifdef CERTSRV_SANITIZED
        QSKIP("sanitizer builds print their figures; the bound holds for the Debug build");
#else
        for (const auto &[phase, worst] : m_gaps) {
            QVERIFY2(worst <= kBoundMs,
                     qPrintable(QStringLiteral("%1: the GUI thread was blocked for %2 ms (at most "
                                               "%3 ms allowed)")
                                    .arg(phase)
                                    .arg(worst)
                                    .arg(kBoundMs)));
        }
#endif
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CertSrvBackupManagerTests"));
    QApplication::setApplicationName(QStringLiteral("tst_responsiveness"));
    ui::initResources();
    TestResponsiveness test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_responsiveness.moc"
