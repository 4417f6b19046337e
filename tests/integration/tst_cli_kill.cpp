// SPDX-License-Identifier: Apache-2.0
// certsrv-backup-cli killed at random moments (SIGKILL: no handler runs, as after a crash or a
// power cut) during full and logs-only backups of a simulated CA that keeps issuing. After every
// kill: the server ends the orphaned context, no unfinished set stays visible once the next run
// has looked, logs were truncated only behind a complete full set, every visible set verifies,
// and the next run succeeds. Also: backups of different CAs to one destination at the same time.
// The kill moments come from a seeded generator; CERTSRV_TEST_SEED replays a run.
#include "simulatorfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <random>

using testing::ProcessRun;

class TestCliKill final : public QObject {
    Q_OBJECT
private:
    testing::SimulatorFixture m_sim{QStringLiteral(CERTSRV_BIN_DIR)};

    ProcessRun cli(const QStringList &args) const
    {
        return m_sim.run(QStringLiteral("certsrv-backup-cli"), args);
    }
    QStringList backupArgs(const QString &server, const QString &type,
                           const QString &destination) const
    {
        return {QStringLiteral("backup"),
                QStringLiteral("--server"),
                server,
                QStringLiteral("--type"),
                type,
                QStringLiteral("--dest"),
                destination,
                QStringLiteral("--json")};
    }
    int leakedContexts(const QString &server) const
    {
        return m_sim.status(server).value(QStringLiteral("leaked_contexts")).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.isValid()); }

    void killAnywhere()
    {
        bool seeded = false;
        const uint envSeed = qEnvironmentVariableIntValue("CERTSRV_TEST_SEED", &seeded);
        const uint seed = seeded ? envSeed : std::random_device{}();
        qInfo("seed %u (replay with CERTSRV_TEST_SEED=%u)", seed, seed);
        std::mt19937 random(seed);

        const QString server = QStringLiteral("KILLME");
        QString error;
        // Every request waits a little, so that a backup lasts long enough to be hit anywhere.
        QVERIFY2(m_sim.createAndStart(server,
                                      {QStringLiteral("--issue-rate"), QStringLiteral("100"),
                                       QStringLiteral("--fault"), QStringLiteral("stall=15")},
                                      &error),
                 qPrintable(error));
        const QString destination = m_sim.path(QStringLiteral("backups/kill"));

        // A complete full backup first: logs-only backups need one, and its length bounds the
        // kill moments.
        QElapsedTimer timer;
        timer.start();
        const ProcessRun first = cli(backupArgs(server, QStringLiteral("full"), destination));
        QVERIFY2(first.exitCode == 0, first.out + first.err);
        const int duration = static_cast<int>(timer.elapsed());

        const int rounds = qEnvironmentVariableIsSet("CERTSRV_KILL_ROUNDS")
                               ? qEnvironmentVariableIntValue("CERTSRV_KILL_ROUNDS")
                               : 12;
        int killedWithPartial = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString type = round % 2 == 0 ? QStringLiteral("full") : QStringLiteral("logs");
            const int delay = std::uniform_int_distribution<int>(0, duration * 11 / 10)(random);
            const qint64 lowBefore = m_sim.lowGeneration(server);
            const int leakedBefore = leakedContexts(server);

            QProcess victim;
            victim.setProcessEnvironment(m_sim.environment());
            victim.start(m_sim.binary(QStringLiteral("certsrv-backup-cli")),
                         backupArgs(server, type, destination));
            QVERIFY(victim.waitForStarted());
            QTest::qWait(delay); // the random moment is the point of this test
            const bool finishedFirst = !testing::killNow(victim);
            const bool hadPartial = !testing::unfinishedEntries(destination).isEmpty();
            killedWithPartial += hadPartial ? 1 : 0;
            qInfo("round %d: %s backup, killed after %d ms%s%s", round, qPrintable(type), delay,
                  finishedFirst ? " (it had already finished)" : "",
                  hadPartial ? ", unfinished set left" : "");

            // The daemon notices the dropped connection and ends the orphaned context on its own
            // (and counts it as leaked: the client never called End).
            QVERIFY2(m_sim.waitUntilNoBackup(server),
                     "the server still holds the killed run's backup context");
            QVERIFY(leakedContexts(server) - leakedBefore <= 1);

            // Truncation only behind a complete full set that holds the logs up to the new low.
            const qint64 lowAfter = m_sim.lowGeneration(server);
            const ProcessRun listed =
                cli({QStringLiteral("list"), destination, QStringLiteral("--json")});
            QCOMPARE(listed.exitCode, 0);
            const QJsonArray sets = listed.json().value(QStringLiteral("sets")).toArray();
            if (lowAfter != lowBefore) {
                bool covered = false;
                for (const QJsonValue &set : sets) {
                    const QJsonObject s = set.toObject();
                    covered =
                        covered ||
                        (s.value(QStringLiteral("type")).toString() == QLatin1String("full") &&
                         s.value(QStringLiteral("log_generation_high")).toInteger() >=
                             lowAfter - 1);
                }
                QVERIFY2(covered, qPrintable(QStringLiteral("logs truncated to %1 without a "
                                                            "complete set holding them")
                                                 .arg(lowAfter)));
            }
            // `list` reported and removed what the killed run left; nothing unfinished remains.
            for (const QJsonValue &partial :
                 listed.json().value(QStringLiteral("partial")).toArray()) {
                QCOMPARE(partial.toObject().value(QStringLiteral("state")).toString(),
                         QStringLiteral("stale"));
                QVERIFY(partial.toObject().value(QStringLiteral("removed")).toBool());
            }
            QCOMPARE(testing::unfinishedEntries(destination), QStringList());
            // Every visible set is whole.
            for (const QJsonValue &set : sets) {
                const QString path = set.toObject().value(QStringLiteral("set")).toString();
                const ProcessRun verified = cli({QStringLiteral("verify"), path});
                QVERIFY2(verified.exitCode == 0,
                         qPrintable(path + QLatin1Char(' ') + QString::fromUtf8(verified.out)));
            }
        }
        qInfo("%d of %d kills left an unfinished set behind", killedWithPartial, rounds);

        // The next run after a kill cleans up by itself (without `list`) and succeeds.
        QProcess victim;
        victim.setProcessEnvironment(m_sim.environment());
        victim.start(m_sim.binary(QStringLiteral("certsrv-backup-cli")),
                     backupArgs(server, QStringLiteral("full"), destination));
        QVERIFY(victim.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        auto writing = [&] {
            const QStringList found = testing::unfinishedEntries(destination);
            return std::any_of(found.begin(), found.end(), [](const QString &path) {
                return path.contains(QLatin1String(".partial/DataBase/"));
            });
        };
        while (!writing() && waited.elapsed() < 20000) {
            QTest::qWait(5);
        }
        QVERIFY2(writing(), "the backup never began to write its set");
        QVERIFY(testing::killNow(victim));
        QVERIFY2(m_sim.waitUntilNoBackup(server),
                 "the server still holds the killed run's backup context");
        const int leakedBefore = leakedContexts(server);
        const ProcessRun next = cli(backupArgs(server, QStringLiteral("full"), destination));
        QVERIFY2(next.exitCode == 0, next.out + next.err);
        const QJsonArray warnings = next.json().value(QStringLiteral("warnings")).toArray();
        QVERIFY2(!warnings.isEmpty() &&
                     warnings.at(0).toString().contains(QLatin1String("interrupted")),
                 next.out);
        QCOMPARE(testing::unfinishedEntries(destination), QStringList());
        const ProcessRun logs = cli(backupArgs(server, QStringLiteral("logs"), destination));
        QVERIFY2(logs.exitCode == 0, logs.out + logs.err);
        QCOMPARE(leakedContexts(server), leakedBefore); // finished runs end their context
    }

    void differentCasToOneDestinationAtOnce()
    {
        QString error;
        for (const QString &name : {QStringLiteral("TWIN1"), QStringLiteral("TWIN2")}) {
            QVERIFY2(m_sim.createAndStart(
                         name, {QStringLiteral("--fault"), QStringLiteral("stall=5")}, &error),
                     qPrintable(error));
        }
        const QString destination = m_sim.path(QStringLiteral("backups/shared"));
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(m_sim.environment());
        }
        a.start(m_sim.binary(QStringLiteral("certsrv-backup-cli")),
                backupArgs(QStringLiteral("TWIN1"), QStringLiteral("full"), destination));
        b.start(m_sim.binary(QStringLiteral("certsrv-backup-cli")),
                backupArgs(QStringLiteral("TWIN2"), QStringLiteral("full"), destination));
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const ProcessRun listed =
            cli({QStringLiteral("list"), destination, QStringLiteral("--json")});
        QCOMPARE(listed.json().value(QStringLiteral("sets")).toArray().size(), 2);
        QCOMPARE(testing::unfinishedEntries(destination), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
