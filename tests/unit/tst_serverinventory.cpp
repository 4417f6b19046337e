// SPDX-License-Identifier: Apache-2.0
// The server inventory: one CA under two names is one server, the online classification, the
// history of runs and sets on disk, and a load whose context went away answers nobody.
#include "engine/serverinventory.h"

#include "certadm/hresult.h"
#include "engine/manifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

using namespace engine;

namespace {

RunRecord run(const QString &server, const QString &caName, const QString &time, RunOutcome outcome,
              const QString &setPath = QString())
{
    RunRecord record;
    record.time = QDateTime::fromString(time, Qt::ISODate);
    record.server = server;
    record.caName = caName;
    record.outcome = outcome;
    record.setPath = setPath;
    record.hresult = outcome == RunOutcome::Succeeded ? QString() : QStringLiteral("0x800706BA");
    return record;
}

// A full set of `server` at <destination>/<CA name>/<folder> with just its manifest.
QString writeSet(const QString &destination, const QString &server, const QString &caName,
                 const QString &folder, const QString &finished)
{
    Manifest manifest;
    manifest.server = server;
    manifest.caName = caName;
    manifest.type = SetType::Full;
    manifest.finished = QDateTime::fromString(finished, Qt::ISODate);
    manifest.started = manifest.finished.addSecs(-5);
    manifest.logGenerationLow = 1;
    manifest.logGenerationHigh = 2;
    const QString path = destination + QLatin1Char('/') + caName + QLatin1Char('/') + folder;
    QDir().mkpath(path);
    QFile file(path + QStringLiteral("/manifest.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(manifest.toBytes()) < 0) {
        return {};
    }
    return path;
}

} // namespace

class TestServerInventory final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameCa_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("caA");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("caB");
        QTest::addColumn<bool>("same");
        const QString root = QStringLiteral("Contoso Root CA");
        QTest::newRow("NetBIOS and DNS name")
            << "CA01" << root << "ca01.contoso.local" << root << true;
        QTest::newRow("CA name known once")
            << "ca01.contoso.local" << root << "CA01" << QString() << true;
        QTest::newRow("case") << "ca01" << root << "CA01" << root.toUpper() << true;
        QTest::newRow("UNC form") << "\\\\CA01" << root << "ca01" << root << true;
        QTest::newRow("other host") << "CA01" << root << "CA02" << root << false;
        QTest::newRow("two domains")
            << "ca01.contoso.local" << root << "ca01.fabrikam.local" << root << false;
        QTest::newRow("two CAs of one name")
            << "CA01" << root << "ca01.contoso.local" << QStringLiteral("Other CA") << false;
        QTest::newRow("addresses") << "10.0.0.1" << root << "10.0.0.2" << root << false;
        QTest::newRow("address and name") << "10.0.0.1" << root << "10" << root << false;
        QTest::newRow("empty") << "" << root << "" << root << false;
    }

    void sameCa()
    {
        QFETCH(QString, a);
        QFETCH(QString, caA);
        QFETCH(QString, b);
        QFETCH(QString, caB);
        QFETCH(bool, same);
        QCOMPARE(engine::sameCa({a, caA, {}}, {b, caB, {}}), same);
        QCOMPARE(engine::sameCa({b, caB, {}}, {a, caA, {}}), same);
    }

    void twoNamesMergeIntoOneServer()
    {
        QList<InventoryServer> servers;
        mergeServer(servers, {QStringLiteral("CA01"), QString(), QStringLiteral("profile A")});
        mergeServer(servers, {QStringLiteral("ca01.contoso.local"),
                              QStringLiteral("Contoso Root CA"), QStringLiteral("used before")});
        mergeServer(servers, {QStringLiteral("ca01"), QString(), QStringLiteral("used before")});
        mergeServer(servers, {QStringLiteral("CA02"), QString(), QStringLiteral("used before")});
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).server, QStringLiteral("CA01"));
        QCOMPARE(servers.at(0).caName, QStringLiteral("Contoso Root CA")); // learnt later
        QCOMPARE(servers.at(0).source, QStringLiteral("profile A"));
        QCOMPARE(servers.at(0).aliases, QStringList{QStringLiteral("ca01.contoso.local")});
        QVERIFY(servers.at(0).matches(QStringLiteral("CA01.contoso.local")));
        QVERIFY(!servers.at(0).matches(QStringLiteral("CA01"), QStringLiteral("Other CA")));
        QCOMPARE(servers.at(1).server, QStringLiteral("CA02"));
    }

    void classification()
    {
        QCOMPARE(classifyOnline(certadm::kHrFail, true).state, OnlineState::Unreachable);
        QCOMPARE(classifyOnline(static_cast<qint32>(0x800706BA), false).state,
                 OnlineState::Unreachable);
        QCOMPARE(classifyOnline(0, false).state, OnlineState::Paused);
        QCOMPARE(classifyOnline(0, true).state, OnlineState::Online);
        QCOMPARE(classifyOnline(0, true).hresult, 0);
        QCOMPARE(onlineStateWord(OnlineState::Online), QStringLiteral("online"));
        QCOMPARE(onlineStateWord(OnlineState::Paused), QStringLiteral("paused"));
        QCOMPARE(onlineStateWord(OnlineState::Unreachable), QStringLiteral("unreachable"));
        QCOMPARE(onlineStateWord(OnlineState::Unknown), QStringLiteral("unknown"));
    }

    void inventoryOfRunsAndSets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString destination = dir.filePath(QStringLiteral("backups"));
        const QString root = QStringLiteral("Contoso Root CA");
        const QString recorded = writeSet(destination, QStringLiteral("ca01.contoso.local"), root,
                                          QStringLiteral("20261201-100000-full"),
                                          QStringLiteral("2026-12-01T10:00:05Z"));
        const QString unrecorded = writeSet(destination, QStringLiteral("CA01"), root,
                                            QStringLiteral("20261202-100000-full"),
                                            QStringLiteral("2026-12-02T10:00:05Z"));
        QVERIFY(!recorded.isEmpty() && !unrecorded.isEmpty());
        const RunLog log(dir.filePath(QStringLiteral("runs.jsonl")));
        QVERIFY(log.append(run(QStringLiteral("ca01.contoso.local"), root,
                               QStringLiteral("2026-12-01T10:00:06Z"), RunOutcome::Succeeded,
                               recorded)));
        QVERIFY(log.append(run(QStringLiteral("CA01"), root, QStringLiteral("2026-12-03T10:00:00Z"),
                               RunOutcome::Failed)));
        QVERIFY(log.append(run(QStringLiteral("NOSUCHCA"), QString(),
                               QStringLiteral("2026-12-03T11:00:00Z"), RunOutcome::Failed)));

        InventoryRequest request;
        request.runLogPath = log.path();
        request.discover = false;
        request.extra.append(
            {QStringLiteral("CA01"), QString(), QStringLiteral("profile Nightly")});
        const Inventory inventory = buildInventory(request);

        // The destination of the recorded set was looked at without being named.
        QCOMPARE(inventory.destinations, QStringList{QDir::cleanPath(destination)});
        QCOMPARE(inventory.sets.size(), 2);
        QCOMPARE(inventory.servers.size(), 2);
        const InventoryServer &ca01 = inventory.servers.at(0);
        QCOMPARE(ca01.server, QStringLiteral("CA01"));
        QCOMPARE(ca01.caName, root);
        QCOMPARE(ca01.aliases, QStringList{QStringLiteral("ca01.contoso.local")});
        QVERIFY(ca01.lastBackup.has_value());
        QCOMPARE(ca01.lastBackup->outcome, RunOutcome::Failed);
        // The newest successful full run, under any of the CA's names (the failed one is newer).
        QCOMPARE(ca01.lastFullRun,
                 QDateTime::fromString(QStringLiteral("2026-12-01T10:00:06Z"), Qt::ISODate));
        // The newest full set, whichever name it was taken under.
        QCOMPARE(ca01.lastFull,
                 QDateTime::fromString(QStringLiteral("2026-12-02T10:00:05Z"), Qt::ISODate));
        QCOMPARE(ca01.online.state, OnlineState::Unknown); // nothing probed
        QCOMPARE(inventory.servers.at(1).server, QStringLiteral("NOSUCHCA"));
        QCOMPARE(inventory.indexOf(QStringLiteral("ca01.CONTOSO.local")), 0);
        QCOMPARE(inventory.indexOf(QStringLiteral("ca03")), -1);

        // History: the runs newest first, then the set no run recorded.
        QCOMPARE(inventory.history.size(), 4);
        QCOMPARE(inventory.history.at(0).run.server, QStringLiteral("NOSUCHCA"));
        QCOMPARE(inventory.history.at(0).key(),
                 inventory.history.at(0).run.time.toString(Qt::ISODateWithMs));
        QCOMPARE(inventory.history.at(2).run.setPath, recorded);
        QCOMPARE(inventory.history.at(2).key(), recorded);
        QCOMPARE(inventory.history.at(3).origin, HistoryEntry::Origin::SetOnDisk);
        QCOMPARE(inventory.history.at(3).run.setPath, unrecorded);
        QCOMPARE(inventory.history.at(3).run.outcome, RunOutcome::Succeeded);
        QCOMPARE(inventory.history.at(3).run.seconds, 5.0);
    }

    void loadAnswersOnTheContextsThread()
    {
        QTemporaryDir dir;
        InventoryRequest request;
        request.runLogPath = dir.filePath(QStringLiteral("runs.jsonl"));
        request.discover = false;
        request.extra.append({QStringLiteral("CA01"), QString(), QString()});
        QObject context;
        std::optional<Inventory> answer;
        Qt::HANDLE thread = nullptr;
        loadInventory(request, &context, [&](const Inventory &inventory) {
            answer = inventory;
            thread = QThread::currentThreadId();
        });
        QVERIFY(!answer.has_value()); // not before the event loop runs
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(thread, QThread::currentThreadId());
        QCOMPARE(answer->servers.size(), 1);
    }

    void aContextThatWentAwayGetsNoAnswer()
    {
        QTemporaryDir dir;
        InventoryRequest request;
        request.runLogPath = dir.filePath(QStringLiteral("runs.jsonl"));
        request.discover = false;
        auto context = std::make_unique<QObject>();
        bool answered = false;
        loadInventory(request, context.get(), [&answered](const Inventory &) { answered = true; });
        context.reset();
        // Whatever the pool thread still does ends; its answer reaches nobody.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestServerInventory)
#include "tst_serverinventory.moc"
