// SPDX-License-Identifier: Apache-2.0
// certsrv-backup-cli restore against simulated CAs: the round trip (full set and two logs-only
// sets onto a damaged CA, started and checked), what must be refused before anything is touched
// (a broken chain, a damaged set, a running CA, another CA's set), a restore killed mid-copy and
// found by the next run, a restore whose start fails and is undone, a set without a manifest,
// the CA key alone, and the drill on good and bad sets.
#include "simulatorfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using testing::ProcessRun;

namespace {

// Name -> SHA-256 of every file directly in `folder`.
QMap<QString, QByteArray> fingerprint(const QString &folder)
{
    QMap<QString, QByteArray> hashes;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            hashes.insert(info.fileName(), hash.result());
        }
    }
    return hashes;
}

QStringList subfolders(const QString &folder)
{
    return QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool corrupt(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)) {
        return false;
    }
    return file.write(QByteArray(64, '\x5A')) == 64;
}

} // namespace

class TestCliRestore final : public QObject {
    Q_OBJECT
private:
    testing::SimulatorFixture m_sim{QStringLiteral(CERTSRV_BIN_DIR)};

    ProcessRun cli(const QStringList &args, const QByteArray &stdinText = {}) const
    {
        return m_sim.run(QStringLiteral("certsrv-backup-cli"), args, {}, 60000, stdinText);
    }
    QString certLog(const QString &server) const
    {
        return m_sim.path(QStringLiteral("sim/servers/%1/CertLog").arg(server));
    }
    // A backup; returns the set's path (empty on failure, with the output in the test log).
    QString backup(const QString &server, const QString &type, const QString &destination,
                   const QStringList &extra = {}, const QByteArray &stdinText = {}) const
    {
        const ProcessRun run =
            cli(QStringList{QStringLiteral("backup"), QStringLiteral("--server"), server,
                            QStringLiteral("--type"), type, QStringLiteral("--dest"), destination,
                            QStringLiteral("--no-verify"), QStringLiteral("--json")} +
                    extra,
                stdinText);
        if (run.exitCode != 0) {
            qWarning("backup failed: %s %s", run.out.constData(), run.err.constData());
            return {};
        }
        return run.json().value(QStringLiteral("set")).toString();
    }
    ProcessRun restore(const QString &set, const QStringList &extra = {}) const
    {
        return cli(QStringList{QStringLiteral("restore"), set, QStringLiteral("--json")} + extra);
    }
    qint64 checkedCertificates(const QString &set) const
    {
        const ProcessRun run = m_sim.sim({QStringLiteral("check"), set, QStringLiteral("--json")});
        return run.exitCode == 0 ? run.json().value(QStringLiteral("certificates")).toInteger()
                                 : -1;
    }
    // The newest record of the run log that the CLI writes (the fixture's XDG data folder).
    QJsonObject lastRunRecord() const
    {
        QFile file(m_sim.path(QStringLiteral("data/CertSrvBackupManager/runs.jsonl")));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }
    bool stop(const QString &server) const
    {
        return m_sim.sim({QStringLiteral("stop"), server}).exitCode == 0;
    }
    bool running(const QString &server) const
    {
        return m_sim.status(server).value(QStringLiteral("running")).toBool();
    }
    // Nothing of a restore is left in the CA's folder.
    void verifyNoRestoreTraces(const QString &server) const
    {
        const QString folder = certLog(server);
        QVERIFY2(!QFileInfo::exists(folder + QStringLiteral("/certsrv-restore.json")),
                 qPrintable(folder));
        for (const QString &sub : subfolders(folder)) {
            QVERIFY2(!sub.startsWith(QLatin1String("restore-staging-")), qPrintable(sub));
        }
        QVERIFY(!QFileInfo::exists(
            m_sim.path(QStringLiteral("sim/servers/%1/restore.pending").arg(server))));
    }
    // The chain full -> logs -> logs of a CA issuing certificates; returns the three sets.
    QStringList makeChain(const QString &server, const QString &destination) const
    {
        QStringList sets;
        sets << backup(server, QStringLiteral("full"), destination);
        sets << backup(server, QStringLiteral("logs"), destination);
        sets << backup(server, QStringLiteral("logs"), destination);
        return sets.contains(QString()) ? QStringList() : sets;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.isValid()); }

    void roundTripRestoresEveryCertificateOfTheChain()
    {
        const QString server = QStringLiteral("RTRIP");
        QString error;
        QVERIFY2(m_sim.createAndStart(
                     server, {QStringLiteral("--issue-rate"), QStringLiteral("300")}, &error),
                 qPrintable(error));
        const QStringList sets = makeChain(server, m_sim.path(QStringLiteral("rt")));
        QCOMPARE(sets.size(), 3);
        const qint64 expected = checkedCertificates(sets.last());
        QVERIFY(expected > 3000);
        QVERIFY(stop(server));
        // The CA keeps issuing after the last set; the restore goes back to that set's state.
        QVERIFY(corrupt(certLog(server) + QStringLiteral("/RTRIP Issuing CA.edb"), 3 * 8192 + 100));
        QCOMPARE(m_sim.sim({QStringLiteral("check"), QStringLiteral("--server"), server}).exitCode,
                 1);

        const ProcessRun run = restore(sets.last(), {QStringLiteral("--start")});
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("chain")).toArray().size(), 3);
        QVERIFY(json.value(QStringLiteral("service_started")).toBool());
        QVERIFY(json.value(QStringLiteral("database_restored")).toBool());
        const QString aside = json.value(QStringLiteral("previous_database")).toString();
        QVERIFY2(QFileInfo(aside + QStringLiteral("/RTRIP Issuing CA.edb")).isFile(),
                 qPrintable(aside));
        QVERIFY(running(server));
        QCOMPARE(m_sim.status(server).value(QStringLiteral("highest_serial")).toInteger(),
                 expected);
        const QJsonObject record = lastRunRecord();
        QCOMPARE(record.value(QStringLiteral("kind")).toString(), QStringLiteral("restore"));
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(record.value(QStringLiteral("server")).toString(), server);
        verifyNoRestoreTraces(server);

        QVERIFY(stop(server));
        const ProcessRun check = m_sim.sim({QStringLiteral("check"), QStringLiteral("--server"),
                                            server, QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, check.out);
        QCOMPARE(check.json().value(QStringLiteral("certificates")).toInteger(), expected);

        // After a restore the next backup must be a full one.
        QVERIFY(m_sim.sim({QStringLiteral("start"), server}).exitCode == 0);
        const ProcessRun logs =
            cli({QStringLiteral("backup"), QStringLiteral("--server"), server,
                 QStringLiteral("--type"), QStringLiteral("logs"), QStringLiteral("--dest"),
                 m_sim.path(QStringLiteral("rt")), QStringLiteral("--json")});
        QVERIFY(logs.exitCode != 0);
        QVERIFY2(logs.out.contains("0xC8000230"), logs.out);
        QVERIFY(
            !backup(server, QStringLiteral("full"), m_sim.path(QStringLiteral("rt"))).isEmpty());
    }

    void brokenOrDamagedChainIsRefusedBeforeTouchingTheCa_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("middle set missing") << QStringLiteral("drop-middle");
        QTest::newRow("log of the chain missing") << QStringLiteral("drop-log");
        QTest::newRow("database changed") << QStringLiteral("change-database");
    }

    void brokenOrDamagedChainIsRefusedBeforeTouchingTheCa()
    {
        QFETCH(QString, damage);
        static int round = 0;
        const QString server = QStringLiteral("BROKEN%1").arg(++round);
        QString error;
        QVERIFY2(m_sim.createAndStart(
                     server, {QStringLiteral("--issue-rate"), QStringLiteral("300")}, &error),
                 qPrintable(error));
        const QStringList sets = makeChain(server, m_sim.path(QStringLiteral("broken/") + server));
        QCOMPARE(sets.size(), 3);
        QVERIFY(stop(server));
        if (damage == QLatin1String("drop-middle")) {
            QVERIFY(QDir(sets.at(1)).removeRecursively());
        } else if (damage == QLatin1String("drop-log")) {
            const QStringList logs =
                QDir(sets.at(1) + QStringLiteral("/DataBase")).entryList({QStringLiteral("*.log")});
            QVERIFY(!logs.isEmpty());
            QVERIFY(QFile::remove(sets.at(1) + QStringLiteral("/DataBase/") + logs.first()));
        } else {
            QVERIFY(
                corrupt(sets.first() + QStringLiteral("/DataBase/%1 Issuing CA.edb").arg(server),
                        5 * 8192));
        }
        const auto before = fingerprint(certLog(server));
        const ProcessRun run = restore(sets.last());
        QCOMPARE(run.exitCode, 5);
        const QJsonObject failure = run.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(failure.value(QStringLiteral("refusal")).toString(), QStringLiteral("bad_set"));
        QVERIFY(!failure.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(fingerprint(certLog(server)), before);
        QVERIFY(subfolders(certLog(server)).isEmpty());
        verifyNoRestoreTraces(server);
    }

    void runningCaIsRefusedUnlessStopped()
    {
        const QString server = QStringLiteral("RUNNING");
        QString error;
        QVERIFY2(m_sim.createAndStart(server, {}, &error), qPrintable(error));
        const QString set =
            backup(server, QStringLiteral("full"), m_sim.path(QStringLiteral("run")));
        QVERIFY(!set.isEmpty());
        const ProcessRun refused = restore(set);
        QCOMPARE(refused.exitCode, 6);
        QVERIFY(running(server));
        QVERIFY(subfolders(certLog(server)).isEmpty());

        const ProcessRun done =
            restore(set, {QStringLiteral("--stop-service"), QStringLiteral("--start")});
        QVERIFY2(done.exitCode == 0, done.out + done.err);
        QVERIFY(running(server));
        verifyNoRestoreTraces(server);
    }

    void anotherCasSetNeedsForce()
    {
        QString error;
        QVERIFY2(m_sim.createAndStart(QStringLiteral("SOURCE"), {}, &error), qPrintable(error));
        QVERIFY2(m_sim.createAndStart(QStringLiteral("TARGET"), {}, &error), qPrintable(error));
        const QString set = backup(QStringLiteral("SOURCE"), QStringLiteral("full"),
                                   m_sim.path(QStringLiteral("x")));
        QVERIFY(!set.isEmpty());
        QVERIFY(stop(QStringLiteral("TARGET")));
        const auto before = fingerprint(certLog(QStringLiteral("TARGET")));
        const ProcessRun refused =
            restore(set, {QStringLiteral("--server"), QStringLiteral("TARGET")});
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject failure = refused.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(failure.value(QStringLiteral("refusal")).toString(),
                 QStringLiteral("ca_name_differs"));
        QVERIFY(failure.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("SOURCE Issuing CA")));
        QVERIFY(failure.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("TARGET Issuing CA")));
        QCOMPARE(fingerprint(certLog(QStringLiteral("TARGET"))), before);

        // Forced, the simulated CA refuses the foreign database at start, and the restore is
        // undone: the CA is left as it was.
        const ProcessRun forced =
            restore(set, {QStringLiteral("--server"), QStringLiteral("TARGET"),
                          QStringLiteral("--force"), QStringLiteral("--start")});
        QCOMPARE(forced.exitCode, 1);
        QVERIFY(forced.json().value(QStringLiteral("rolled_back")).toBool());
        QVERIFY2(forced.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("0xC80004C0")),
                 forced.out);
        QCOMPARE(fingerprint(certLog(QStringLiteral("TARGET"))), before);
        verifyNoRestoreTraces(QStringLiteral("TARGET"));
    }

    void killedRestoreIsUndoneByTheNextRun()
    {
        const QString server = QStringLiteral("KILLED");
        QString error;
        QVERIFY2(m_sim.createAndStart(server, {}, &error,
                                      {QStringLiteral("--db-size"), QStringLiteral("512MiB")}),
                 qPrintable(error));
        const QString destination = m_sim.path(QStringLiteral("killed"));
        const QString set = backup(server, QStringLiteral("full"), destination);
        QVERIFY(!set.isEmpty());
        QVERIFY(stop(server));
        const auto before = fingerprint(certLog(server));
        QVERIFY(m_sim.sim({QStringLiteral("start"), server}).exitCode == 0);

        QProcess process;
        process.setProcessEnvironment(m_sim.environment());
        process.start(m_sim.binary(QStringLiteral("certsrv-backup-cli")),
                      {QStringLiteral("restore"), set, QStringLiteral("--stop-service")});
        QVERIFY(process.waitForStarted());
        // Killed while it copies the database into the staging folder.
        QElapsedTimer clock;
        clock.start();
        bool copying = false;
        while (!copying && clock.elapsed() < 60000 && process.state() == QProcess::Running) {
            for (const QString &sub : subfolders(certLog(server))) {
                const QFileInfo staged(certLog(server) + QLatin1Char('/') + sub +
                                       QStringLiteral("/KILLED Issuing CA.edb"));
                copying = copying || (staged.exists() && staged.size() > 0);
            }
            QTest::qWait(5);
        }
        QVERIFY2(copying, "the restore never began to copy the database");
        QVERIFY(testing::killNow(process));
        QVERIFY(QFileInfo::exists(certLog(server) + QStringLiteral("/certsrv-restore.json")));
        QVERIFY(!running(server));

        // The next run, a backup, finds it, undoes it and starts the CA again (it ran before).
        const ProcessRun next =
            cli({QStringLiteral("backup"), QStringLiteral("--server"), server,
                 QStringLiteral("--type"), QStringLiteral("full"), QStringLiteral("--dest"),
                 destination, QStringLiteral("--keep-logs"), QStringLiteral("--json")});
        QVERIFY2(next.exitCode == 0, next.out + next.err);
        QVERIFY2(next.out.contains("interrupted restore"), next.out);
        verifyNoRestoreTraces(server);
        QVERIFY(running(server));
        QVERIFY(stop(server));
        // The CA's files are back; the checkpoint and the current log moved on since.
        const auto after = fingerprint(certLog(server));
        QCOMPARE(after.value(QStringLiteral("KILLED Issuing CA.edb")).isEmpty(), false);
        QCOMPARE(QStringList(after.keys()).filter(QStringLiteral(".log")).size() >=
                     QStringList(before.keys()).filter(QStringLiteral(".log")).size(),
                 true);
        QVERIFY(m_sim.sim({QStringLiteral("check"), QStringLiteral("--server"), server}).exitCode ==
                0);
    }

    void backupWithDrillAfterProvesTheNewSet()
    {
        const QString server = QStringLiteral("DRAFTER");
        QString error;
        QVERIFY2(m_sim.createAndStart(
                     server, {QStringLiteral("--issue-rate"), QStringLiteral("200")}, &error),
                 qPrintable(error));
        const ProcessRun run = cli({QStringLiteral("backup"), QStringLiteral("--server"), server,
                                    QStringLiteral("--type"), QStringLiteral("full"),
                                    QStringLiteral("--dest"), m_sim.path(QStringLiteral("drafter")),
                                    QStringLiteral("--drill-after"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        const QJsonObject drill = run.json().value(QStringLiteral("drill")).toObject();
        QVERIFY(drill.value(QStringLiteral("ok")).toBool());
        QCOMPARE(drill.value(QStringLiteral("certificates")).toInteger(),
                 checkedCertificates(run.json().value(QStringLiteral("set")).toString()));
        QCOMPARE(lastRunRecord().value(QStringLiteral("kind")).toString(), QStringLiteral("drill"));
    }

    void setWithoutManifestRestores()
    {
        const QString server = QStringLiteral("CERTUTIL");
        QString error;
        QVERIFY2(m_sim.createAndStart(server, {}, &error), qPrintable(error));
        const QString set =
            backup(server, QStringLiteral("full"), m_sim.path(QStringLiteral("cu")));
        QVERIFY(!set.isEmpty());
        // certutil -backupDB's layout: DataBase\ with the database, logs and certbkxp.dat.
        const QString plain = m_sim.path(QStringLiteral("certutil-backup"));
        QVERIFY(QDir().mkpath(plain + QStringLiteral("/DataBase")));
        for (const QString &name : QDir(set + QStringLiteral("/DataBase")).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(set + QStringLiteral("/DataBase/") + name,
                                plain + QStringLiteral("/DataBase/") + name));
        }
        const ProcessRun noServer = restore(plain);
        QCOMPARE(noServer.exitCode, 2);
        const ProcessRun run =
            restore(plain, {QStringLiteral("--server"), server, QStringLiteral("--stop-service"),
                            QStringLiteral("--start")});
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QVERIFY(run.json()
                    .value(QStringLiteral("warnings"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("no manifest")));
        QVERIFY(running(server));
    }

    void startFailureUndoesTheRestore()
    {
        const QString server = QStringLiteral("BADLOG");
        QString error;
        QVERIFY2(m_sim.createAndStart(
                     server, {QStringLiteral("--issue-rate"), QStringLiteral("300")}, &error),
                 qPrintable(error));
        const QString set =
            backup(server, QStringLiteral("full"), m_sim.path(QStringLiteral("bad")));
        QVERIFY(!set.isEmpty());
        // Without a manifest nothing tells that the log is damaged until recovery reads it.
        const QString plain = m_sim.path(QStringLiteral("bad-plain"));
        QVERIFY(QDir().mkpath(plain + QStringLiteral("/DataBase")));
        QString logName;
        for (const QString &name : QDir(set + QStringLiteral("/DataBase")).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(set + QStringLiteral("/DataBase/") + name,
                                plain + QStringLiteral("/DataBase/") + name));
            if (name.endsWith(QLatin1String(".log"))) {
                logName = name;
            }
        }
        QVERIFY(corrupt(plain + QStringLiteral("/DataBase/") + logName, 256 + 20));
        QVERIFY(stop(server));
        const auto before = fingerprint(certLog(server));
        QVERIFY(m_sim.sim({QStringLiteral("start"), server}).exitCode == 0);

        const ProcessRun run =
            restore(plain, {QStringLiteral("--server"), server, QStringLiteral("--stop-service"),
                            QStringLiteral("--start")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.json().value(QStringLiteral("rolled_back")).toBool());
        QVERIFY2(run.out.contains("0xC80001F5"), run.out);
        // Back on its own database, running again as before the restore.
        QVERIFY(running(server));
        verifyNoRestoreTraces(server);
        QVERIFY(stop(server));
        QCOMPARE(fingerprint(certLog(server)).value(QStringLiteral("BADLOG Issuing CA.edb")),
                 before.value(QStringLiteral("BADLOG Issuing CA.edb")));
    }

    void keyOnlyRestoresTheKeyFiles()
    {
        const QString server = QStringLiteral("KEYONLY");
        QString error;
        QVERIFY2(m_sim.createAndStart(server, {}, &error), qPrintable(error));
        const QString set =
            backup(server, QStringLiteral("full"), m_sim.path(QStringLiteral("key")),
                   {QStringLiteral("--with-key"), QStringLiteral("--key-password-stdin")},
                   "Correct horse battery 1\n");
        QVERIFY(!set.isEmpty());
        const QString keyFile = m_sim.path(QStringLiteral("sim/servers/KEYONLY/ca/ca-key.pem"));
        const auto keyBefore = fingerprint(QFileInfo(keyFile).absolutePath());
        QVERIFY(QFile::remove(keyFile));

        const ProcessRun wrong =
            cli({QStringLiteral("restore"), set, QStringLiteral("--key-only"),
                 QStringLiteral("--key-password-stdin"), QStringLiteral("--json")},
                "not the password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!QFileInfo::exists(keyFile));

        const ProcessRun run =
            cli({QStringLiteral("restore"), set, QStringLiteral("--key-only"),
                 QStringLiteral("--key-password-stdin"), QStringLiteral("--json")},
                "Correct horse battery 1\n");
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QVERIFY(run.json().value(QStringLiteral("key_restored")).toBool());
        QVERIFY(!run.json().value(QStringLiteral("database_restored")).toBool());
        QVERIFY(running(server)); // a key-only restore leaves the database and the service alone
        // The key is the same key (PEM encodings may differ; the certificate file is identical).
        const auto keyAfter = fingerprint(QFileInfo(keyFile).absolutePath());
        QCOMPARE(keyAfter.value(QStringLiteral("ca-cert.pem")),
                 keyBefore.value(QStringLiteral("ca-cert.pem")));
        QVERIFY(QFileInfo(keyFile).size() > 0);
    }

    void drillPassesOnAGoodChainAndFailsOnADamagedLog()
    {
        const QString server = QStringLiteral("DRILL");
        QString error;
        QVERIFY2(m_sim.createAndStart(
                     server, {QStringLiteral("--issue-rate"), QStringLiteral("300")}, &error),
                 qPrintable(error));
        const QStringList sets = makeChain(server, m_sim.path(QStringLiteral("drill")));
        QCOMPARE(sets.size(), 3);
        const auto before = fingerprint(certLog(server));
        const ProcessRun good = cli({QStringLiteral("restore"), QStringLiteral("--drill"),
                                     sets.last(), QStringLiteral("--json")});
        QVERIFY2(good.exitCode == 0, good.out + good.err);
        QCOMPARE(good.json().value(QStringLiteral("certificates")).toInteger(),
                 checkedCertificates(sets.last()));
        QVERIFY(good.json().value(QStringLiteral("checks")).toArray().size() >= 3);
        const QJsonObject record = lastRunRecord();
        QCOMPARE(record.value(QStringLiteral("kind")).toString(), QStringLiteral("drill"));
        QCOMPARE(record.value(QStringLiteral("certificates")).toInteger(),
                 good.json().value(QStringLiteral("certificates")).toInteger());
        QVERIFY(running(server)); // no CA is touched

        // A damaged log in a set with a manifest fails on its SHA-256; one without a manifest
        // fails in recovery.
        const QStringList logs =
            QDir(sets.at(1) + QStringLiteral("/DataBase")).entryList({QStringLiteral("*.log")});
        QVERIFY(!logs.isEmpty());
        QVERIFY(corrupt(sets.at(1) + QStringLiteral("/DataBase/") + logs.first(), 256 + 20));
        const ProcessRun hashed = cli({QStringLiteral("restore"), QStringLiteral("--drill"),
                                       sets.last(), QStringLiteral("--json")});
        QCOMPARE(hashed.exitCode, 5);

        const QString plain = m_sim.path(QStringLiteral("drill-plain"));
        QVERIFY(QDir().mkpath(plain + QStringLiteral("/DataBase")));
        for (const QString &name :
             QDir(sets.first() + QStringLiteral("/DataBase")).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(sets.first() + QStringLiteral("/DataBase/") + name,
                                plain + QStringLiteral("/DataBase/") + name));
        }
        const QStringList fullLogs =
            QDir(plain + QStringLiteral("/DataBase")).entryList({QStringLiteral("*.log")});
        QVERIFY(!fullLogs.isEmpty());
        QVERIFY(corrupt(plain + QStringLiteral("/DataBase/") + fullLogs.last(), 256 + 20));
        const ProcessRun recovered = cli({QStringLiteral("restore"), QStringLiteral("--drill"),
                                          plain, QStringLiteral("--json")});
        QCOMPARE(recovered.exitCode, 5);
        QCOMPARE(lastRunRecord().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(lastRunRecord().value(QStringLiteral("hresult")).toString(),
                 QStringLiteral("0xC80001F5"));
        QVERIFY2(recovered.out.contains("0xC80001F5"), recovered.out);
        QVERIFY(running(server));
        Q_UNUSED(before)
    }
};

QTEST_GUILESS_MAIN(TestCliRestore)
#include "tst_cli_restore.moc"
