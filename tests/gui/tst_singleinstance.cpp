// SPDX-License-Identifier: Apache-2.0
// One application per operator: a second start hands its command line to the first and ends; a
// lock left by an instance that ended does not block the next start; a first instance that does
// not answer does not keep the second waiting for ever.
#include "ui/singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdlib>
#include <thread>

namespace {

// Claims in another thread, as a second process would (the first answers on this thread).
ui::SingleInstance::Claim claimElsewhere(const QString &folder, const QStringList &arguments,
                                         int answerMs, bool waitHere)
{
    ui::SingleInstance::Claim claim = ui::SingleInstance::Claim::Alone;
    std::atomic<bool> done{false};
    std::thread second([&] {
        ui::SingleInstance other(folder, QStringLiteral("app"));
        claim = other.claim(arguments, answerMs);
        done = true;
    });
    if (!waitHere) {
        // The first instance's events run meanwhile, as they would in its own process.
        if (!QTest::qWaitFor([&done] { return done.load(); }, answerMs + 5000)) {
            qWarning("the second claim did not return in time");
        }
    }
    second.join();
    return claim;
}

class TestSingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondStartGoesToTheFirst()
    {
        QTemporaryDir dir;
        ui::SingleInstance first(dir.path(), QStringLiteral("app"));
        QCOMPARE(first.claim({}), ui::SingleInstance::Claim::First);
        QSignalSpy activated(&first, &ui::SingleInstance::activated);
        const QStringList arguments{QStringLiteral("--wizard"), QStringLiteral("--server=CA01")};
        QCOMPARE(claimElsewhere(dir.path(), arguments, 5000, false),
                 ui::SingleInstance::Claim::HandedOver);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toStringList(), arguments);
        // Taken requests are gone.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("app.starts"))).entryList(QDir::Files).size(), 0);
    }

    void firstThatDoesNotAnswer()
    {
        QTemporaryDir dir;
        ui::SingleInstance first(dir.path(), QStringLiteral("app"));
        QCOMPARE(first.claim({}), ui::SingleInstance::Claim::First);
        QSignalSpy activated(&first, &ui::SingleInstance::activated);
        // This thread waits in join(): the first instance cannot read its requests.
        QCOMPARE(claimElsewhere(dir.path(), {QStringLiteral("--wizard")}, 300, true),
                 ui::SingleInstance::Claim::NoAnswer);
        // The unanswered request is withdrawn, so it does not arrive late.
        QCoreApplication::processEvents();
        QCOMPARE(activated.size(), 0);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("app.starts"))).entryList(QDir::Files).size(), 0);
    }

    void lockOfAnEndedInstance()
    {
        QTemporaryDir dir;
        // A copy of this test that takes the lock and ends without giving it back (as a crash).
        QProcess crashed;
        crashed.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--claim-and-crash"), dir.path()});
        QVERIFY(crashed.waitForFinished(30000));
        QCOMPARE(crashed.exitCode(), 7);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("app.lock"))));
        ui::SingleInstance next(dir.path(), QStringLiteral("app"));
        QCOMPARE(next.claim({}), ui::SingleInstance::Claim::First);
    }

    void elevatedCopyIsAnotherInstance()
    {
        QTemporaryDir dir;
        ui::SingleInstance plain(dir.path(), QStringLiteral("app"));
        ui::SingleInstance elevated(dir.path(), QStringLiteral("app-elevated"));
        QCOMPARE(plain.claim({}), ui::SingleInstance::Claim::First);
        QCOMPARE(elevated.claim({}), ui::SingleInstance::Claim::First);
    }

    void unusableFolder()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ui::SingleInstance instance(blocker.fileName() + QStringLiteral("/below"),
                                    QStringLiteral("app"));
        QCOMPARE(instance.claim({}), ui::SingleInstance::Claim::Alone);
        QVERIFY(!instance.detail().isEmpty());
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--claim-and-crash") == 0) {
        ui::SingleInstance instance(QString::fromLocal8Bit(argv[2]), QStringLiteral("app"));
        if (instance.claim({}) != ui::SingleInstance::Claim::First) {
            return 1;
        }
        std::_Exit(7); // no destructors: the lock file stays behind
    }
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
