// SPDX-License-Identifier: Apache-2.0
// The profile store on disk: round trips, case-insensitive names, schema and format errors that
// leave the file untouched, and changes made by another process kept on save.
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFuture>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QTest>

using namespace profiles;

namespace {

Profile sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.server = QStringLiteral("CA01");
    p.caName = QStringLiteral("Contoso Root CA");
    p.type = engine::SetType::LogsOnly;
    p.keepLogs = true;
    p.destination = QStringLiteral("/backups/ca");
    p.includeKey = true;
    p.verifyAfter = false;
    p.keepFull = 3;
    p.notes = QStringLiteral("weekly; owner: PKI team\nsecond line, \"quoted\" = ü");
    p.keyPasswordSource = KeyPasswordSource::AskEachTime;
    return p;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void compareProfiles(const Profile &a, const Profile &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.server, b.server);
    QCOMPARE(a.caName, b.caName);
    QCOMPARE(a.type, b.type);
    QCOMPARE(a.keepLogs, b.keepLogs);
    QCOMPARE(a.destination, b.destination);
    QCOMPARE(a.includeKey, b.includeKey);
    QCOMPARE(a.verifyAfter, b.verifyAfter);
    QCOMPARE(a.keepFull, b.keepFull);
    QCOMPARE(a.notes, b.notes);
    QCOMPARE(a.keyPasswordSource, b.keyPasswordSource);
}

} // namespace

class TestProfileStore final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    // Root reads and writes files whatever their permission bits say. In a user namespace
    // without a mapping (unshare --user) it is root without that power over its own files: the
    // current test function runs again there, in a child process, and must pass (not skip).
    void runAgainWithoutDacOverride()
    {
        if (qEnvironmentVariableIsSet("CERTSRV_TEST_NO_DAC_OVERRIDE")) {
            QFAIL("the file is readable without read permission even in a user namespace");
        }
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty()) {
            QSKIP("this account reads files without read permission (root), and there is no "
                  "unshare to run the test without that");
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CERTSRV_TEST_NO_DAC_OVERRIDE"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        const QString function = QString::fromLatin1(QTest::currentTestFunction());
        child.start(unshare,
                    {QStringLiteral("--user"), QCoreApplication::applicationFilePath(), function});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAll();
        if (child.exitCode() != 0 && out.contains("unshare failed")) {
            QSKIP("this account reads files without read permission (root), and unshare --user "
                  "is not allowed here");
        }
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 out.constData());
        const QByteArray passed =
            "PASS   : " + QByteArray(metaObject()->className()) + "::" + function.toLatin1() + "()";
        QVERIFY2(out.contains(passed), out.constData());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sub/profiles.ini"));
        QFile::remove(m_path);
    }

    void missingFileIsEmpty()
    {
        ProfileStore store(m_path);
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.find(QStringLiteral("x")));
        QCOMPARE(store.path(), m_path);
    }

    void defaultLocation()
    {
        // Under the platform's generic configuration folder, shared by the GUI and the CLI.
        QVERIFY(
            ProfileStore().path().endsWith(QLatin1String("/CertSrvBackupManager/profiles.ini")));
    }

    void roundTrip()
    {
        Profile second = sample(QStringLiteral("Issuing CA 2"));
        second.type = engine::SetType::Full;
        second.includeKey = false;
        second.keyPasswordSource = KeyPasswordSource::Keychain;
        second.notes.clear();
        {
            ProfileStore store(m_path);
            QString error;
            QVERIFY(store.load(&error));
            QVERIFY2(store.save(sample(QStringLiteral("Root")), &error), qPrintable(error));
            QVERIFY2(store.save(second, &error), qPrintable(error));
            QCOMPARE(store.profiles().size(), 2);
        }
        ProfileStore reread(m_path);
        QString error;
        QVERIFY2(reread.load(&error), qPrintable(error));
        QCOMPARE(reread.profiles().size(), 2);
        compareProfiles(reread.profiles().at(0), sample(QStringLiteral("Root")));
        compareProfiles(reread.profiles().at(1), second);
        QVERIFY(readBytes(m_path).contains("schema=1"));
    }

    void namesAreCaseInsensitive()
    {
        ProfileStore store(m_path);
        QString error;
        QVERIFY(store.save(sample(QStringLiteral("Root")), &error));
        QVERIFY(store.find(QStringLiteral("ROOT")));
        Profile changed = sample(QStringLiteral("root"));
        changed.server = QStringLiteral("CA02");
        QVERIFY(store.save(changed, &error)); // replaces, does not add
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.find(QStringLiteral("Root"))->server, QStringLiteral("CA02"));
        QCOMPARE(store.find(QStringLiteral("Root"))->name, QStringLiteral("root"));

        QVERIFY(!store.remove(QStringLiteral("nothing"), &error));
        QVERIFY(error.contains(QStringLiteral("nothing")));
        QVERIFY2(store.remove(QStringLiteral("ROOT"), &error), qPrintable(error));
        QVERIFY(store.profiles().isEmpty());
        ProfileStore reread(m_path);
        QVERIFY(reread.load(&error));
        QVERIFY(reread.profiles().isEmpty());
    }

    void renameIsOneChange()
    {
        ProfileStore store(m_path);
        QString error;
        QVERIFY(store.save(sample(QStringLiteral("Root")), &error));
        QVERIFY(store.save(sample(QStringLiteral("Other")), &error));
        Profile renamed = sample(QStringLiteral("Renamed"));
        renamed.server = QStringLiteral("CA02");
        QVERIFY2(store.rename(QStringLiteral("ROOT"), renamed, &error), qPrintable(error));
        ProfileStore reread(m_path);
        QVERIFY(reread.load(&error));
        QCOMPARE(reread.profiles().size(), 2);
        QVERIFY(!reread.find(QStringLiteral("Root")));
        compareProfiles(reread.profiles().at(0), renamed); // in the old one's place
        QCOMPARE(store.profiles().size(), 2);
        // A change of case only is a rename onto itself.
        QVERIFY2(store.rename(QStringLiteral("Renamed"), sample(QStringLiteral("RENAMED")), &error),
                 qPrintable(error));
        QCOMPARE(store.find(QStringLiteral("renamed"))->name, QStringLiteral("RENAMED"));
    }

    void failedRenameChangesNothing()
    {
        ProfileStore store(m_path);
        QString error;
        QVERIFY(store.save(sample(QStringLiteral("Root")), &error));
        QVERIFY(store.save(sample(QStringLiteral("Other")), &error));
        const QByteArray before = readBytes(m_path);

        QVERIFY(!store.rename(QStringLiteral("Root"), sample(QStringLiteral("other")), &error));
        QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
        QCOMPARE(readBytes(m_path), before);

        // Another program removed the profile while it was being edited here.
        ProfileStore cli(m_path);
        QVERIFY(cli.load(&error));
        QVERIFY(cli.remove(QStringLiteral("Root"), &error));
        const QByteArray afterRemove = readBytes(m_path);
        QVERIFY(store.find(QStringLiteral("Root"))); // this copy is stale
        error.clear();
        QVERIFY(!store.rename(QStringLiteral("Root"), sample(QStringLiteral("New")), &error));
        QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
        QCOMPARE(readBytes(m_path), afterRemove);
        QVERIFY(!store.find(QStringLiteral("New")));
    }

    void invalidProfilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<int>("keepFull");
        QTest::newRow("no name") << QString() << "CA"
                                 << "/d" << 0;
        QTest::newRow("spaces around") << " x "
                                       << "CA"
                                       << "/d" << 0;
        QTest::newRow("slash") << "a/b"
                               << "CA"
                               << "/d" << 0;
        QTest::newRow("control") << "a\tb"
                                 << "CA"
                                 << "/d" << 0;
        QTest::newRow("no server") << "x"
                                   << ""
                                   << "/d" << 0;
        QTest::newRow("no destination") << "x"
                                        << "CA"
                                        << "" << 0;
        QTest::newRow("negative retention") << "x"
                                            << "CA"
                                            << "/d" << -1;
    }

    void invalidProfilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, server);
        QFETCH(QString, destination);
        QFETCH(int, keepFull);
        Profile p;
        p.name = name;
        p.server = server;
        p.destination = destination;
        p.keepFull = keepFull;
        ProfileStore store(m_path);
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_path));
    }

    void newerSchemaIsNeverOverwritten()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        const QByteArray newer = "[General]\nschema=2\nfuture_field=1\n";
        writeBytes(m_path, newer);
        ProfileStore store(m_path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("schema 2")));
        QVERIFY(!store.save(sample(QStringLiteral("x")), &error));
        QVERIFY(!store.remove(QStringLiteral("x"), &error));
        QCOMPARE(readBytes(m_path), newer);
    }

    void unreadableFilesAreNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no schema") << QByteArray("[profiles]\nsize=0\n") << "schema";
        QTest::newRow("schema not a number") << QByteArray("[General]\nschema=abc\n") << "schema";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff[[[", 8) << "";
        QTest::newRow("bad type") << QByteArray("[General]\nschema=1\n[profiles]\n1\\name=a\n"
                                                "1\\server=s\n1\\destination=/d\n"
                                                "1\\type=weekly\nsize=1\n")
                                  << "neither full nor logs";
        QTest::newRow("missing server") << QByteArray("[General]\nschema=1\n[profiles]\n"
                                                      "1\\name=a\n1\\destination=/d\nsize=1\n")
                                        << "needs a server";
        QTest::newRow("duplicate") << QByteArray("[General]\nschema=1\n[profiles]\n1\\name=a\n"
                                                 "1\\server=s\n1\\destination=/d\n2\\name=A\n"
                                                 "2\\server=s\n2\\destination=/d\nsize=2\n")
                                   << "second profile";
    }

    void unreadableFilesAreNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        writeBytes(m_path, content);
        ProfileStore store(m_path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("left as it is")));
        QVERIFY(!store.save(sample(QStringLiteral("x")), &error));
        QCOMPARE(readBytes(m_path), content);
    }

    void unreadablePermissions()
    {
        ProfileStore store(m_path);
        QString error;
        QVERIFY(store.save(sample(QStringLiteral("Root")), &error));
        const QByteArray before = readBytes(m_path);
        QFile::setPermissions(m_path, QFileDevice::WriteOwner);
        if (QFile probe(m_path); probe.open(QIODevice::ReadOnly)) {
            QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            runAgainWithoutDacOverride();
            return;
        }
        QVERIFY(!store.load(&error));
        QVERIFY(error.contains(QStringLiteral("cannot be read")));
        QVERIFY(!store.save(sample(QStringLiteral("Other")), &error));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(readBytes(m_path), before);
    }

    void changesOfAnotherProcessAreKept()
    {
        ProfileStore gui(m_path);
        ProfileStore cli(m_path);
        QString error;
        QVERIFY(gui.load(&error));
        QVERIFY(cli.load(&error));
        QVERIFY(cli.save(sample(QStringLiteral("FromCli")), &error));
        // The GUI's copy is stale, but saving reads the file first.
        QVERIFY(gui.save(sample(QStringLiteral("FromGui")), &error));
        ProfileStore reread(m_path);
        QVERIFY(reread.load(&error));
        QCOMPARE(reread.profiles().size(), 2);
        QVERIFY(reread.find(QStringLiteral("FromCli")));
        QVERIFY(reread.find(QStringLiteral("FromGui")));
    }

    void concurrentSavesLoseNothing()
    {
        // The GUI's editor and a scheduled run save at the same time: every read-modify-write
        // holds the store's lock, so no update is lost.
        constexpr int kEach = 40;
        auto writer = [this](const QString &prefix) {
            ProfileStore store(m_path);
            QString error;
            int saved = 0;
            for (int i = 0; i < kEach; ++i) {
                saved += store.save(sample(prefix + QString::number(i)), &error) ? 1 : 0;
            }
            return saved;
        };
        QFuture<int> first = QtConcurrent::run(writer, QStringLiteral("Gui"));
        QFuture<int> second = QtConcurrent::run(writer, QStringLiteral("Cli"));
        QCOMPARE(first.result(), kEach);
        QCOMPARE(second.result(), kEach);
        ProfileStore reread(m_path);
        QString error;
        QVERIFY(reread.load(&error));
        QCOMPARE(reread.profiles().size(), 2 * kEach);
    }

    void keychainKeyCarriesTheApplicationName()
    {
        QCOMPARE(keyPasswordSecretKey(QStringLiteral("Root CA")),
                 QStringLiteral("CertSrvBackupManager/Root CA/key-password"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
