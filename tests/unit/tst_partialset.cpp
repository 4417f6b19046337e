// SPDX-License-Identifier: Apache-2.0
// Unfinished sets and their locks: a set whose writer is gone is found and removed, one that a
// live process still writes is never touched, and a lock file alone is cleaned up.
#include "engine/manifest.h"
#include "engine/partialset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace engine;

namespace {

// In the child process: hold the lock of the named .partial folder until killed.
constexpr const char *kHoldVariable = "CERTSRV_TEST_HOLD_PARTIAL_LOCK";

void makePartialSet(const QString &path, qint64 bytes)
{
    QVERIFY(QDir().mkpath(path + QStringLiteral("/DataBase")));
    QFile file(path + QStringLiteral("/DataBase/Fake CA.edb"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(static_cast<int>(bytes), 'x')), bytes);
}

} // namespace

class TestPartialSet final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dest;
    QString caFolder() const { return m_dest->path() + QStringLiteral("/Fake CA"); }
    QString partialPath() const
    {
        return caFolder() + QStringLiteral("/20261201-101500-full") + QLatin1String(kPartialSuffix);
    }

    // This host as QLockFile writes it into a lock file (on Windows %COMPUTERNAME%, elsewhere
    // the host name), read back from a real lock.
    static QString lockFileHostName()
    {
        QTemporaryDir dir;
        QLockFile probe(dir.filePath(QStringLiteral("probe.lock")));
        qint64 pid = 0;
        QString host;
        QString program;
        if (!probe.tryLock(0) || !probe.getLockInfo(&pid, &host, &program)) {
            return {};
        }
        return host;
    }

    void writeLockFile(const QString &host)
    {
        QVERIFY(!host.isEmpty());
        // QLockFile's own format: PID, program, host.
        QFile lockFile(PartialSetLock::lockPathFor(partialPath()));
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write("999999999\ncertsrv-backup-cli\n" + host.toUtf8() + "\n");
    }

private Q_SLOTS:
    void init()
    {
        m_dest = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dest->isValid());
    }

    void unlockedFolderIsStaleAndRemoved()
    {
        makePartialSet(partialPath(), 5000);
        const QList<PartialSet> found = sweepPartialSets(m_dest->path(), true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).state, PartialSet::State::Stale);
        QCOMPARE(found.at(0).bytes, qint64(5000));
        QVERIFY(found.at(0).removed);
        QVERIFY2(found.at(0).describe().contains(QStringLiteral("Removed")),
                 qPrintable(found.at(0).describe()));
        QVERIFY(!QFileInfo::exists(partialPath()));
        QVERIFY(!QFileInfo::exists(PartialSetLock::lockPathFor(partialPath())));
        QVERIFY(QFileInfo(caFolder()).isDir()); // only the unfinished set goes
    }

    void reportOnlyLeavesIt()
    {
        makePartialSet(partialPath(), 100);
        const QList<PartialSet> found = sweepPartialSets(caFolder(), false);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).state, PartialSet::State::Stale);
        QVERIFY(!found.at(0).removed);
        QVERIFY(QFileInfo::exists(partialPath()));
    }

    void liveWriterIsLeftAlone()
    {
        makePartialSet(partialPath(), 100);
        // The lock held the way a running job holds it; QLockFile tells this process's other
        // lock objects from their owner exactly as it tells another process.
        PartialSetLock lock(partialPath());
        QString owner;
        QVERIFY(lock.tryLock(&owner));
        const QList<PartialSet> found = sweepPartialSets(m_dest->path(), true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).state, PartialSet::State::InUse);
        QCOMPARE(found.at(0).ownerPid, qint64(QCoreApplication::applicationPid()));
        QVERIFY(QFileInfo::exists(partialPath() + QStringLiteral("/DataBase/Fake CA.edb")));
        PartialSetLock second(partialPath());
        QVERIFY(!second.tryLock(&owner));
        QVERIFY2(owner.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(owner));
    }

    void killedWriterIsStale()
    {
        makePartialSet(partialPath(), 100);
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kHoldVariable), partialPath());
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readAll().trimmed(), QByteArray("locked"));

        QList<PartialSet> found = sweepPartialSets(m_dest->path(), true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).state, PartialSet::State::InUse);
        QCOMPARE(found.at(0).ownerPid, holder.processId());

        holder.kill(); // as a crash or a power cut ends it: SIGKILL, TerminateProcess
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(PartialSetLock::lockPathFor(partialPath())));
        found = sweepPartialSets(m_dest->path(), true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).state, PartialSet::State::Stale);
        QVERIFY(found.at(0).removed);
        QVERIFY(!QFileInfo::exists(partialPath()));
        QVERIFY(!QFileInfo::exists(PartialSetLock::lockPathFor(partialPath())));
    }

    void orphanedLockFileRemoved()
    {
        QVERIFY(QDir().mkpath(caFolder()));
        writeLockFile(lockFileHostName());
        const QList<PartialSet> found = sweepPartialSets(m_dest->path(), true);
        QCOMPARE(found.size(), 0); // no set to report
        QVERIFY(!QFileInfo::exists(PartialSetLock::lockPathFor(partialPath())));
    }

    void deadLocalOwnerFromLockFileIsStale()
    {
        makePartialSet(partialPath(), 100);
        writeLockFile(lockFileHostName());
        const QList<PartialSet> found = sweepPartialSets(m_dest->path(), true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).state, PartialSet::State::Stale);
        QVERIFY(!QFileInfo::exists(partialPath()));
    }

    void ownerOnAnotherHostIsNeverJudged()
    {
        // On a shared destination a lock from another host cannot be checked: left alone.
        makePartialSet(partialPath(), 100);
        writeLockFile(QStringLiteral("other-host.example"));
        const QList<PartialSet> found = sweepPartialSets(m_dest->path(), true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).state, PartialSet::State::InUse);
        QCOMPARE(found.at(0).ownerHost, QStringLiteral("other-host.example"));
        QVERIFY2(found.at(0).describe().contains(QStringLiteral("other-host.example")),
                 qPrintable(found.at(0).describe()));
        QVERIFY(QFileInfo::exists(partialPath()));
    }

    void finishedSetsAreNotPartial()
    {
        makePartialSet(caFolder() + QStringLiteral("/20261201-101500-full"), 100);
        QCOMPARE(sweepPartialSets(m_dest->path(), true).size(), 0);
        QVERIFY(QFileInfo::exists(caFolder() + QStringLiteral("/20261201-101500-full")));
    }
};

int main(int argc, char **argv)
{
    const QByteArray hold = qgetenv(kHoldVariable);
    if (!hold.isEmpty()) {
        QCoreApplication app(argc, argv);
        PartialSetLock lock(QString::fromLocal8Bit(hold));
        QString owner;
        if (!lock.tryLock(&owner)) {
            return 1;
        }
        std::fputs("locked\n", stdout);
        std::fflush(stdout);
        for (;;) {
            std::this_thread::sleep_for(std::chrono::hours(1));
        }
    }
    QCoreApplication app(argc, argv);
    TestPartialSet test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_partialset.moc"
