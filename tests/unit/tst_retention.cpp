// SPDX-License-Identifier: Apache-2.0
// Retention choices: the last N full sets and their logs-only sets are kept, only sets this tool
// wrote and that pass the check are removed, never the newest full set, never a set that a kept
// logs-only set needs; and on disk, removal leaves nothing that looks like a set.
#include "profiles/retention.h"
#include "engine/sha256.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace profiles;
using engine::SetType;

namespace {

// A set description for plan(): folder name, type, minute of its start, its chain.
RetentionCandidate candidate(const QString &folder, SetType type, int minute,
                             const QStringList &chain, bool ours = true,
                             const QString &checkProblem = QString())
{
    RetentionCandidate c;
    c.entry.path = QStringLiteral("/dest/Test CA/") + folder;
    c.entry.folderName = folder;
    c.entry.manifest.caName = QStringLiteral("Test CA");
    c.entry.manifest.type = type;
    c.entry.manifest.started = QDateTime(QDate(2026, 1, 1), QTime(10, minute), Qt::UTC);
    c.entry.chain = chain;
    c.ours = ours;
    c.checkProblem = checkProblem;
    return c;
}

QStringList removedFolders(const RetentionReport &report)
{
    QStringList names;
    for (const RetentionDecision &decision : report.decisions) {
        if (decision.remove) {
            names.append(decision.folderName);
        }
    }
    return names;
}

QString reasonOf(const RetentionReport &report, const QString &folder)
{
    for (const RetentionDecision &decision : report.decisions) {
        if (decision.folderName == folder) {
            return decision.reason;
        }
    }
    return {};
}

// Three chains: F1 <- L1, F2 <- L2, F3 <- L3.
QList<RetentionCandidate> threeChains()
{
    return {candidate(QStringLiteral("F1"), SetType::Full, 0, {QStringLiteral("F1")}),
            candidate(QStringLiteral("L1"), SetType::LogsOnly, 5,
                      {QStringLiteral("F1"), QStringLiteral("L1")}),
            candidate(QStringLiteral("F2"), SetType::Full, 10, {QStringLiteral("F2")}),
            candidate(QStringLiteral("L2"), SetType::LogsOnly, 15,
                      {QStringLiteral("F2"), QStringLiteral("L2")}),
            candidate(QStringLiteral("F3"), SetType::Full, 20, {QStringLiteral("F3")}),
            candidate(QStringLiteral("L3"), SetType::LogsOnly, 25,
                      {QStringLiteral("F3"), QStringLiteral("L3")})};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString makeSet(const QString &caFolder, const QString &name, SetType type, quint32 low,
                quint32 high, int minute, const QString &tool = QLatin1String(engine::kToolName))
{
    const QString path = caFolder + QLatin1Char('/') + name;
    engine::Manifest m;
    m.tool = tool;
    m.toolVersion = QStringLiteral("test");
    m.server = QStringLiteral("CA01");
    m.caName = QStringLiteral("Test CA");
    m.type = type;
    m.started = QDateTime(QDate(2026, 1, 1), QTime(10, minute), Qt::UTC);
    m.finished = m.started.addSecs(30);
    m.logGenerationLow = low;
    m.logGenerationHigh = high;
    auto add = [&](const QString &relative, const QString &kind, const QByteArray &bytes,
                   quint32 generation) {
        writeFile(path + QLatin1Char('/') + relative, bytes);
        engine::Sha256 hash;
        hash.update(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        m.files.append({relative, kind, bytes.size(), hash.finishHex(), generation});
    };
    add(QStringLiteral("DataBase/certbkxp.dat"), QStringLiteral("restore-map"), "map", 0);
    if (type == SetType::Full) {
        add(QStringLiteral("DataBase/Test CA.edb"), QStringLiteral("database"),
            QByteArray(4000, 'd'), 0);
    }
    for (quint32 g = low; g <= high; ++g) {
        add(QStringLiteral("DataBase/edb%1.log")
                .arg(QStringLiteral("%1").arg(g, 5, 16, QLatin1Char('0')).toUpper()),
            QStringLiteral("log"), QByteArray(1000, char('0' + g % 10)), g);
    }
    writeFile(path + QStringLiteral("/manifest.json"), m.toBytes());
    return path;
}

} // namespace

class TestRetention final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zeroKeepsEverything()
    {
        const RetentionReport report = Retention::plan(threeChains(), 0);
        QCOMPARE(report.decisions.size(), 6);
        QVERIFY(report.toRemove().isEmpty());
    }

    void keepsTheLastFullSetsAndTheirLogs()
    {
        const RetentionReport report = Retention::plan(threeChains(), 2);
        QCOMPARE(removedFolders(report), (QStringList{QStringLiteral("F1"), QStringLiteral("L1")}));
        QVERIFY(reasonOf(report, QStringLiteral("L1")).contains(QStringLiteral("removed full")));
        QVERIFY(reasonOf(report, QStringLiteral("F3")).contains(QStringLiteral("newest")));
        QVERIFY(reasonOf(report, QStringLiteral("L2")).contains(QStringLiteral("kept full")));

        const RetentionReport one = Retention::plan(threeChains(), 1);
        QCOMPARE(removedFolders(one), (QStringList{QStringLiteral("F1"), QStringLiteral("L1"),
                                                   QStringLiteral("F2"), QStringLiteral("L2")}));
        // More to keep than there are: nothing goes.
        QVERIFY(Retention::plan(threeChains(), 5).toRemove().isEmpty());
    }

    void twoFullSetsOfOneSecond()
    {
        // Start times are kept to the second: the set further along the log is the newer one,
        // whatever the folder names say ("-2-full" sorts before "-full").
        RetentionCandidate older = candidate(QStringLiteral("20260101-100000-full"), SetType::Full,
                                             0, {QStringLiteral("20260101-100000-full")});
        older.entry.manifest.logGenerationLow = 1;
        older.entry.manifest.logGenerationHigh = 3;
        RetentionCandidate newer =
            candidate(QStringLiteral("20260101-100000-2-full"), SetType::Full, 0,
                      {QStringLiteral("20260101-100000-2-full")});
        newer.entry.manifest.logGenerationLow = 4;
        newer.entry.manifest.logGenerationHigh = 4;
        for (const auto &sets :
             {QList<RetentionCandidate>{older, newer}, QList<RetentionCandidate>{newer, older}}) {
            QCOMPARE(removedFolders(Retention::plan(sets, 1)),
                     QStringList{QStringLiteral("20260101-100000-full")});
        }
    }

    void inputOrderDoesNotMatter()
    {
        QList<RetentionCandidate> sets = threeChains();
        std::reverse(sets.begin(), sets.end());
        QCOMPARE(removedFolders(Retention::plan(sets, 2)),
                 (QStringList{QStringLiteral("F1"), QStringLiteral("L1")}));
    }

    void onlyOursAndChecked()
    {
        QList<RetentionCandidate> sets = threeChains();
        sets[0].ours = false; // F1 written by another tool
        sets[2].checkProblem = QStringLiteral("DataBase/Test CA.edb is missing"); // F2
        const RetentionReport report = Retention::plan(sets, 1);
        // F1 and F2 stay; L1 extends a kept set; L2's full set stays, so L2 does too.
        QVERIFY2(removedFolders(report).isEmpty(), qPrintable(removedFolders(report).join(',')));
        QVERIFY(reasonOf(report, QStringLiteral("F1")).contains(QStringLiteral("not written")));
        QVERIFY(reasonOf(report, QStringLiteral("F2")).contains(QStringLiteral("is missing")));
    }

    void neverTheNewestFullSet()
    {
        QList<RetentionCandidate> sets = threeChains();
        sets[4].ours = false; // F3, the newest, is not ours: it stays and does not count
        const RetentionReport report = Retention::plan(sets, 1);
        QVERIFY(reasonOf(report, QStringLiteral("F3")).contains(QStringLiteral("newest")));
        QCOMPARE(removedFolders(report), (QStringList{QStringLiteral("F1"), QStringLiteral("L1")}));

        // Even with a failed check, the newest full set is never a candidate.
        sets = threeChains();
        sets[4].checkProblem = QStringLiteral("damaged");
        QVERIFY(!Retention::plan(sets, 1).toRemove().contains(sets[4].entry.path));
    }

    void aKeptLogsSetKeepsItsWholeChain()
    {
        // F1 <- La <- Lb, where Lb was written by another tool and so is kept: F1 and La are
        // needed to restore it, although F1 is older than the last full set.
        QList<RetentionCandidate> sets{
            candidate(QStringLiteral("F1"), SetType::Full, 0, {QStringLiteral("F1")}),
            candidate(QStringLiteral("La"), SetType::LogsOnly, 5,
                      {QStringLiteral("F1"), QStringLiteral("La")}),
            candidate(QStringLiteral("Lb"), SetType::LogsOnly, 6,
                      {QStringLiteral("F1"), QStringLiteral("La"), QStringLiteral("Lb")}, false),
            candidate(QStringLiteral("F2"), SetType::Full, 10, {QStringLiteral("F2")})};
        const RetentionReport report = Retention::plan(sets, 1);
        QVERIFY2(removedFolders(report).isEmpty(), qPrintable(removedFolders(report).join(',')));
        QVERIFY(reasonOf(report, QStringLiteral("F1")).contains(QStringLiteral("Lb")));
        QVERIFY(reasonOf(report, QStringLiteral("La")).contains(QStringLiteral("Lb")));

        // The same with a logs-only set that fails its check.
        sets[2].ours = true;
        sets[2].checkProblem = QStringLiteral("edb00005.log is missing");
        QVERIFY(Retention::plan(sets, 1).toRemove().isEmpty());

        // Once every set of the old chain is ours and whole, the chain goes.
        sets[2].checkProblem.clear();
        QCOMPARE(removedFolders(Retention::plan(sets, 1)),
                 (QStringList{QStringLiteral("F1"), QStringLiteral("La"), QStringLiteral("Lb")}));
    }

    void brokenChainsAreKept()
    {
        QList<RetentionCandidate> sets = threeChains();
        sets[1].entry.chain.clear(); // L1 does not connect to any full set
        sets[1].entry.chainProblem = QStringLiteral("no earlier set ends at generation 3");
        const RetentionReport report = Retention::plan(sets, 2);
        QCOMPARE(removedFolders(report), QStringList{QStringLiteral("F1")});
        QVERIFY(reasonOf(report, QStringLiteral("L1")).contains(QStringLiteral("broken")));
    }

    void applyOnDisk()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("Test CA"));
        const QString f1 =
            makeSet(ca, QStringLiteral("20260101-100000-full"), SetType::Full, 1, 3, 0);
        const QString l1 =
            makeSet(ca, QStringLiteral("20260101-100500-logs"), SetType::LogsOnly, 4, 5, 5);
        const QString f2 =
            makeSet(ca, QStringLiteral("20260101-101000-full"), SetType::Full, 6, 7, 10);
        const QString foreign = makeSet(ca, QStringLiteral("20260101-090000-full"), SetType::Full,
                                        1, 1, 1, QStringLiteral("certutil"));
        const QString damaged =
            makeSet(ca, QStringLiteral("20260101-090500-full"), SetType::Full, 1, 1, 2);
        QVERIFY(QFile(damaged + QStringLiteral("/DataBase/Test CA.edb")).resize(10));
        const QString f3 =
            makeSet(ca, QStringLiteral("20260101-102000-full"), SetType::Full, 8, 9, 20);
        // Not sets: never touched.
        QDir().mkpath(ca + QStringLiteral("/20260101-103000-full.partial/DataBase"));
        QDir().mkpath(ca + QStringLiteral("/notes"));
        const QString otherCa = makeSet(dir.filePath(QStringLiteral("Other CA")),
                                        QStringLiteral("x-full"), SetType::Full, 1, 1, 0);

        const RetentionReport report = Retention::apply(dir.path(), QStringLiteral("Test CA"), 1);
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(';')));
        // The logs-only set goes before the full set it extends.
        QCOMPARE(report.removed, (QStringList{l1, f2, f1}));
        for (const QString &gone : {f1, l1, f2}) {
            QVERIFY2(!QFileInfo::exists(gone), qPrintable(gone));
        }
        for (const QString &kept : {f3, foreign, damaged, otherCa}) {
            QVERIFY2(QFileInfo::exists(kept + QStringLiteral("/manifest.json")), qPrintable(kept));
        }
        QVERIFY(QFileInfo::exists(ca + QStringLiteral("/20260101-103000-full.partial")));
        QVERIFY(QFileInfo::exists(ca + QStringLiteral("/notes")));
        QVERIFY(reasonOf(report, QStringLiteral("20260101-090500-full"))
                    .contains(QStringLiteral("has 10 bytes")));
        QVERIFY(report.summary().contains(QStringLiteral("3")));

        // Running again removes nothing more.
        QVERIFY(Retention::apply(dir.path(), QStringLiteral("Test CA"), 1).removed.isEmpty());
    }

    void quickCheck()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path(), QStringLiteral("s-full"), SetType::Full, 1, 2, 0);
        engine::CatalogEntry entry = engine::Catalog::scan(dir.path()).sets.value(0);
        QCOMPARE(Retention::quickCheck(entry), QString());
        QFile::remove(set + QStringLiteral("/DataBase/edb00002.log"));
        QVERIFY(Retention::quickCheck(entry).contains(QStringLiteral("edb00002.log is missing")));
    }
};

QTEST_APPLESS_MAIN(TestRetention)
#include "tst_retention.moc"
