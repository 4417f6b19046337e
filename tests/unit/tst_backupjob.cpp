// SPDX-License-Identifier: Apache-2.0
// The backup job against a scripted certadm library: the set on disk, the manifest, and every
// failure path leaving no visible set, no open context and untruncated logs.
#include "engine/backuprunner.h"
#include "engine/catalog.h"
#include "certadm/certadmlibrary.h"
#include "fakecertadmstate.h"
#include "setclock.h"
#include "engine/setverifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace engine;

class TestBackupJob final : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    FakeCertadmState *m_state = nullptr;
    std::unique_ptr<QTemporaryDir> m_dest;

    // Runs one backup into *result; false (and the test fails) when it does not finish in time,
    // so that a hung job is never taken for a failed one.
    [[nodiscard]] bool runBackup(BackupResult *result, SetType type, bool keepLogs = false,
                                 QList<BackupProgress> *updates = nullptr,
                                 int cancelAfterUpdates = -1)
    {
        BackupRequest request;
        request.server = QStringLiteral("FAKE");
        request.type = type;
        request.destination = m_dest->path();
        request.keepLogs = keepLogs;
        request.library = m_library;
        request.bufferSize = 64 * 1024;
        BackupRunner runner;
        int seen = 0;
        connect(&runner, &BackupRunner::progress, this, [&](const BackupProgress &p) {
            if (updates != nullptr) {
                updates->append(p);
            }
            if (++seen == cancelAfterUpdates) {
                runner.cancel();
            }
        });
        QSignalSpy finished(&runner, &BackupRunner::finished);
        if (!runner.start(request)) {
            qWarning("the runner did not start the backup");
            return false;
        }
        if (!finished.wait(30000)) {
            qWarning("the backup did not finish within 30 s");
            return false;
        }
        *result = finished.at(0).at(0).value<BackupResult>();
        return true;
    }

    QStringList visibleFiles() const
    {
        QStringList files;
        QDirIterator it(m_dest->path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(QDir(m_dest->path()).relativeFilePath(it.next()));
        }
        return files;
    }

    void expectNothingLeft()
    {
        QCOMPARE(m_state->contextsOpen, 0);
        QCOMPARE(m_state->openNow, 0);
        QCOMPARE(m_state->truncates, 0);
        QCOMPARE(m_state->listsAllocated, m_state->listsFreed);
        for (const QString &path : visibleFiles()) {
            QVERIFY2(path == QLatin1String("Fake CA"), qPrintable(path));
        }
        QCOMPARE(Catalog::scan(m_dest->path()).sets.size(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerEngineMetaTypes();
        std::string error;
        m_library = certadm::CertadmLibrary::load(FAKECERTADM_PATH, error);
        QVERIFY2(m_library, error.c_str());
        m_state = fakeCertadmState(FAKECERTADM_PATH);
        QVERIFY(m_state != nullptr);
    }

    void init()
    {
        *m_state = FakeCertadmState();
        m_dest = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dest->isValid());
    }

    void fullBackup()
    {
        m_state->maxRead = 5000; // short answers: the job must keep reading to the size
        QList<BackupProgress> updates;
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full, false, &updates));
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(result.caName, QStringLiteral("Fake CA"));
        QCOMPARE(result.files, 5); // certbkxp.dat, the database, three logs
        QCOMPARE(result.logGenerationLow, 1u);
        QCOMPARE(result.logGenerationHigh, 3u);
        QVERIFY(result.logsTruncated);
        QCOMPARE(m_state->truncates, 1);
        QCOMPARE(m_state->ends, 1);
        QCOMPARE(m_state->contextsOpen, 0);
        QCOMPARE(m_state->opens, m_state->closes);
        QCOMPARE(m_state->listsAllocated, m_state->listsFreed);

        QVERIFY(QFileInfo(result.setPath).fileName().endsWith(QLatin1String("-full")));
        QCOMPARE(QFileInfo(result.setPath).dir().dirName(), QStringLiteral("Fake CA"));
        QFile db(result.setPath + QStringLiteral("/DataBase/Fake CA.edb"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QCOMPARE(bytes.size(), qsizetype(m_state->databaseSize));
        for (qsizetype i = 0; i < bytes.size(); i += 4093) {
            QCOMPARE(static_cast<unsigned char>(bytes.at(i)), fakeCertadmByte(0, i));
        }
        QVERIFY(QFileInfo::exists(result.setPath + QStringLiteral("/DataBase/edb00003.log")));
        QVERIFY(QFileInfo::exists(result.setPath + QStringLiteral("/DataBase/certbkxp.dat")));

        const VerifyReport report = SetVerifier::verify(result.setPath);
        QVERIFY2(report.ok, qPrintable(report.summary()));
        QCOMPARE(report.manifest.dynamicFiles.size(), 1);
        QCOMPARE(report.manifest.restoreLocations.size(), 3);
        QCOMPARE(report.manifest.server, QStringLiteral("FAKE"));

        QVERIFY(!updates.isEmpty());
        // Progress counts what came from the server; certbkxp.dat is written by the job itself.
        QCOMPARE(updates.last().bytesDone,
                 result.bytes -
                     QFileInfo(result.setPath + QStringLiteral("/DataBase/certbkxp.dat")).size());
        QCOMPARE(updates.last().bytesTotal, updates.last().bytesDone);
        QVERIFY(!updates.last().totalIsEstimate);
    }

    void keepLogsDoesNotTruncate()
    {
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full, true));
        QVERIFY(result.succeeded());
        QVERIFY(!result.logsTruncated);
        QCOMPARE(m_state->truncates, 0);
    }

    void logsOnlyExtendsTheFullSet()
    {
        BackupResult full;
        QVERIFY(runBackup(&full, SetType::Full));
        QVERIFY(full.succeeded());
        // The server lists the logs after the full set's: generations 4 and 5.
        m_state->firstLogGeneration = 4;
        m_state->logCount = 2;
        // A set name is per second: the logs-only set starts in a later second, sorting after.
        QVERIFY(testing::waitForANewSecond(testing::setNameTime(full.setPath)));
        BackupResult logs;
        QVERIFY(runBackup(&logs, SetType::LogsOnly));
        QVERIFY2(logs.succeeded(), qPrintable(logs.message));
        QVERIFY(!logs.logsTruncated);
        QCOMPARE(m_state->truncates, 1); // only the full backup's
        QVERIFY(logs.setPath.endsWith(QLatin1String("-logs")));
        QVERIFY(logs.warnings.isEmpty());
        QVERIFY(!QFileInfo::exists(logs.setPath + QStringLiteral("/DataBase/Fake CA.edb")));
        const VerifyReport report = SetVerifier::verify(logs.setPath);
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char(';'))));
        QCOMPARE(report.manifest.baseFullSet, QFileInfo(full.setPath).fileName());
        QCOMPARE(report.manifest.extendsSet, QFileInfo(full.setPath).fileName());
        QCOMPARE(report.chain.size(), 2);

        // Logs that do not continue any set here: the set is kept, with a warning.
        m_state->firstLogGeneration = 9;
        QVERIFY(testing::waitForANewSecond(testing::setNameTime(logs.setPath)));
        BackupResult orphan;
        QVERIFY(runBackup(&orphan, SetType::LogsOnly));
        QVERIFY(orphan.succeeded());
        QCOMPARE(orphan.warnings.size(), 1);
        QVERIFY(orphan.warnings.first().contains(QStringLiteral("generation 8")));
        QVERIFY(!SetVerifier::verify(orphan.setPath).ok);
    }

    void readFailureLeavesNothing()
    {
        m_state->readFailAfter = 100000;
        m_state->readHr = static_cast<HRESULT>(0x8007001Eu);
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QCOMPARE(result.hresult, static_cast<HRESULT>(0x8007001Eu));
        QCOMPARE(result.failedCall, QStringLiteral("CertSrvBackupRead"));
        QVERIFY(!result.action.isEmpty());
        expectNothingLeft();
    }

    void prepareDeniedNeedsElevation()
    {
        m_state->prepareHr = static_cast<HRESULT>(0x80070005u);
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.category, certadm::ErrorCategory::NeedsElevation);
        QCOMPARE(m_state->ends, 0);
        expectNothingLeft();
    }

    void offlineAndPaused()
    {
        m_state->onlineHr = static_cast<HRESULT>(0x800706BAu);
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.category, certadm::ErrorCategory::ServerUnavailable);
        QCOMPARE(m_state->prepares, 0);
        m_state->onlineHr = 0;
        m_state->online = 0;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.category, certadm::ErrorCategory::ServerUnavailable);
        QVERIFY(result.message.contains(QStringLiteral("paused")));
        QCOMPARE(m_state->prepares, 0);
    }

    void serverEndsEarly()
    {
        m_state->shortByBytes = 10;
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QVERIFY(result.message.contains(QStringLiteral("ended")));
        expectNothingLeft();
    }

    void serverSendsMoreThanAnnounced_data()
    {
        QTest::addColumn<qint64>("databaseSize");
        QTest::addColumn<qint64>("extra");
        // The surplus arrives inside the last Read of the file.
        QTest::newRow("within a read") << qint64(300000) << qint64(10);
        // The announced size ends exactly on a buffer boundary; the surplus comes after it.
        QTest::newRow("after the announced end") << qint64(4 * 65536) << qint64(1);
        // Much more, over several Reads.
        QTest::newRow("several reads") << qint64(300000) << qint64(200000);
    }

    void serverSendsMoreThanAnnounced()
    {
        QFETCH(qint64, databaseSize);
        QFETCH(qint64, extra);
        m_state->databaseSize = databaseSize;
        m_state->extraBytes = extra;
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QCOMPARE(result.failedCall, QStringLiteral("CertSrvBackupRead"));
        QVERIFY2(result.message.contains(QStringLiteral("more of")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("Fake CA.edb")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QString::number(databaseSize)),
                 qPrintable(result.message));
        QCOMPARE(m_state->ends, 1);
        expectNothingLeft();
    }

    void readLargerThanItsBufferRefused()
    {
        m_state->overReport = 1;
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QCOMPARE(result.failedCall, QStringLiteral("CertSrvBackupRead"));
        QVERIFY2(result.message.contains(QStringLiteral("more bytes than the buffer holds")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("300000")), qPrintable(result.message));
        QCOMPARE(m_state->ends, 1);
        expectNothingLeft();
    }

    void hostileNamesRefused_data()
    {
        QTest::addColumn<QString>("logName");
        QTest::newRow("parent") << QStringLiteral("\\\\FAKE\\C$\\..");
        QTest::newRow("device") << QStringLiteral("\\\\FAKE\\C$\\CON");
        QTest::newRow("restore map") << QStringLiteral("\\\\FAKE\\C$\\certbkxp.dat");
        QTest::newRow("database name") << QStringLiteral("\\\\FAKE\\X\\fake ca.EDB");
    }

    void hostileNamesRefused()
    {
        QFETCH(QString, logName);
        const std::u16string name = logName.toStdU16String();
        std::copy(name.begin(), name.end(), m_state->logNameOverride);
        m_state->logNameOverride[name.size()] = 0;
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QCOMPARE(result.failedCall, QStringLiteral("name check"));
        expectNothingLeft();
    }

    void duplicateNamesRefused()
    {
        m_state->duplicateLog = 1;
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QCOMPARE(result.outcome, BackupResult::Outcome::Failed);
        QVERIFY(result.message.contains(QStringLiteral("same local file")));
        expectNothingLeft();
    }

    void cancelMidway()
    {
        m_state->databaseSize = 50 * 1024 * 1024;
        m_state->maxRead = 4096; // many small reads: progress arrives while the copy runs
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full, false, nullptr, 2));
        QCOMPARE(result.outcome, BackupResult::Outcome::Cancelled);
        QCOMPARE(m_state->ends, 1);
        expectNothingLeft();
    }

    void truncateFailureKeepsTheSet()
    {
        m_state->truncateHr = static_cast<HRESULT>(0xC8000209u);
        BackupResult result;
        QVERIFY(runBackup(&result, SetType::Full));
        QVERIFY(result.succeeded());
        QVERIFY(!result.logsTruncated);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(SetVerifier::verify(result.setPath).ok);
    }
};

QTEST_GUILESS_MAIN(TestBackupJob)
#include "tst_backupjob.moc"
