// SPDX-License-Identifier: Apache-2.0
// The Windows build's desktop application under Wine: the main window opens, the backup wizard
// is walked with mouse and keys to a full backup of a live simulated CA through certadm-sim.dll
// (the daemon runs on Linux), and the set, the result page and the history agree.
// wine-cli.sh gui-wizard starts the CA and names it in CERTSRV_TEST_SERVER, CERTSRV_TEST_CA_NAME
// and CERTSRV_TEST_DEST; afterwards the Linux tools verify and replay the set.
#include "engine/catalog.h"
#include "engine/certadmloader.h"
#include "fakesecretstore.h"
#include "ui/historymodel.h"
#include "ui/mainwindow.h"
#include "profiles/profilestore.h"
#include "ui/progresspage.h"
#include "engine/runlog.h"
#include "ui/uiresources.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QFile>
#include <QTableView>
#include <QTest>

#include <memory>

class TestBackupWizardWindows final : public QObject {
    Q_OBJECT
private:
    QString m_server;
    QString m_caName;
    QString m_destination;
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    std::unique_ptr<ui::MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = qEnvironmentVariable("CERTSRV_TEST_SERVER");
        m_caName = qEnvironmentVariable("CERTSRV_TEST_CA_NAME");
        m_destination = qEnvironmentVariable("CERTSRV_TEST_DEST");
        QVERIFY2(!m_server.isEmpty() && !m_caName.isEmpty() && !m_destination.isEmpty(),
                 "run through tests/windows/wine-cli.sh gui-wizard, which starts the CA");
        QString error;
        m_library = engine::loadCertadmLibrary(
            QCoreApplication::applicationDirPath() + QStringLiteral("/certadm-sim.dll"), &error);
        QVERIFY2(m_library, qPrintable(error));
        ui::initResources();
        QFile::remove(engine::RunLog().path());
        QFile::remove(profiles::ProfileStore().path());
        m_window = std::make_unique<ui::MainWindow>(m_library, QString());
        m_window->setSecretStore(std::make_unique<profiles::FakeSecretStore>());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fullBackupThroughTheWizard()
    {
        ui::BackupWizard *wizard = m_window->openWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        testing::WizardWalk walk;
        walk.server = m_server;
        // A server typed in is not yet known by its CA name (Windows discovers only the local CA):
        // the set's CA folder is named after the backup learned it, checked below.
        walk.destination = m_destination;
        testing::walkToStart(wizard, walk);
        QVERIFY(!QTest::currentTestFailed());
        QLabel *result = testing::resultLabel(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 120000);
        QVERIFY2(result->text().contains(ui::ProgressPage::tr("Backup complete.")),
                 qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("Verified")));

        const engine::Catalog catalog = engine::Catalog::scan(m_destination);
        QCOMPARE(catalog.sets.size(), 1);
        QCOMPARE(catalog.sets.first().manifest.server, m_server);
        QCOMPARE(catalog.sets.first().manifest.caName, m_caName);
        QCOMPARE(catalog.sets.first().manifest.type, engine::SetType::Full);

        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(m_window->wizard() == nullptr);
        auto *history = m_window->findChild<QTableView *>(QStringLiteral("historyTable"));
        QTRY_VERIFY(history->model()->rowCount() >= 1);
        QCOMPARE(history->model()->index(0, ui::HistoryModel::ServerColumn).data().toString(),
                 m_server);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestBackupWizardWindows)
#include "tst_backupwizard_windows.moc"
