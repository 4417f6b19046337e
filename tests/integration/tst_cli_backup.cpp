// SPDX-License-Identifier: Apache-2.0
// certsrv-backup-cli against real certsrv-simd daemons: backups taken while the CA issues
// certificates recover to a consistent state holding every certificate issued before
// GetBackupLogs, and every fault ends with a clear error, the documented exit code, no visible
// set, no leaked backup context and untruncated logs.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "setclock.h"
#include "simulatorfixture.h"

#include <csignal>

using testing::ProcessRun;

class TestCliBackup final : public QObject {
    Q_OBJECT
private:
    testing::SimulatorFixture m_sim{QStringLiteral(CERTSRV_BIN_DIR)};

    QString bin(const QString &name) const { return m_sim.binary(name); }
    QString dest(const QString &name) const
    {
        return m_sim.path(QStringLiteral("backups/") + name);
    }
    ProcessRun sim(const QStringList &args) { return m_sim.sim(args); }
    ProcessRun cli(const QStringList &args,
                   const QProcessEnvironment &extra = QProcessEnvironment())
    {
        return m_sim.run(QStringLiteral("certsrv-backup-cli"), args, extra);
    }
    void createAndStart(const QString &name, const QStringList &startArgs,
                        const QStringList &createArgs = {})
    {
        QString error;
        QVERIFY2(m_sim.createAndStart(name, startArgs, &error, createArgs), qPrintable(error));
    }
    QJsonObject status(const QString &name) { return m_sim.status(name); }
    QJsonObject check(const QString &set)
    {
        return sim({QStringLiteral("check"), set, QStringLiteral("--json")}).json();
    }
    ProcessRun backup(const QString &server, const QString &type, const QString &destination,
                      const QStringList &more = {}, const QProcessEnvironment &extra = {})
    {
        return cli(QStringList{QStringLiteral("backup"), QStringLiteral("--server"), server,
                               QStringLiteral("--type"), type, QStringLiteral("--dest"),
                               destination, QStringLiteral("--json")} +
                       more,
                   extra);
    }

    // Nothing but empty CA folders under the destination: no set, no .partial.
    void expectNoSet(const QString &destination)
    {
        QDirIterator it(destination, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    }

    void expectCleanServer(const QString &name, qint64 lowGenerationBefore)
    {
        // The daemon finishes its side of an aborted context asynchronously.
        QJsonObject s;
        QElapsedTimer timer;
        timer.start();
        do {
            s = status(name);
            if (!s.value(QStringLiteral("backup_in_progress")).toBool()) {
                break;
            }
            QTest::qWait(100);
        } while (timer.elapsed() < 5000);
        QCOMPARE(s.value(QStringLiteral("backup_in_progress")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("leaked_contexts")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("log_generations"))
                     .toObject()
                     .value(QStringLiteral("low"))
                     .toInteger(),
                 lowGenerationBefore);
    }

    qint64 highestSerial(const QString &name)
    {
        return status(name).value(QStringLiteral("highest_serial")).toInteger();
    }
    qint64 lowGeneration(const QString &name)
    {
        return status(name)
            .value(QStringLiteral("log_generations"))
            .toObject()
            .value(QStringLiteral("low"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.isValid()); }

    void fullThenLogsDuringIssuance()
    {
        createAndStart(QStringLiteral("LIVE"),
                       {QStringLiteral("--issue-rate"), QStringLiteral("400")});
        // Issuance writes logs and moves pages while the backup runs: let it get going first.
        const qint64 serialAtStart = highestSerial(QStringLiteral("LIVE"));
        QTRY_VERIFY_WITH_TIMEOUT(highestSerial(QStringLiteral("LIVE")) >= serialAtStart + 500,
                                 20000);
        const qint64 lowBefore = lowGeneration(QStringLiteral("LIVE"));

        const ProcessRun full =
            backup(QStringLiteral("LIVE"), QStringLiteral("full"), dest(QStringLiteral("live")));
        QVERIFY2(full.exitCode == 0, full.out + full.err);
        const QJsonObject result = full.json();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("full"));
        QVERIFY(result.value(QStringLiteral("bytes")).toInteger() > 16 * 1024 * 1024);
        QVERIFY(result.value(QStringLiteral("files")).toInt() >= 3);
        QVERIFY(result.value(QStringLiteral("seconds")).toDouble() > 0);
        const QString fullSet = result.value(QStringLiteral("set")).toString();
        QVERIFY(fullSet.endsWith(QLatin1String("-full")));

        // Every certificate issued before GetBackupLogs is in the set, and nothing is missing.
        const QJsonObject afterFull = status(QStringLiteral("LIVE"));
        const QJsonObject lastBackup = afterFull.value(QStringLiteral("last_backup")).toObject();
        const qint64 serialAtLogs = lastBackup.value(QStringLiteral("serial_at_logs")).toInteger();
        QVERIFY(serialAtLogs > 3000);
        const QJsonObject checked = check(fullSet);
        QVERIFY2(checked.value(QStringLiteral("consistent")).toBool(),
                 QJsonDocument(checked).toJson().constData());
        QCOMPARE(checked.value(QStringLiteral("highest_serial")).toInteger(), serialAtLogs);
        QCOMPARE(checked.value(QStringLiteral("certificates")).toInteger(), serialAtLogs);

        // Full without --keep-logs truncated the logs that the set holds.
        QVERIFY(result.value(QStringLiteral("logs_truncated")).toBool());
        QVERIFY(afterFull.value(QStringLiteral("log_generations"))
                    .toObject()
                    .value(QStringLiteral("low"))
                    .toInteger() > lowBefore);
        QCOMPARE(afterFull.value(QStringLiteral("leaked_contexts")).toInt(), 0);

        const ProcessRun verified = cli({QStringLiteral("verify"), fullSet});
        QVERIFY2(verified.exitCode == 0, verified.out);

        // A logs-only backup continues the chain and recovers with the full set.
        QVERIFY(testing::waitForANewSecond(testing::setNameTime(fullSet)));
        const ProcessRun logs =
            backup(QStringLiteral("LIVE"), QStringLiteral("logs"), dest(QStringLiteral("live")));
        QVERIFY2(logs.exitCode == 0, logs.out + logs.err);
        const QString logsSet = logs.json().value(QStringLiteral("set")).toString();
        QVERIFY(logsSet.endsWith(QLatin1String("-logs")));
        QCOMPARE(logs.json().value(QStringLiteral("warnings")).toArray().size(), 0);
        QCOMPARE(logs.json().value(QStringLiteral("logs_truncated")).toBool(), false);
        const qint64 serialAtLogs2 = status(QStringLiteral("LIVE"))
                                         .value(QStringLiteral("last_backup"))
                                         .toObject()
                                         .value(QStringLiteral("serial_at_logs"))
                                         .toInteger();
        QVERIFY(serialAtLogs2 > serialAtLogs);
        const QJsonObject checkedChain = check(logsSet);
        QVERIFY2(checkedChain.value(QStringLiteral("consistent")).toBool(),
                 QJsonDocument(checkedChain).toJson().constData());
        QCOMPARE(checkedChain.value(QStringLiteral("highest_serial")).toInteger(), serialAtLogs2);
        const ProcessRun verifiedLogs =
            cli({QStringLiteral("verify"), logsSet, QStringLiteral("--json")});
        QCOMPARE(verifiedLogs.exitCode, 0);
        QCOMPARE(verifiedLogs.json().value(QStringLiteral("chain")).toArray().size(), 2);

        const ProcessRun listed =
            cli({QStringLiteral("list"), dest(QStringLiteral("live")), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().value(QStringLiteral("sets")).toArray().size(), 2);

        // Tampering is found: exit 5.
        QFile log(QDir(logsSet + QStringLiteral("/DataBase"))
                      .entryInfoList({QStringLiteral("*.log")})
                      .first()
                      .filePath());
        QVERIFY(log.open(QIODevice::ReadWrite));
        log.seek(4096);
        log.write("tampered");
        log.close();
        QCOMPARE(cli({QStringLiteral("verify"), logsSet}).exitCode, 5);
    }

    void keepLogs()
    {
        createAndStart(QStringLiteral("KEEP"),
                       {QStringLiteral("--issue-rate"), QStringLiteral("100")},
                       {QStringLiteral("--logs"), QStringLiteral("2")});
        const qint64 lowBefore = lowGeneration(QStringLiteral("KEEP"));
        const ProcessRun full =
            backup(QStringLiteral("KEEP"), QStringLiteral("full"), dest(QStringLiteral("keep")),
                   {QStringLiteral("--keep-logs")});
        QVERIFY2(full.exitCode == 0, full.out + full.err);
        QCOMPARE(full.json().value(QStringLiteral("logs_truncated")).toBool(), false);
        QCOMPARE(lowGeneration(QStringLiteral("KEEP")), lowBefore);
        QVERIFY(check(full.json().value(QStringLiteral("set")).toString())
                    .value(QStringLiteral("consistent"))
                    .toBool());
    }

    void verboseAddsDiagnostics()
    {
        createAndStart(QStringLiteral("CHATTY"), {});
        // Qt's own default pattern ("category: message"), whatever the caller's environment.
        QProcessEnvironment plain;
        plain.insert(QStringLiteral("QT_LOGGING_RULES"), QString());
        plain.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QString());

        const ProcessRun quiet = backup(QStringLiteral("CHATTY"), QStringLiteral("full"),
                                        dest(QStringLiteral("quiet")), {}, plain);
        QVERIFY2(quiet.exitCode == 0, quiet.out + quiet.err);
        QVERIFY2(!quiet.err.contains("certsrv."), quiet.err);

        const ProcessRun verbose =
            backup(QStringLiteral("CHATTY"), QStringLiteral("full"),
                   dest(QStringLiteral("verbose")), {QStringLiteral("--verbose")}, plain);
        QVERIFY2(verbose.exitCode == 0, verbose.out + verbose.err);
        const QString set = verbose.json().value(QStringLiteral("set")).toString();
        QVERIFY(!set.isEmpty());
        const QStringList lines = QString::fromLocal8Bit(verbose.err).split(QLatin1Char('\n'));
        const auto hasLine = [&lines](const QString &line) { return lines.contains(line); };
        QVERIFY2(hasLine(QStringLiteral("certsrv.cli: command: backup")), verbose.err);
        QVERIFY2(hasLine(QStringLiteral("certsrv.engine: committed the set ") + set), verbose.err);
        QVERIFY2(hasLine(QStringLiteral("certsrv.cli: exit code 0")), verbose.err);
        // The job's own lines stay as they were, once each: the CLI prints them itself.
        QVERIFY2(hasLine(QStringLiteral("Logs truncated on the server")), verbose.err);
        QVERIFY2(!verbose.err.contains("certsrv.job"), verbose.err);
    }

    void logsOnlyWithoutFullBackup()
    {
        createAndStart(QStringLiteral("NOFULL"), {});
        const ProcessRun logs = backup(QStringLiteral("NOFULL"), QStringLiteral("logs"),
                                       dest(QStringLiteral("nofull")));
        QCOMPARE(logs.exitCode, 1);
        const QJsonObject error = logs.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("hresult")).toString(), QStringLiteral("0xC8000230"));
        QVERIFY(error.value(QStringLiteral("action"))
                    .toString()
                    .contains(QStringLiteral("full backup")));
        expectNoSet(dest(QStringLiteral("nofull")));
    }

    void unknownServer()
    {
        const ProcessRun r = backup(QStringLiteral("NOSUCHCA"), QStringLiteral("full"),
                                    dest(QStringLiteral("none")));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("hresult"))
                     .toString(),
                 QStringLiteral("0x800706BA"));
        const ProcessRun online =
            cli({QStringLiteral("online"), QStringLiteral("--server"), QStringLiteral("NOSUCHCA")});
        QCOMPARE(online.exitCode, 4);
        QVERIFY(online.out.contains("unreachable"));
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("unelevated");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("hresult");
        QTest::newRow("access denied")
            << QStringLiteral("access-denied") << true << 3 << QStringLiteral("0x80070005");
        QTest::newRow("paused") << QStringLiteral("paused") << false << 4
                                << QStringLiteral("0x80070015");
        QTest::newRow("read error") << QStringLiteral("read-error-after=3000000") << false << 1
                                    << QStringLiteral("0x8007001E");
        QTest::newRow("connection dropped")
            << QStringLiteral("drop-after=5000000") << false << 4 << QStringLiteral("0x800706BE");
        // A file that sends more than Open announced: a protocol violation, never a success.
        QTest::newRow("oversize") << QStringLiteral("oversize=1") << false << 1
                                  << QStringLiteral("0x8007000D");
    }

    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(bool, unelevated);
        QFETCH(int, exitCode);
        QFETCH(QString, hresult);
        const QString name = QStringLiteral("F%1")
                                 .arg(QTest::currentDataTag())
                                 .remove(QLatin1Char(' '))
                                 .left(15)
                                 .toUpper();
        createAndStart(name, {QStringLiteral("--issue-rate"), QStringLiteral("50"),
                              QStringLiteral("--fault"), fault});
        const qint64 lowBefore = lowGeneration(name);
        QProcessEnvironment extra;
        if (unelevated) {
            extra.insert(QStringLiteral("CERTSRV_SIM_UNELEVATED"), QStringLiteral("1"));
        }
        const ProcessRun r = backup(name, QStringLiteral("full"), dest(name), {}, extra);
        QCOMPARE(r.exitCode, exitCode);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("hresult")).toString(), hresult);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!error.value(QStringLiteral("action")).toString().isEmpty());
        expectNoSet(dest(name));
        expectCleanServer(name, lowBefore);
    }

    void truncationThatStopsShortIsReported()
    {
        // A log the server cannot delete (immutable here): the set is complete, and the run
        // says that the logs were not truncated instead of claiming they were.
        createAndStart(QStringLiteral("STUCK"), {},
                       {QStringLiteral("--logs"), QStringLiteral("3")});
        const QString log = m_sim.path(QStringLiteral("sim/servers/STUCK/CertLog/edb00001.log"));
        QVERIFY(QFileInfo::exists(log));
        QProcess chattr;
        chattr.start(QStringLiteral("chattr"), {QStringLiteral("+i"), log});
        if (!chattr.waitForFinished() || chattr.exitStatus() != QProcess::NormalExit ||
            chattr.exitCode() != 0) {
            QSKIP("chattr +i is not possible here (needs root and a file system that has it)");
        }
        const ProcessRun r =
            backup(QStringLiteral("STUCK"), QStringLiteral("full"), dest(QStringLiteral("stuck")));
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), log});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QCOMPARE(r.json().value(QStringLiteral("logs_truncated")).toBool(), false);
        const QString warnings = QString::fromUtf8(
            QJsonDocument(r.json().value(QStringLiteral("warnings")).toArray()).toJson());
        QVERIFY2(warnings.contains(QStringLiteral("did not truncate")), qPrintable(warnings));
    }

    void shortReadsStillGiveAGoodSet()
    {
        createAndStart(QStringLiteral("SHORT"),
                       {QStringLiteral("--issue-rate"), QStringLiteral("200"),
                        QStringLiteral("--fault"), QStringLiteral("short-reads")});
        const ProcessRun r = backup(QStringLiteral("SHORT"), QStringLiteral("full"),
                                    dest(QStringLiteral("short")), {QStringLiteral("--verify")});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QCOMPARE(r.json().value(QStringLiteral("verified")).toBool(), true);
        const QJsonObject checked = check(r.json().value(QStringLiteral("set")).toString());
        QVERIFY(checked.value(QStringLiteral("consistent")).toBool());
    }

    void secondBackupWhileOneRuns()
    {
        createAndStart(QStringLiteral("BUSY"),
                       {QStringLiteral("--fault"), QStringLiteral("stall=100")});
        QProcess first;
        first.setProcessEnvironment(m_sim.environment());
        first.start(bin(QStringLiteral("certsrv-backup-cli")),
                    {QStringLiteral("backup"), QStringLiteral("--server"), QStringLiteral("BUSY"),
                     QStringLiteral("--dest"), dest(QStringLiteral("busy1")),
                     QStringLiteral("--json")});
        QVERIFY(first.waitForStarted());
        // Wait until the first one holds the backup.
        QElapsedTimer timer;
        timer.start();
        while (
            !status(QStringLiteral("BUSY")).value(QStringLiteral("backup_in_progress")).toBool() &&
            timer.elapsed() < 10000) {
            QTest::qWait(50);
        }
        const ProcessRun second =
            backup(QStringLiteral("BUSY"), QStringLiteral("full"), dest(QStringLiteral("busy2")));
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(second.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("hresult"))
                     .toString(),
                 QStringLiteral("0xC80001F9"));
        expectNoSet(dest(QStringLiteral("busy2")));

        // Ctrl-C on the first: exit 130, its End called, nothing kept, logs untouched.
        const qint64 lowBefore = lowGeneration(QStringLiteral("BUSY"));
        ::kill(static_cast<pid_t>(first.processId()), SIGINT);
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 130);
        const QJsonObject result = QJsonDocument::fromJson(first.readAllStandardOutput()).object();
        QCOMPARE(result.value(QStringLiteral("cancelled")).toBool(), true);
        expectNoSet(dest(QStringLiteral("busy1")));
        expectCleanServer(QStringLiteral("BUSY"), lowBefore);
    }

    void daemonKilledMidBackup()
    {
        createAndStart(QStringLiteral("KILLED"),
                       {QStringLiteral("--fault"), QStringLiteral("stall=100")});
        const qint64 pid =
            status(QStringLiteral("KILLED")).value(QStringLiteral("pid")).toInteger();
        QVERIFY(pid > 0);
        QProcess job;
        job.setProcessEnvironment(m_sim.environment());
        job.start(bin(QStringLiteral("certsrv-backup-cli")),
                  {QStringLiteral("backup"), QStringLiteral("--server"), QStringLiteral("KILLED"),
                   QStringLiteral("--dest"), dest(QStringLiteral("killed")),
                   QStringLiteral("--json")});
        QVERIFY(job.waitForStarted());
        // Killed in the middle: once the backup context is open on the daemon.
        QTRY_VERIFY_WITH_TIMEOUT(
            status(QStringLiteral("KILLED")).value(QStringLiteral("backup_in_progress")).toBool(),
            20000);
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        QVERIFY(job.waitForFinished(30000));
        QCOMPARE(job.exitCode(), 4);
        expectNoSet(dest(QStringLiteral("killed")));
    }

    void usageAndLibraryErrors()
    {
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--dest"), QStringLiteral("/tmp")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--server"), QStringLiteral("X"),
                      QStringLiteral("--dest"), QStringLiteral("/tmp"), QStringLiteral("--type"),
                      QStringLiteral("weekly")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        const ProcessRun missing =
            cli({QStringLiteral("online"), QStringLiteral("--server"), QStringLiteral("X"),
                 QStringLiteral("--certadm-library"), QStringLiteral(FAKECERTADM_NOEND_PATH)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("CertSrvBackupEnd"), missing.err.constData());
        QProcessEnvironment viaEnv;
        viaEnv.insert(QStringLiteral("CERTSRV_BACKUP_CERTADM_LIBRARY"),
                      QStringLiteral("/nonexistent/certadm.so"));
        const ProcessRun absent = cli(
            {QStringLiteral("online"), QStringLiteral("--server"), QStringLiteral("X")}, viaEnv);
        QCOMPARE(absent.exitCode, 1);
        QVERIFY(absent.err.contains("/nonexistent/certadm.so"));
    }

    void serversListsSimulatedCas()
    {
        const ProcessRun r = cli({QStringLiteral("servers"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray servers = QJsonDocument::fromJson(r.out).array();
        bool found = false;
        for (const QJsonValue &v : servers) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("server")).toString() == QLatin1String("LIVE")) {
                found = true;
                QCOMPARE(s.value(QStringLiteral("ca_name")).toString(),
                         QStringLiteral("LIVE Issuing CA"));
                QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
            }
        }
        QVERIFY(found);
        // A server only tried before (the unknownServer test) is listed from the run log.
        bool usedBefore = false;
        for (const QJsonValue &v : servers) {
            const QJsonObject server = v.toObject();
            if (server.value(QStringLiteral("server")).toString() == QLatin1String("NOSUCHCA")) {
                usedBefore = true;
                QCOMPARE(server.value(QStringLiteral("source")).toString(),
                         QStringLiteral("used before"));
                QCOMPARE(server.value(QStringLiteral("state")).toString(),
                         QStringLiteral("unreachable"));
            }
        }
        QVERIFY(usedBefore);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
