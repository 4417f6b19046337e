// SPDX-License-Identifier: Apache-2.0
// A run (mostly of a profile) against a scripted certadm library and a fake keychain: the password
// from the secret store, every outcome in the run log as "profile:NAME", keychain trouble said in
// words before anything is prepared, the CA name learned, and retention after a good run.
#include "certadm/certadmlibrary.h"
#include "fakecertadmstate.h"
#include "fakesecretstore.h"
#include "profiles/runcontroller.h"
#include "profiles/profilestore.h"
#include "setclock.h"
#include "engine/setverifier.h"
#include "testkeypair.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace profiles;

class TestRunController final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    FakeCertadmState *m_state = nullptr;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;

    QString runLogPath() const { return m_work->filePath(QStringLiteral("runs.jsonl")); }

    Profile profile(bool includeKey = false, int keepFull = 0)
    {
        Profile p;
        p.name = QStringLiteral("Nightly");
        p.server = QStringLiteral("FAKE");
        p.destination = m_work->filePath(QStringLiteral("dest"));
        p.includeKey = includeKey;
        p.keepFull = keepFull;
        return p;
    }

    // Runs the profile into *result; false (and the test fails) when the run does not start or
    // does not finish in time, so that a hung run is never taken for a failed one.
    [[nodiscard]] bool run(RunResult *result, const Profile &p, const QString &typed = QString(),
                           int secretTimeoutMs = 5000, bool cancelAtOnce = false)
    {
        RunController runner(m_secrets.get());
        runner.setRunLog(engine::RunLog(runLogPath()));
        runner.setProfileStore(m_store.get());
        runner.setSecretTimeout(secretTimeoutMs);
        QSignalSpy finished(&runner, &RunController::finished);
        if (!runner.start(RunSpec::forProfile(p, m_library, typed))) {
            qWarning("the run did not start");
            return false;
        }
        if (cancelAtOnce) {
            runner.cancel();
        }
        if (finished.isEmpty() && !finished.wait(30000)) {
            qWarning("the run did not finish within 30 s");
            return false;
        }
        *result = finished.at(0).at(0).value<RunResult>();
        return true;
    }

    // The newest record of the run log into *record; false when the log holds none.
    [[nodiscard]] bool lastRecord(engine::RunRecord *record) const
    {
        const QList<engine::RunRecord> records = engine::RunLog(runLogPath()).read();
        if (records.isEmpty()) {
            qWarning("the run log holds no record");
            return false;
        }
        *record = records.constLast();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("CERTSRV_SIM_HOME", QFile::encodeName(m_home.path()));
        const TestKeyPair pair(QStringLiteral("Fake CA"));
        QVERIFY(pair.install(m_home.filePath(QStringLiteral("servers/FAKE"))));
        std::string error;
        m_library = certadm::CertadmLibrary::load(FAKECERTADM_PATH, error);
        QVERIFY2(m_library, error.c_str());
        m_state = fakeCertadmState(FAKECERTADM_PATH);
        QVERIFY(m_state != nullptr);
    }

    void init()
    {
        *m_state = FakeCertadmState();
        m_work = std::make_unique<QTemporaryDir>();
        m_secrets = std::make_unique<FakeSecretStore>();
        m_store = std::make_unique<ProfileStore>(m_work->filePath(QStringLiteral("profiles.ini")));
        QString error;
        QVERIFY(m_store->save(profile(), &error));
    }

    void runIsLoggedAndLearnsTheCaName()
    {
        RunResult result;
        QVERIFY(run(&result, profile()));
        QVERIFY2(result.backup.succeeded(), qPrintable(result.backup.message));
        QCOMPARE(result.profileName, QStringLiteral("Nightly"));
        QVERIFY(result.runLogError.isEmpty());
        QVERIFY(result.backup.verified); // profiles verify after the backup by default
        engine::RunRecord record;
        QVERIFY(lastRecord(&record));
        QCOMPARE(record.source, engine::RunSource::Profile);
        QCOMPARE(record.profileName, QStringLiteral("Nightly"));
        QCOMPARE(record.outcome, engine::RunOutcome::Succeeded);
        QCOMPARE(record.caName, QStringLiteral("Fake CA"));
        QVERIFY(!result.retentionRan); // keepFull 0
        ProfileStore reread(m_store->path());
        QString error;
        QVERIFY(reread.load(&error));
        QCOMPARE(reread.find(QStringLiteral("nightly"))->caName, QStringLiteral("Fake CA"));
    }

    void keyPasswordFromTheSecretStore()
    {
        QVERIFY(m_secrets
                    ->writeBlocking(keyPasswordSecretKey(QStringLiteral("Nightly")),
                                    QStringLiteral("from keychain"))
                    .ok());
        RunResult result;
        QVERIFY(run(&result, profile(true)));
        QVERIFY2(result.backup.succeeded(), qPrintable(result.backup.message));
        QCOMPARE(result.backup.caKeyFile, QStringLiteral("Fake CA.p12"));
        QVERIFY(result.backup.verified);
        QVERIFY(result.backup.verifySummary.contains(QStringLiteral("CA key opened")));
        const engine::VerifyReport report = engine::SetVerifier::verify(
            result.backup.setPath, {}, nullptr, QStringLiteral("from keychain"));
        QCOMPARE(report.caKey, engine::CaKeyState::Verified);

        // A password typed for this run wins over the stored one.
        QVERIFY(testing::waitForANewSecond(testing::setNameTime(result.backup.setPath)));
        RunResult typed;
        QVERIFY(run(&typed, profile(true), QStringLiteral("typed")));
        QVERIFY(typed.backup.succeeded());
        QCOMPARE(
            engine::SetVerifier::verify(typed.backup.setPath, {}, nullptr, QStringLiteral("typed"))
                .caKey,
            engine::CaKeyState::Verified);
    }

    void keychainTroubleFailsBeforePrepare_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("words");
        QTest::newRow("unavailable") << int(SecretStatus::Unavailable) << "not available";
        QTest::newRow("locked") << int(SecretStatus::Denied) << "locked or refused";
        QTest::newRow("no answer") << int(SecretStatus::TimedOut) << "did not answer";
        QTest::newRow("not stored") << int(SecretStatus::NotFound) << "No CA key password";
    }

    void keychainTroubleFailsBeforePrepare()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, words);
        m_secrets->setBehaviour(static_cast<SecretStatus>(behaviour), QStringLiteral("detail"));
        RunResult result;
        QVERIFY(run(&result, profile(true), QString(), 300));
        QCOMPARE(result.backup.outcome, engine::BackupResult::Outcome::Failed);
        QCOMPARE(result.backup.failedCall, QStringLiteral("key password"));
        QVERIFY2(result.backup.message.contains(words), qPrintable(result.backup.message));
        QVERIFY(!result.backup.action.isEmpty());
        QCOMPARE(m_state->prepares, 0);
        // The failed unattended run is in the run log for the main window to show.
        engine::RunRecord record;
        QVERIFY(lastRecord(&record));
        QCOMPARE(record.source, engine::RunSource::Profile);
        QCOMPARE(record.profileName, QStringLiteral("Nightly"));
        QCOMPARE(record.outcome, engine::RunOutcome::Failed);
        QVERIFY(record.message.contains(words));
    }

    void askEachTimeNeedsATypedPassword()
    {
        Profile p = profile(true);
        p.keyPasswordSource = KeyPasswordSource::AskEachTime;
        RunResult result;
        QVERIFY(run(&result, p));
        QCOMPARE(result.backup.outcome, engine::BackupResult::Outcome::Failed);
        QVERIFY(result.backup.message.contains(QStringLiteral("asks for the CA key password")));
        QCOMPARE(m_secrets->calls(), 0); // the keychain is not even asked
        QCOMPARE(m_state->prepares, 0);
        RunResult typed;
        QVERIFY(run(&typed, p, QStringLiteral("typed")));
        QVERIFY(typed.backup.succeeded());
    }

    void cancelWhileWaitingForTheKeychain()
    {
        m_secrets->setBehaviour(SecretStatus::TimedOut);
        RunResult result;
        QVERIFY(run(&result, profile(true), QString(), 10000, true));
        QCOMPARE(result.backup.outcome, engine::BackupResult::Outcome::Cancelled);
        engine::RunRecord record;
        QVERIFY(lastRecord(&record));
        QCOMPARE(record.outcome, engine::RunOutcome::Cancelled);
        QCOMPARE(m_state->prepares, 0);
    }

    void retentionAfterAGoodRun()
    {
        RunResult first;
        QVERIFY(run(&first, profile(false, 1)));
        QVERIFY(first.backup.succeeded());
        QVERIFY(first.retentionRan);
        QVERIFY(first.retention.removed.isEmpty());
        QVERIFY(testing::waitForANewSecond(testing::setNameTime(first.backup.setPath)));
        RunResult second;
        QVERIFY(run(&second, profile(false, 1)));
        QVERIFY(second.backup.succeeded());
        QVERIFY(second.retentionRan);
        QCOMPARE(second.retention.removed, QStringList{first.backup.setPath});
        QVERIFY(!QFileInfo::exists(first.backup.setPath));
        QVERIFY(QFileInfo::exists(second.backup.setPath));
        engine::RunRecord record;
        QVERIFY(lastRecord(&record));
        QCOMPARE(record.pruned, QStringList{first.backup.setPath});
    }

    void aFailedTestRestoreStopsRetentionAndIsRecorded()
    {
        // The fake library has no recovery functions: the drill of the new set fails, in words.
        Profile p = profile(false, 1);
        p.drillAfter = true;
        RunResult result;
        QVERIFY(run(&result, p));
        QVERIFY2(result.backup.succeeded(), qPrintable(result.backup.message));
        QVERIFY(result.drillRan);
        QCOMPARE(result.drill.outcome, engine::RunOutcome::Failed);
        QVERIFY(result.drill.drill);
        QCOMPARE(result.drill.setPath, result.backup.setPath);
        QVERIFY(!result.retentionRan);
        QVERIFY(result.retentionSkipped.contains(QStringLiteral("test restore")));
        QVERIFY(QFileInfo::exists(result.backup.setPath)); // the set itself is kept
        const QList<engine::RunRecord> records = engine::RunLog(runLogPath()).read();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).kind, engine::RunKind::Backup);
        QCOMPARE(records.at(0).outcome, engine::RunOutcome::Succeeded);
        QCOMPARE(records.at(1).kind, engine::RunKind::Drill);
        QCOMPARE(records.at(1).outcome, engine::RunOutcome::Failed);
        QCOMPARE(records.at(1).profileName, QStringLiteral("Nightly"));
    }

    void cancelDuringRetentionEndsTheRunOnce()
    {
        RunResult first;
        QVERIFY(run(&first, profile(false, 1)));
        QVERIFY(first.backup.succeeded());
        Profile p = profile(false, 1);
        p.verifyAfter = false; // retention right after the commit
        RunController controller(m_secrets.get());
        controller.setRunLog(engine::RunLog(runLogPath()));
        controller.setProfileStore(m_store.get());
        QSignalSpy finished(&controller, &RunController::finished);
        // From the commit on, the operator keeps pressing Cancel: the set stays, retention
        // finishes what it started, and the run ends once, as a success.
        QTimer hammer;
        hammer.setInterval(0);
        connect(&hammer, &QTimer::timeout, &controller, &RunController::cancel);
        connect(&controller, &RunController::stateChanged, this, [&](engine::JobState state) {
            if (state == engine::JobState::Committed) {
                hammer.start();
            }
        });
        const qsizetype recordsBefore = engine::RunLog(runLogPath()).read().size();
        QVERIFY(controller.start(RunSpec::forProfile(p, m_library)));
        QVERIFY(finished.wait(30000));
        hammer.stop();
        QCOMPARE(finished.size(), 1);
        const auto result = finished.at(0).at(0).value<RunResult>();
        QVERIFY2(result.backup.succeeded(), qPrintable(result.backup.message));
        QVERIFY(result.retentionRan);
        QCOMPARE(result.retention.removed, QStringList{first.backup.setPath});
        QVERIFY(!controller.isRunning());
        QCOMPARE(engine::RunLog(runLogPath()).read().size(), recordsBefore + 1);
    }

    void cancelAfterTheCommitKeepsTheSet()
    {
        RunController controller(m_secrets.get());
        controller.setRunLog(engine::RunLog(runLogPath()));
        controller.setProfileStore(m_store.get());
        QSignalSpy finished(&controller, &RunController::finished);
        connect(&controller, &RunController::stateChanged, this, [&](engine::JobState state) {
            if (state == engine::JobState::Committed) {
                QVERIFY(controller.isCommitted());
                controller.cancel();
            }
        });
        QVERIFY(controller.start(RunSpec::forProfile(profile(), m_library)));
        QVERIFY(finished.wait(30000));
        const auto result = finished.at(0).at(0).value<RunResult>();
        // Not "cancelled", not "verification failed": complete, kept, and not verified.
        QCOMPARE(result.backup.outcome, engine::BackupResult::Outcome::Succeeded);
        QVERIFY(result.backup.verifySkipped);
        QVERIFY(!result.backup.verified);
        QVERIFY(QFileInfo::exists(result.backup.setPath));
        QVERIFY(result.backup.warnings.join(' ').contains(QStringLiteral("Not verified")));
        engine::RunRecord record;
        QVERIFY(lastRecord(&record));
        QCOMPARE(record.outcome, engine::RunOutcome::Succeeded);
    }

    void aProfileRunLearnsTheCaNameInTheAccountsStore()
    {
        // Without a store given (as the GUI's "Back up now" runs), the account's own is used.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QByteArray savedConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        ProfileStore accountStore;
        QString error;
        QVERIFY(accountStore.load(&error));
        QVERIFY2(accountStore.save(profile(), &error), qPrintable(error));
        RunController controller(m_secrets.get());
        controller.setRunLog(engine::RunLog(runLogPath()));
        QSignalSpy finished(&controller, &RunController::finished);
        QVERIFY(controller.start(RunSpec::forProfile(profile(), m_library)));
        QVERIFY(finished.wait(30000));
        ProfileStore reread(accountStore.path());
        QVERIFY(reread.load(&error));
        QCOMPARE(reread.find(QStringLiteral("Nightly"))->caName, QStringLiteral("Fake CA"));
        if (savedConfig.isEmpty()) {
            qunsetenv("XDG_CONFIG_HOME");
        } else {
            qputenv("XDG_CONFIG_HOME", savedConfig);
        }
    }

    void retentionSkippedWhenTheCaChanged()
    {
        Profile p = profile(false, 1);
        p.caName = QStringLiteral("Another CA");
        RunResult first;
        QVERIFY(run(&first, p));
        QVERIFY(first.backup.succeeded());
        QVERIFY(testing::waitForANewSecond(testing::setNameTime(first.backup.setPath)));
        RunResult second;
        QVERIFY(run(&second, p));
        QVERIFY(second.backup.succeeded());
        QVERIFY(!second.retentionRan);
        QVERIFY(second.retentionSkipped.contains(QStringLiteral("Another CA")));
        QVERIFY(second.backup.warnings.join(' ').contains(QStringLiteral("Retention skipped")));
        QVERIFY(QFileInfo::exists(first.backup.setPath));
    }
};

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
