// SPDX-License-Identifier: Apache-2.0
// The run log: records round-trip, lines written before runs had kinds still read, malformed
// and unknown lines are skipped, the newest records are kept.
#include "engine/restorejob.h"
#include "engine/runlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace engine;

namespace {

// One line as the file holds it, with `changes` applied (a null value removes the key).
QByteArray line(const QJsonObject &changes = {})
{
    QJsonObject o{
        {QStringLiteral("time"), QStringLiteral("2026-12-02T05:32:17.517Z")},
        {QStringLiteral("source"), QStringLiteral("cli")},
        {QStringLiteral("server"), QStringLiteral("CA01")},
        {QStringLiteral("ca_name"), QStringLiteral("Root CA")},
        {QStringLiteral("type"), QStringLiteral("full")},
        {QStringLiteral("outcome"), QStringLiteral("succeeded")},
    };
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull()) {
            o.remove(it.key());
        } else {
            o.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QList<RunRecord> readLines(const QTemporaryDir &dir, const QByteArray &lines)
{
    const QString path = dir.filePath(QStringLiteral("lines.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(lines) != lines.size()) {
        return {};
    }
    file.close();
    return RunLog(path).read();
}

QJsonObject lastLineOf(const RunLog &log)
{
    QFile file(log.path());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.constLast()).object();
}

} // namespace

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
        QVERIFY(log.append(RunRecord::fromResult(failed, RunSource::CommandLine)));
        BackupResult ok;
        ok.server = QStringLiteral("CA01");
        ok.caName = QStringLiteral("Root CA");
        ok.outcome = BackupResult::Outcome::Succeeded;
        ok.setPath = QStringLiteral("/b/Root CA/20260101-000000-full");
        ok.bytes = 123456789012;
        ok.files = 7;
        ok.warnings = {QStringLiteral("w")};
        QVERIFY(log.append(RunRecord::fromResult(ok, RunSource::Wizard)));
        BackupResult cancelled;
        cancelled.server = QStringLiteral("CA02");
        cancelled.outcome = BackupResult::Outcome::Cancelled;
        RunRecord restore =
            RunRecord::fromResult(cancelled, RunSource::Profile, QStringLiteral("Nightly: CA02"));
        restore.kind = RunKind::Restore;
        QVERIFY(log.append(restore));
        RunRecord drill = RunRecord::fromResult(ok, RunSource::Profile, QStringLiteral("Weekly"));
        drill.kind = RunKind::Drill;
        drill.attended = true; // "Back up now" in the desktop app
        QVERIFY(log.append(drill));

        const QList<RunRecord> records = log.read();
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].outcome, RunOutcome::Failed);
        QVERIFY(!records[0].succeeded());
        QCOMPARE(records[0].hresult, QStringLiteral("0xC8000230"));
        QCOMPARE(records[0].type, SetType::LogsOnly);
        QCOMPARE(records[0].source, RunSource::CommandLine);
        QCOMPARE(records[0].profileName, QString());
        QCOMPARE(records[0].kind, RunKind::Backup);
        QCOMPARE(records[1].outcome, RunOutcome::Succeeded);
        QCOMPARE(records[1].source, RunSource::Wizard);
        QVERIFY(records[1].succeeded());
        QCOMPARE(records[1].bytes, 123456789012);
        QCOMPARE(records[1].hresult, QString());
        QCOMPARE(records[1].warnings, QStringList{QStringLiteral("w")});
        QVERIFY(records[1].time.isValid());
        QCOMPARE(records[2].outcome, RunOutcome::Cancelled);
        QCOMPARE(records[2].source, RunSource::Profile);
        QCOMPARE(records[2].profileName, QStringLiteral("Nightly: CA02"));
        QCOMPARE(records[2].kind, RunKind::Restore);
        QCOMPARE(records[3].kind, RunKind::Drill);
        QCOMPARE(records[3].profileName, QStringLiteral("Weekly"));
        QVERIFY(records[3].attended);
        QVERIFY(!records[0].attended && !records[2].attended);
    }

    void writesTheWordsOfTheFormat()
    {
        // Older versions read these words: they must not change.
        QTemporaryDir dir;
        const RunLog log(dir.filePath(QStringLiteral("runs.jsonl")));
        BackupResult r;
        r.outcome = BackupResult::Outcome::Cancelled;
        QVERIFY(
            log.append(RunRecord::fromResult(r, RunSource::Profile, QStringLiteral("Nightly"))));
        QJsonObject o = lastLineOf(log);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("profile:Nightly"));
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("backup"));

        r.outcome = BackupResult::Outcome::Failed;
        QVERIFY(log.append(RunRecord::fromResult(r, RunSource::Wizard)));
        o = lastLineOf(log);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("gui"));
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));

        r.outcome = BackupResult::Outcome::Succeeded;
        RunRecord drill = RunRecord::fromResult(r, RunSource::CommandLine);
        drill.kind = RunKind::Drill;
        QVERIFY(log.append(drill));
        o = lastLineOf(log);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("drill"));
    }

    void restoreAndDrillResultsRoundTrip()
    {
        QTemporaryDir dir;
        const RunLog log(dir.filePath(QStringLiteral("runs.jsonl")));
        RestoreResult drill;
        drill.drill = true;
        drill.outcome = RunOutcome::Succeeded;
        drill.server = QStringLiteral("CA01");
        drill.caName = QStringLiteral("Contoso CA");
        drill.setPath = QStringLiteral("/b/Contoso CA/20261202-010000-logs");
        drill.chain = {QStringLiteral("20261202-000000-full"),
                       QStringLiteral("20261202-010000-logs")};
        drill.certificates = 41852;
        drill.highestSerial = 41852;
        QVERIFY(log.append(RunRecord::fromRestore(drill, RunSource::CommandLine)));
        RestoreResult restore;
        restore.outcome = RunOutcome::Failed;
        restore.server = QStringLiteral("CA01");
        restore.hresult = static_cast<HRESULT>(0x80070020u);
        restore.message = QStringLiteral("running");
        QVERIFY(log.append(RunRecord::fromRestore(restore, RunSource::Wizard)));

        const QList<RunRecord> records = log.read();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].kind, RunKind::Drill);
        QCOMPARE(records[0].type, SetType::LogsOnly);
        QCOMPARE(records[0].certificates, qint64(41852));
        QCOMPARE(records[0].highestSerial, qint64(41852));
        QCOMPARE(records[0].caName, QStringLiteral("Contoso CA"));
        QCOMPARE(records[1].kind, RunKind::Restore);
        QCOMPARE(records[1].outcome, RunOutcome::Failed);
        QCOMPARE(records[1].hresult, QStringLiteral("0x80070020"));
        QCOMPARE(records[1].certificates, qint64(-1));
        QVERIFY(!lastLineOf(log).contains(QStringLiteral("certificates")));
    }

    void readsLinesOfEarlierVersions()
    {
        // Lines as versions before typed runs wrote them: no "kind", the source in one word.
        QTemporaryDir dir;
        const QList<RunRecord> records =
            readLines(dir, line({{QStringLiteral("source"), QStringLiteral("profile:Nightly")}}) +
                               line({{QStringLiteral("source"), QStringLiteral("gui")},
                                     {QStringLiteral("outcome"), QStringLiteral("cancelled")}}) +
                               line({{QStringLiteral("outcome"), QStringLiteral("failed")}}) +
                               line({{QStringLiteral("source"), QStringLiteral("profile:a:b")}}));
        QCOMPARE(records.size(), 4);
        for (const RunRecord &r : records) {
            QCOMPARE(r.kind, RunKind::Backup);
            QCOMPARE(r.server, QStringLiteral("CA01"));
        }
        QCOMPARE(records[0].source, RunSource::Profile);
        QCOMPARE(records[0].profileName, QStringLiteral("Nightly"));
        QCOMPARE(records[0].outcome, RunOutcome::Succeeded);
        QCOMPARE(records[1].source, RunSource::Wizard);
        QCOMPARE(records[1].profileName, QString());
        QCOMPARE(records[1].outcome, RunOutcome::Cancelled);
        QCOMPARE(records[2].source, RunSource::CommandLine);
        QCOMPARE(records[2].outcome, RunOutcome::Failed);
        QCOMPARE(records[3].profileName, QStringLiteral("a:b"));

        // Read and written again, an old line keeps its words and gains its kind.
        const RunLog copy(dir.filePath(QStringLiteral("copy.jsonl")));
        QVERIFY(copy.append(records[0]));
        const QJsonObject o = lastLineOf(copy);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("profile:Nightly"));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("backup"));
    }

    void skipsLinesItDoesNotKnow_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("unknown kind") << line({{QStringLiteral("kind"), QStringLiteral("sync")}});
        QTest::newRow("kind not a word") << line({{QStringLiteral("kind"), 3}});
        QTest::newRow("unknown source")
            << line({{QStringLiteral("source"), QStringLiteral("schedule")}});
        QTest::newRow("no source") << line({{QStringLiteral("source"), QJsonValue()}});
        QTest::newRow("unknown outcome")
            << line({{QStringLiteral("outcome"), QStringLiteral("maybe")}});
        QTest::newRow("no outcome") << line({{QStringLiteral("outcome"), QJsonValue()}});
        QTest::newRow("source in capitals")
            << line({{QStringLiteral("source"), QStringLiteral("CLI")}});
    }

    void skipsLinesItDoesNotKnow()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        // The good line after it shows that the reader goes on.
        const QList<RunRecord> records =
            readLines(dir, text + line({{QStringLiteral("server"), QStringLiteral("next")}}));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].server, QStringLiteral("next"));
    }

    void skipsMalformedAndKeepsNewest()
    {
        QTemporaryDir dir;
        const RunLog log(dir.filePath(QStringLiteral("runs.jsonl")));
        BackupResult r;
        for (int i = 0; i < 5; ++i) {
            r.server = QStringLiteral("S%1").arg(i);
            QVERIFY(log.append(RunRecord::fromResult(r, RunSource::CommandLine)));
        }
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{not json\n\n{\"time\":\"x\"}\n");
        file.close();
        QVERIFY(log.append(RunRecord::fromResult(r, RunSource::CommandLine)));
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
