// SPDX-License-Identifier: Apache-2.0
// The restore wizard against simulated CAs, offscreen: a restore walked page by page (the CA name
// must be typed before Restore is possible; the CA runs afterwards on the restored database), a
// test restore that touches no CA, and a set that cannot be restored stopping on page 1.
#include "ui/backupwizard.h"
#include "ui/restorewizard.h"
#include "engine/runlog.h"
#include "guisimulator.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

class TestRestoreWizard final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<testing::GuiSimulator> m_simulator;
    testing::SimulatorFixture *m_sim = nullptr;
    std::shared_ptr<const certadm::CertadmLibrary> m_library;

    QString fullSet(const QString &server)
    {
        const testing::ProcessRun run = m_sim->run(
            QStringLiteral("certsrv-backup-cli"),
            {QStringLiteral("backup"), QStringLiteral("--server"), server, QStringLiteral("--type"),
             QStringLiteral("full"), QStringLiteral("--dest"), m_sim->path(QStringLiteral("sets")),
             QStringLiteral("--no-verify"), QStringLiteral("--json")});
        return run.exitCode == 0 ? run.json().value(QStringLiteral("set")).toString() : QString();
    }
    static QAbstractButton *next(QWizard *wizard) { return wizard->button(QWizard::NextButton); }
    bool running(const QString &server) const
    {
        return m_sim->status(server).value(QStringLiteral("running")).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_simulator = std::make_unique<testing::GuiSimulator>();
        QVERIFY2(m_simulator->ready(), qPrintable(m_simulator->error()));
        m_sim = m_simulator->fixture();
        m_library = m_simulator->library();
    }

    void restoreNeedsTheTypedNameAndLeavesTheCaRunning()
    {
        QString error;
        QVERIFY2(m_sim->createAndStart(QStringLiteral("WIZCA"), {}, &error), qPrintable(error));
        const QString set = fullSet(QStringLiteral("WIZCA"));
        QVERIFY(!set.isEmpty());

        ui::RestoreWizard wizard(ui::RestoreWizard::Mode::Restore, m_library, set);
        QSignalSpy finished(&wizard, &ui::RestoreWizard::restoreFinished);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(next(&wizard)->isEnabled(), 10000);
        QCOMPARE(wizard.findChild<QListWidget *>(QStringLiteral("chainList"))->count(), 1);
        QTest::mouseClick(next(&wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::RestoreWizard::TargetPageId));
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->text(),
                 QStringLiteral("WIZCA"));
        QTRY_VERIFY(next(&wizard)->isEnabled());
        QTest::mouseClick(next(&wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::RestoreWizard::ConfirmPageId));
        QAbstractButton *restore = wizard.button(QWizard::CommitButton);
        QVERIFY(!restore->isEnabled());
        auto *typed = wizard.findChild<QLineEdit *>(QStringLiteral("typedCaName"));
        QTest::keyClicks(typed, QStringLiteral("WIZCA Issuing C"));
        QVERIFY(!restore->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("A"));
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::RestoreWizard::ProgressPageId));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto result = finished.first().first().value<engine::RestoreResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QVERIFY(result.serviceStarted);
        QVERIFY(running(QStringLiteral("WIZCA")));
        auto *label = wizard.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("full backup")), qPrintable(label->text()));
        QVERIFY(
            wizard.findChild<QAbstractButton *>(QStringLiteral("fullBackupButton"))->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void testRestoreTouchesNoCa()
    {
        QString error;
        QVERIFY2(m_sim->createAndStart(QStringLiteral("DRILLCA"),
                                       {QStringLiteral("--issue-rate"), QStringLiteral("100")},
                                       &error),
                 qPrintable(error));
        const QString set = fullSet(QStringLiteral("DRILLCA"));
        QVERIFY(!set.isEmpty());
        ui::RestoreWizard wizard(ui::RestoreWizard::Mode::Drill, m_library, set);
        QSignalSpy finished(&wizard, &ui::RestoreWizard::restoreFinished);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *test = wizard.button(QWizard::CommitButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 10000);
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::RestoreWizard::ProgressPageId));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto result = finished.first().first().value<engine::RestoreResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QVERIFY(result.certificates >= 3000);
        QVERIFY(running(QStringLiteral("DRILLCA")));
    }

    void germanAllTheWay()
    {
        QString error;
        QVERIFY2(m_sim->createAndStart(QStringLiteral("DECA"), {}, &error), qPrintable(error));
        const QString set = fullSet(QStringLiteral("DECA"));
        QVERIFY(!set.isEmpty());
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/certsrv-backup_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto removeTranslator =
            qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });

        ui::RestoreWizard wizard(ui::RestoreWizard::Mode::Restore, m_library, set);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(next(&wizard)->isEnabled(), 10000);
        // Each page's texts come from the German catalogue, not the English source.
        const QStringList english{QStringLiteral("Restore: choose the set"),
                                  QStringLiteral("Restore: target and contents"),
                                  QStringLiteral("Restore: confirm")};
        QStringList seen;
        for (int page = 0; page < 3; ++page) {
            QWizardPage *current = wizard.currentPage();
            QVERIFY(!current->title().isEmpty());
            QVERIFY2(!english.contains(current->title()), qPrintable(current->title()));
            QVERIFY2(!current->subTitle().startsWith(QStringLiteral("The ")) &&
                         !current->subTitle().startsWith(QStringLiteral("A restore")) &&
                         !current->subTitle().startsWith(QStringLiteral("Read ")),
                     qPrintable(current->subTitle()));
            for (const QAbstractButton *button : current->findChildren<QAbstractButton *>()) {
                seen << button->text();
            }
            if (page < 2) {
                QTRY_VERIFY(next(&wizard)->isEnabled());
                QTest::mouseClick(next(&wizard), Qt::LeftButton);
            }
        }
        QVERIFY(!seen.isEmpty());
        for (const QString &text : std::as_const(seen)) {
            QVERIFY2(!text.contains(QStringLiteral("the CA")) &&
                         !text.contains(QStringLiteral("only")) &&
                         !text.contains(QStringLiteral("Browse")),
                     qPrintable(text));
        }
        QVERIFY2(wizard.button(QWizard::CommitButton)->text() != QStringLiteral("&Restore"),
                 qPrintable(wizard.button(QWizard::CommitButton)->text()));
    }

    void unrestorableSetStopsOnTheFirstPage()
    {
        QString error;
        QVERIFY2(m_sim->createAndStart(QStringLiteral("BADCA"), {}, &error), qPrintable(error));
        const QString set = fullSet(QStringLiteral("BADCA"));
        QVERIFY(!set.isEmpty());
        QVERIFY(QFile::remove(set + QStringLiteral("/DataBase/BADCA Issuing CA.edb")));
        ui::RestoreWizard wizard(ui::RestoreWizard::Mode::Restore, m_library, set);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *status = wizard.findChild<QLabel *>(QStringLiteral("setStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("cannot be restored")),
                                 10000);
        QVERIFY(!next(&wizard)->isEnabled());
        QVERIFY(running(QStringLiteral("BADCA")));
    }
};

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
