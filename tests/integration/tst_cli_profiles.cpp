// SPDX-License-Identifier: Apache-2.0
// certsrv-backup-cli with saved profiles against real certsrv-simd daemons and a real
// gnome-keyring (with-test-keyring.sh): profiles add|list|show|remove|export|import, backup
// --profile with the CA key password from the keychain, the .p12 in the set and its
// verification, retention, the run log records the GUI shows, and every way a profile run can
// fail before it starts, with the documented exit codes.
#include "setclock.h"
#include "simulatorfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using testing::ProcessRun;

class TestCliProfiles final : public QObject {
    Q_OBJECT
private:
    testing::SimulatorFixture m_sim{QStringLiteral(CERTSRV_BIN_DIR)};

    QString dest(const QString &name) const
    {
        return m_sim.path(QStringLiteral("backups/") + name);
    }

    // Like the fixture's run(), with standard input for the password options.
    ProcessRun cli(const QStringList &args, const QByteArray &input = QByteArray(),
                   const QProcessEnvironment &extra = QProcessEnvironment())
    {
        return m_sim.run(QStringLiteral("certsrv-backup-cli"), args, extra, 60000, input);
    }

    ProcessRun addProfile(const QString &name, const QString &server, const QStringList &more,
                          const QByteArray &password = QByteArray())
    {
        return cli(QStringList{QStringLiteral("profiles"), QStringLiteral("add"), name,
                               QStringLiteral("--server"), server, QStringLiteral("--type"),
                               QStringLiteral("full"), QStringLiteral("--dest"),
                               dest(name.toLower())} +
                       more,
                   password);
    }

    ProcessRun profileBackup(const QString &name, const QStringList &more = {},
                             const QByteArray &input = QByteArray(),
                             const QProcessEnvironment &extra = QProcessEnvironment())
    {
        return cli(QStringList{QStringLiteral("backup"), QStringLiteral("--profile"), name,
                               QStringLiteral("--json")} +
                       more,
                   input, extra);
    }

    QJsonObject lastRunRecord() const
    {
        QFile file(m_sim.path(QStringLiteral("data/CertSrvBackupManager/runs.jsonl")));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.constLast()).object();
    }

    QStringList filesUnder(const QString &folder) const
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
        return files;
    }

    qint64 lowGeneration(const QString &server) const
    {
        return m_sim.status(server)
            .value(QStringLiteral("log_generations"))
            .toObject()
            .value(QStringLiteral("low"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.isValid());
        if (qEnvironmentVariable("CERTSRV_TEST_KEYCHAIN") != QLatin1String("real")) {
            QSKIP("run through ctest: with-test-keyring.sh provides the keychain");
        }
        QString error;
        QVERIFY2(m_sim.createAndStart(QStringLiteral("PROF"), {}, &error), qPrintable(error));
        QVERIFY2(m_sim.createAndStart(QStringLiteral("NOKEY"), {}, &error), qPrintable(error));
        // Each simulated CA holds its own key pair and certificate.
        QVERIFY(QFileInfo(m_sim.path(QStringLiteral("sim/servers/PROF/ca/ca-key.pem")))
                    .permissions()
                    .testFlag(QFileDevice::ReadOwner));
        QCOMPARE(
            QFileInfo(m_sim.path(QStringLiteral("sim/servers/PROF/ca/ca-key.pem"))).permissions() &
                (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    }

    void addListShow()
    {
        const ProcessRun added =
            addProfile(QStringLiteral("Nightly"), QStringLiteral("PROF"),
                       {QStringLiteral("--with-key"), QStringLiteral("--key-password-stdin"),
                        QStringLiteral("--keep-full"), QStringLiteral("1"),
                        QStringLiteral("--notes"), QStringLiteral("scheduled 02:00")},
                       "key pw 1\n");
        QVERIFY2(added.exitCode == 0, added.out + added.err);
        QVERIFY(added.out.contains("stored in the system keychain"));
        QVERIFY(!added.out.contains("key pw 1"));

        const ProcessRun list =
            cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Nightly"));
        QVERIFY(!list.out.contains("key pw 1"));

        const ProcessRun show = cli({QStringLiteral("profiles"), QStringLiteral("show"),
                                     QStringLiteral("nightly"), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = show.json();
        QCOMPARE(shown.value(QStringLiteral("key_password")).toString(), QStringLiteral("stored"));
        QCOMPARE(shown.value(QStringLiteral("include_key")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("keep_full")).toInt(), 1);
        QCOMPARE(shown.value(QStringLiteral("verify_after")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("scheduled 02:00"));
        const ProcessRun text =
            cli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Nightly")});
        QVERIFY(text.out.contains("stored in the system keychain"));

        // The same name again needs --replace; a malformed call is a usage error.
        QCOMPARE(addProfile(QStringLiteral("NIGHTLY"), QStringLiteral("PROF"), {}).exitCode, 1);
        QCOMPARE(addProfile(QStringLiteral("Bad"), QStringLiteral("PROF"),
                            {QStringLiteral("--keep-full"), QStringLiteral("-1")})
                     .exitCode,
                 2);
        QCOMPARE(addProfile(QStringLiteral("Bad"), QStringLiteral("PROF"),
                            {QStringLiteral("--key-password-stdin")}, "x\n")
                     .exitCode,
                 2);
    }

    void profileRunWithKeyAndRetention()
    {
        const ProcessRun first = profileBackup(QStringLiteral("Nightly"));
        QVERIFY2(first.exitCode == 0, first.out + first.err);
        const QJsonObject result = first.json();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("profile")).toString(), QStringLiteral("Nightly"));
        QCOMPARE(result.value(QStringLiteral("ca_key")).toString(),
                 QStringLiteral("PROF Issuing CA.p12"));
        QCOMPARE(result.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("pruned")).toArray().size(), 0);
        const QString firstSet = result.value(QStringLiteral("set")).toString();
        QVERIFY(QFileInfo::exists(firstSet + QStringLiteral("/PROF Issuing CA.p12")));

        QJsonObject record = lastRunRecord();
        QCOMPARE(record.value(QStringLiteral("source")).toString(),
                 QStringLiteral("profile:Nightly"));
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));

        // The set restores (the simulator replays it), and the key opens with the keychain's
        // password, from the profile.
        const ProcessRun check =
            m_sim.sim({QStringLiteral("check"), firstSet, QStringLiteral("--json")});
        QVERIFY2(check.json().value(QStringLiteral("consistent")).toBool(), check.out);
        ProcessRun verify = cli({QStringLiteral("verify"), firstSet, QStringLiteral("--profile"),
                                 QStringLiteral("Nightly"), QStringLiteral("--json")});
        QVERIFY2(verify.exitCode == 0, verify.out + verify.err);
        QCOMPARE(verify.json()
                     .value(QStringLiteral("ca_key"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("verified"));
        verify = cli({QStringLiteral("verify"), firstSet, QStringLiteral("--json")});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json()
                     .value(QStringLiteral("ca_key"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("not-checked"));
        verify = cli({QStringLiteral("verify"), firstSet, QStringLiteral("--key-password-stdin")},
                     "wrong\n");
        QCOMPARE(verify.exitCode, 5);

        // The profile learned the CA name at its first run.
        const ProcessRun show = cli({QStringLiteral("profiles"), QStringLiteral("show"),
                                     QStringLiteral("Nightly"), QStringLiteral("--json")});
        QCOMPARE(show.json().value(QStringLiteral("ca_name")).toString(),
                 QStringLiteral("PROF Issuing CA"));

        // Keep one full set: the second run removes the first and says so.
        QVERIFY(testing::waitForANewSecond(testing::setNameTime(firstSet)));
        const ProcessRun second = profileBackup(QStringLiteral("Nightly"));
        QVERIFY2(second.exitCode == 0, second.out + second.err);
        const QJsonArray pruned = second.json().value(QStringLiteral("pruned")).toArray();
        QCOMPARE(pruned.size(), 1);
        QCOMPARE(pruned.at(0).toString(), firstSet);
        QVERIFY(!QFileInfo::exists(firstSet));
        record = lastRunRecord();
        QCOMPARE(record.value(QStringLiteral("pruned")).toArray().at(0).toString(), firstSet);
    }

    void keychainUnavailable()
    {
        const qint64 before = filesUnder(dest(QStringLiteral("nightly"))).size();
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        const ProcessRun r = profileBackup(QStringLiteral("Nightly"), {}, {}, noBus);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("not available")),
                 r.out);
        QVERIFY(!error.value(QStringLiteral("action")).toString().isEmpty());
        QCOMPARE(filesUnder(dest(QStringLiteral("nightly"))).size(), before);
        // A failed unattended run is in the run log for the main window.
        const QJsonObject record = lastRunRecord();
        QCOMPARE(record.value(QStringLiteral("source")).toString(),
                 QStringLiteral("profile:Nightly"));
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));

        // "Ask me each time" from the command line: the password on standard input.
        const ProcessRun typed =
            profileBackup(QStringLiteral("Nightly"), {QStringLiteral("--key-password-stdin")},
                          "key pw 1\n", noBus);
        QVERIFY2(typed.exitCode == 0, typed.out + typed.err);

        // Adding a profile with a password while the keychain is away saves nothing.
        const ProcessRun add =
            cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Away"),
                 QStringLiteral("--server"), QStringLiteral("PROF"), QStringLiteral("--dest"),
                 dest(QStringLiteral("away")), QStringLiteral("--with-key"),
                 QStringLiteral("--key-password-stdin")},
                "pw\n", noBus);
        QCOMPARE(add.exitCode, 1);
        QVERIFY(add.err.contains("not available"));
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Away")})
                     .exitCode,
                 2);
    }

    void runsThatCannotStart()
    {
        ProcessRun r = profileBackup(QStringLiteral("NoSuchProfile"));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(lastRunRecord().value(QStringLiteral("source")).toString(),
                 QStringLiteral("profile:NoSuchProfile"));
        QCOMPARE(profileBackup(QStringLiteral("Nightly"),
                               {QStringLiteral("--server"), QStringLiteral("PROF")})
                     .exitCode,
                 2);

        // The profile asks for the password each time and none came.
        QCOMPARE(addProfile(QStringLiteral("Ask"), QStringLiteral("PROF"),
                            {QStringLiteral("--with-key"), QStringLiteral("--ask-key-password")})
                     .exitCode,
                 0);
        r = profileBackup(QStringLiteral("Ask"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("asks for the CA key password"));
        r = profileBackup(QStringLiteral("Ask"), {QStringLiteral("--key-password-stdin")},
                          "typed\n");
        QVERIFY2(r.exitCode == 0, r.out + r.err);

        // The key of a CA on another computer cannot be backed up from here.
        QVERIFY(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Far"),
                     QStringLiteral("--server"), QStringLiteral("FARAWAY"),
                     QStringLiteral("--dest"), dest(QStringLiteral("far")),
                     QStringLiteral("--with-key"), QStringLiteral("--key-password-stdin")},
                    "pw\n")
                    .exitCode == 0);
        r = profileBackup(QStringLiteral("Far"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("on the CA itself"), r.out);
        QVERIFY(filesUnder(dest(QStringLiteral("far"))).isEmpty());
    }

    void keyThatCannotBeExportedStopsBeforeTheDatabase()
    {
        QVERIFY(QFile::remove(m_sim.path(QStringLiteral("sim/servers/NOKEY/ca/ca-key.pem"))));
        QVERIFY(addProfile(QStringLiteral("NoKey"), QStringLiteral("NOKEY"),
                           {QStringLiteral("--with-key"), QStringLiteral("--key-password-stdin")},
                           "pw\n")
                    .exitCode == 0);
        const qint64 lowBefore = lowGeneration(QStringLiteral("NOKEY"));
        const ProcessRun r = profileBackup(QStringLiteral("NoKey"));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("call")).toString(), QStringLiteral("export CA key"));
        QVERIFY(error.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("no set was written")));
        QVERIFY(filesUnder(dest(QStringLiteral("nokey"))).isEmpty());
        // Nothing was truncated and the backup context was ended.
        QCOMPARE(lowGeneration(QStringLiteral("NOKEY")), lowBefore);
        QCOMPARE(
            m_sim.status(QStringLiteral("NOKEY")).value(QStringLiteral("leaked_contexts")).toInt(),
            0);
    }

    void exportImport()
    {
        const QString plain = m_sim.path(QStringLiteral("profiles-plain.json"));
        const QString secret = m_sim.path(QStringLiteral("profiles-secret.json"));
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("export"), plain}).exitCode, 0);
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const QByteArray plainBytes = plainFile.readAll();
        QVERIFY(plainBytes.contains("\"Nightly\""));
        QVERIFY(!plainBytes.contains("key_password\""));
        QVERIFY(!plainBytes.contains("key pw 1"));

        const ProcessRun withSecrets = cli({QStringLiteral("profiles"), QStringLiteral("export"),
                                            secret, QStringLiteral("--include-secrets")});
        QCOMPARE(withSecrets.exitCode, 0);
        QVERIFY(withSecrets.out.contains("plain text"));
        QFile secretFile(secret);
        QVERIFY(secretFile.open(QIODevice::ReadOnly));
        QVERIFY(secretFile.readAll().contains("key pw 1"));
        QCOMPARE(secretFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Another account's configuration (same keychain): the import brings the password.
        QProcessEnvironment other;
        other.insert(QStringLiteral("XDG_CONFIG_HOME"), m_sim.path(QStringLiteral("config2")));
        QVERIFY(
            cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Nightly")})
                .exitCode == 0);
        ProcessRun show = cli({QStringLiteral("profiles"), QStringLiteral("show"),
                               QStringLiteral("Nightly"), QStringLiteral("--json")},
                              {}, other);
        QCOMPARE(show.exitCode, 2);
        const ProcessRun imported =
            cli({QStringLiteral("profiles"), QStringLiteral("import"), secret}, {}, other);
        QVERIFY2(imported.exitCode == 0, imported.out + imported.err);
        show = cli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Nightly"),
                    QStringLiteral("--json")},
                   {}, other);
        QCOMPARE(show.json().value(QStringLiteral("key_password")).toString(),
                 QStringLiteral("stored"));
        QCOMPARE(show.json().value(QStringLiteral("ca_name")).toString(),
                 QStringLiteral("PROF Issuing CA"));
        // A second import clashes unless asked to replace.
        QCOMPARE(
            cli({QStringLiteral("profiles"), QStringLiteral("import"), plain}, {}, other).exitCode,
            1);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("import"), plain,
                      QStringLiteral("--replace")},
                     {}, other)
                     .exitCode,
                 0);
    }

    void removeDeletesTheKeychainEntry()
    {
        QVERIFY(addProfile(QStringLiteral("Temp"), QStringLiteral("PROF"),
                           {QStringLiteral("--with-key"), QStringLiteral("--key-password-stdin")},
                           "temp pw\n")
                    .exitCode == 0);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("temp")})
                     .exitCode,
                 0);
        // Added again without a password: the old one is gone, and the CLI says so.
        const ProcessRun again = addProfile(QStringLiteral("Temp"), QStringLiteral("PROF"),
                                            {QStringLiteral("--with-key")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("no CA key password is stored"), again.err);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Temp"),
                      QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("key_password"))
                     .toString(),
                 QStringLiteral("missing"));
    }

    void newerProfilesFileIsLeftAlone()
    {
        QProcessEnvironment third;
        third.insert(QStringLiteral("XDG_CONFIG_HOME"), m_sim.path(QStringLiteral("config3")));
        const QString path =
            m_sim.path(QStringLiteral("config3/CertSrvBackupManager/profiles.ini"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray newer = "[General]\nschema=9\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(newer);
        }
        const ProcessRun list =
            cli({QStringLiteral("profiles"), QStringLiteral("list")}, {}, third);
        QCOMPARE(list.exitCode, 1);
        QVERIFY(list.err.contains("newer version"));
        QCOMPARE(addProfile(QStringLiteral("X"), QStringLiteral("PROF"), {}).exitCode, 0);
        const ProcessRun add =
            cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("X"),
                 QStringLiteral("--server"), QStringLiteral("PROF"), QStringLiteral("--dest"),
                 dest(QStringLiteral("x"))},
                {}, third);
        QCOMPARE(add.exitCode, 1);
        const ProcessRun run = profileBackup(QStringLiteral("X"), {}, {}, third);
        QCOMPARE(run.exitCode, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer);
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
