// The run log: records round-trip, malformed lines are skipped, the newest records are kept.
#include "runlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace engine;

class TestRunLog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const RunLog log(dir.filePath(QStringLiteral("sub/runs.jsonl")));
        BackupResult failed;
        failed.server = QStringLiteral("CA01");
        failed.type = SetType::LogsOnly;
        failed.outcome = BackupResult::Outcome::Failed;
        failed.hresult = static_cast<HRESULT>(0xC8000230u);
        failed.message = QStringLiteral("needs a full backup");
        failed.action = QStringLiteral("take one");
        QVERIFY(log.append(RunRecord::fromResult(failed, QStringLiteral("cli"))));
        BackupResult ok;
        ok.server = QStringLiteral("CA01");
        ok.caName = QStringLiteral("Root CA");
        ok.outcome = BackupResult::Outcome::Succeeded;
        ok.setPath = QStringLiteral("/b/Root CA/20260101-000000-full");
        ok.bytes = 123456789012;
        ok.files = 7;
        ok.warnings = {QStringLiteral("w")};
        QVERIFY(log.append(RunRecord::fromResult(ok, QStringLiteral("gui"))));

        const QList<RunRecord> records = log.read();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].outcome, QStringLiteral("failed"));
        QCOMPARE(records[0].hresult, QStringLiteral("0xC8000230"));
        QCOMPARE(records[0].type, SetType::LogsOnly);
        QCOMPARE(records[0].source, QStringLiteral("cli"));
        QVERIFY(records[1].succeeded());
        QCOMPARE(records[1].bytes, 123456789012);
        QCOMPARE(records[1].hresult, QString());
        QCOMPARE(records[1].warnings, QStringList{QStringLiteral("w")});
        QVERIFY(records[1].time.isValid());
    }

    void skipsMalformedAndKeepsNewest()
    {
        QTemporaryDir dir;
        const RunLog log(dir.filePath(QStringLiteral("runs.jsonl")));
        BackupResult r;
        for (int i = 0; i < 5; ++i) {
            r.server = QStringLiteral("S%1").arg(i);
            QVERIFY(log.append(RunRecord::fromResult(r, QStringLiteral("cli"))));
        }
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{not json\n\n{\"time\":\"x\"}\n");
        file.close();
        QVERIFY(log.append(RunRecord::fromResult(r, QStringLiteral("cli"))));
        const QList<RunRecord> newest = log.read(3);
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest[0].server, QStringLiteral("S3"));
        QCOMPARE(newest[2].server, QStringLiteral("S4"));
        QCOMPARE(log.read().size(), 6);
    }

    void missingFileIsEmpty()
    {
        QCOMPARE(RunLog(QStringLiteral("/nonexistent/runs.jsonl")).read().size(), 0);
    }
};

QTEST_APPLESS_MAIN(TestRunLog)
#include "tst_runlog.moc"
