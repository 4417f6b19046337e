// SPDX-License-Identifier: Apache-2.0
// Destinations that cannot work, each refused with a clear error that says what to do, and each
// leaving no visible set and the CA's logs untouched: a read-only file system, a file where the
// folder should be, a folder inside the CA's own CertLog, and a disk that fills up in the middle
// of the database. Paths with spaces and non-ASCII characters simply work. The file systems are
// small tmpfs mounts in a mount namespace of the test's own (unshare), so no root is needed where
// unprivileged user namespaces are allowed, and nothing outside the test is touched.
#include "simulatorfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using testing::ProcessRun;

class TestCliDestinations final : public QObject {
    Q_OBJECT
private:
    testing::SimulatorFixture m_sim{QStringLiteral(CERTSRV_BIN_DIR)};
    const QString m_server = QStringLiteral("DEST");
    bool m_namespaces = false;

    QStringList backupArgs(const QString &destination) const
    {
        return {QStringLiteral("backup"),
                QStringLiteral("--server"),
                m_server,
                QStringLiteral("--type"),
                QStringLiteral("full"),
                QStringLiteral("--dest"),
                destination,
                QStringLiteral("--json")};
    }
    // `script` runs under sh in a new user and mount namespace; "$CLI" is the command-line tool.
    ProcessRun inNamespace(const QString &script, const QStringList &args) const
    {
        QProcessEnvironment env = m_sim.environment();
        env.insert(QStringLiteral("CLI"), m_sim.binary(QStringLiteral("certsrv-backup-cli")));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("unshare"),
                      QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                                  QStringLiteral("--mount"), QStringLiteral("sh"),
                                  QStringLiteral("-c"), script, QStringLiteral("sh")} +
                          args);
        ProcessRun result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    // The error of a failed backup, with the checks every failure shares.
    QJsonObject expectRefused(const ProcessRun &run, qint64 lowBefore, const QString &destination)
    {
        [&] { QVERIFY2(run.exitCode != 0 && run.exitCode != -1, run.out + run.err); }();
        const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
        [&] {
            QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), run.out);
            QVERIFY2(!error.value(QStringLiteral("action")).toString().isEmpty(), run.out);
            QCOMPARE(m_sim.lowGeneration(m_server), lowBefore);
            QCOMPARE(m_sim.status(m_server).value(QStringLiteral("backup_in_progress")).toBool(),
                     false);
            QDirIterator it(destination, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QVERIFY2(!path.contains(QLatin1String("/DataBase/")) &&
                             !path.endsWith(QLatin1String("manifest.json")),
                         qPrintable(path));
            }
        }();
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.isValid());
        QString error;
        QVERIFY2(m_sim.createAndStart(m_server,
                                      {QStringLiteral("--issue-rate"), QStringLiteral("50"),
                                       QStringLiteral("--fault"), QStringLiteral("stall=40")},
                                      &error),
                 qPrintable(error));
        m_namespaces = inNamespace(QStringLiteral("true"), {}).exitCode == 0;
    }

    void fileWhereTheFolderShouldBe()
    {
        const QString file = m_sim.path(QStringLiteral("not-a-folder"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const qint64 low = m_sim.lowGeneration(m_server);
        const ProcessRun run = m_sim.run(QStringLiteral("certsrv-backup-cli"), backupArgs(file));
        const QJsonObject error = expectRefused(run, low, m_sim.path(QStringLiteral("x")));
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("is a file, not a folder")),
                 run.out);
        // Nothing was prepared on the server for a destination that cannot work.
        QCOMPARE(error.value(QStringLiteral("call")).toString(),
                 QStringLiteral("destination check"));
    }

    void caFolderIsAFile()
    {
        const QString destination = m_sim.path(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(destination));
        QFile f(destination + QStringLiteral("/DEST Issuing CA"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const qint64 low = m_sim.lowGeneration(m_server);
        const ProcessRun run =
            m_sim.run(QStringLiteral("certsrv-backup-cli"), backupArgs(destination));
        const QJsonObject error = expectRefused(run, low, destination);
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("is a file, not a folder")),
                 run.out);
    }

    void insideTheCasCertLog()
    {
        const QString destination = m_sim.path(QStringLiteral("sim/servers/DEST/CertLog/backups"));
        QVERIFY(QFileInfo(m_sim.path(QStringLiteral("sim/servers/DEST/CertLog"))).isDir());
        const qint64 low = m_sim.lowGeneration(m_server);
        const ProcessRun run =
            m_sim.run(QStringLiteral("certsrv-backup-cli"), backupArgs(destination));
        const QJsonObject error = expectRefused(run, low, destination);
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("inside the CA's own")),
                 run.out);
        QVERIFY(!QFileInfo::exists(destination));
    }

    void spacesAndNonAscii()
    {
        const QString destination =
            m_sim.path(QStringLiteral("Sicherungen für die CA/mit Leerzeichen & Umlauten äöü"));
        const ProcessRun run = m_sim.run(QStringLiteral("certsrv-backup-cli"),
                                         backupArgs(destination) << QStringLiteral("--verify"));
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        const QString set = run.json().value(QStringLiteral("set")).toString();
        QVERIFY2(set.startsWith(destination), qPrintable(set));
        QCOMPARE(run.json().value(QStringLiteral("verified")).toBool(), true);
    }

    void readOnlyFileSystem()
    {
        if (!m_namespaces) {
            QSKIP("unshare --user --mount is not allowed on this machine");
        }
        const QString destination = m_sim.path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(destination));
        const qint64 low = m_sim.lowGeneration(m_server);
        const ProcessRun run = inNamespace(
            QStringLiteral("mount -t tmpfs -o ro,size=1m tmpfs \"$1\" && exec \"$CLI\" backup "
                           "--server DEST --type full --dest \"$1\" --json"),
            {destination});
        const QJsonObject error = expectRefused(run, low, destination);
        QVERIFY2(
            error.value(QStringLiteral("message")).toString().contains(QLatin1String("read-only")),
            run.out);
    }

    void diskFullInTheMiddleOfTheDatabase()
    {
        if (!m_namespaces) {
            QSKIP("unshare --user --mount is not allowed on this machine");
        }
        const QString destination = m_sim.path(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(destination));
        const qint64 low = m_sim.lowGeneration(m_server);
        // Room for the free-space check (16 MiB database + 16 MiB reserve), then, once the copy
        // of the database has begun, another writer takes all that is left.
        const QString script = QStringLiteral(R"(
mount -t tmpfs -o size=40m tmpfs "$1" || exit 90
"$CLI" backup --server DEST --type full --dest "$1" --json > "$1/../out.json" &
cli=$!
edb=
for i in $(seq 1 2000); do
  edb=$(find "$1" -name '*.edb' -size +1M 2>/dev/null | head -n 1)
  [ -n "$edb" ] && break
  kill -0 $cli 2>/dev/null || break
  sleep 0.01
done
[ -n "$edb" ] || { echo "the copy of the database never began" >&2; exit 91; }
dd if=/dev/zero of="$1/filler" bs=1M 2>/dev/null
wait $cli
code=$?
cat "$1/../out.json"
rm -f "$1/filler"
ls -A "$1" >&2
find "$1" -type f >&2
exit $code
)");
        const ProcessRun run = inNamespace(script, {destination});
        QVERIFY2(run.exitCode != 90 && run.exitCode != 91, run.err);
        const QJsonObject error = expectRefused(run, low, destination);
        qInfo("%s", qPrintable(error.value(QStringLiteral("message")).toString()));
        QCOMPARE(error.value(QStringLiteral("hresult")).toString(), QStringLiteral("0x80070070"));
        // The write itself failed, not the check made before the database was opened.
        QCOMPARE(error.value(QStringLiteral("call")).toString(), QStringLiteral("write"));
        // Inside the namespace nothing but the empty CA folder stayed behind.
        QVERIFY2(!run.err.contains(".edb") && !run.err.contains(".partial"), run.err);
    }
};

QTEST_GUILESS_MAIN(TestCliDestinations)
#include "tst_cli_destinations.moc"
