// SPDX-License-Identifier: Apache-2.0
// Verification of sets written by hand: intact, changed, missing, extra, and chains.
#include "engine/catalog.h"
#include "engine/setverifier.h"
#include "engine/sha256.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace engine;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Makes a set folder with a restore map, logs low..high and (full) a database.
QString makeSet(const QString &caFolder, const QString &name, SetType type, quint32 low,
                quint32 high, int minute)
{
    const QString path = caFolder + QLatin1Char('/') + name;
    Manifest m;
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
        Sha256 hash;
        hash.update(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        m.files.append({relative, kind, bytes.size(), hash.finishHex(), generation});
    };
    add(QStringLiteral("DataBase/certbkxp.dat"), QStringLiteral("restore-map"), "map", 0);
    if (type == SetType::Full) {
        add(QStringLiteral("DataBase/Test CA.edb"), QStringLiteral("database"),
            QByteArray(100000, 'd'), 0);
    }
    for (quint32 g = low; g <= high; ++g) {
        const QString hex = QStringLiteral("%1").arg(g, 5, 16, QLatin1Char('0')).toUpper();
        add(QStringLiteral("DataBase/edb%1.log").arg(hex), QStringLiteral("log"),
            QByteArray(5000, char('0' + g % 10)), g);
    }
    writeFile(path + QStringLiteral("/manifest.json"), m.toBytes());
    return path;
}

} // namespace

class TestSetVerifier final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void intactFullSet()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path() + QStringLiteral("/Test CA"),
                                    QStringLiteral("20260101-100000-full"), SetType::Full, 1, 3, 0);
        const VerifyReport report = SetVerifier::verify(set);
        QVERIFY2(report.ok, qPrintable(report.summary() + report.problems.join(QLatin1Char(';'))));
        QCOMPARE(report.filesChecked, 5);
        QCOMPARE(report.bytesChecked, qint64(3 + 100000 + 3 * 5000));
    }

    void changedMissingExtra()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path(), QStringLiteral("s-full"), SetType::Full, 1, 2, 0);
        QFile log(set + QStringLiteral("/DataBase/edb00001.log"));
        QVERIFY(log.open(QIODevice::ReadWrite));
        log.seek(10);
        log.write("X");
        log.close();
        QVERIFY(QFile::remove(set + QStringLiteral("/DataBase/edb00002.log")));
        writeFile(set + QStringLiteral("/DataBase/stray.txt"), "?");
        const VerifyReport report = SetVerifier::verify(set);
        QVERIFY(!report.ok);
        QCOMPARE(report.changed.size(), 1);
        QVERIFY(report.changed.first().contains(QStringLiteral("SHA-256")));
        QCOMPARE(report.missing, QStringList{QStringLiteral("DataBase/edb00002.log")});
        QCOMPARE(report.extra, QStringList{QStringLiteral("DataBase/stray.txt")});
    }

    void truncatedFileIsChanged()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path(), QStringLiteral("s-full"), SetType::Full, 1, 1, 0);
        QFile db(set + QStringLiteral("/DataBase/Test CA.edb"));
        QVERIFY(db.resize(10));
        const VerifyReport report = SetVerifier::verify(set);
        QVERIFY(!report.ok);
        QVERIFY(report.changed.first().contains(QStringLiteral("size 10")));
    }

    void noManifest()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("x-full/DataBase")));
        const VerifyReport report = SetVerifier::verify(dir.filePath(QStringLiteral("x-full")));
        QVERIFY(!report.ok);
        QVERIFY(report.manifestError.contains(QStringLiteral("manifest")));
        QVERIFY(!SetVerifier::verify(dir.filePath(QStringLiteral("y.partial"))).ok);
    }

    void logsOnlyChain()
    {
        QTemporaryDir dir;
        const QString ca = dir.path() + QStringLiteral("/Test CA");
        makeSet(ca, QStringLiteral("20260101-100000-full"), SetType::Full, 1, 3, 0);
        makeSet(ca, QStringLiteral("20260101-100500-logs"), SetType::LogsOnly, 4, 5, 5);
        const QString second =
            makeSet(ca, QStringLiteral("20260101-101000-logs"), SetType::LogsOnly, 6, 6, 10);
        const VerifyReport report = SetVerifier::verify(second);
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char(';'))));
        QCOMPARE(report.chain, (QStringList{QStringLiteral("20260101-100000-full"),
                                            QStringLiteral("20260101-100500-logs"),
                                            QStringLiteral("20260101-101000-logs")}));

        // Losing the middle set breaks the chain.
        QVERIFY(QDir(ca + QStringLiteral("/20260101-100500-logs")).removeRecursively());
        const VerifyReport broken = SetVerifier::verify(second);
        QVERIFY(!broken.ok);
        QVERIFY(broken.problems.join(QLatin1Char(' ')).contains(QStringLiteral("generation 5")));

        const Catalog catalog = Catalog::scan(dir.path());
        QCOMPARE(catalog.sets.size(), 2);
        QCOMPARE(catalog.sets.at(1).chain, QStringList());
        QVERIFY(!catalog.sets.at(1).chainProblem.isEmpty());
    }

    void logsOnlySetIsOnlyAsGoodAsItsFullSet()
    {
        QTemporaryDir dir;
        const QString ca = dir.path() + QStringLiteral("/Test CA");
        const QString full =
            makeSet(ca, QStringLiteral("20260101-100000-full"), SetType::Full, 1, 3, 0);
        makeSet(ca, QStringLiteral("20260101-100500-logs"), SetType::LogsOnly, 4, 5, 5);
        const QString last =
            makeSet(ca, QStringLiteral("20260101-101000-logs"), SetType::LogsOnly, 6, 6, 10);
        QVERIFY(SetVerifier::verify(last).ok);
        // The full set's database changes on disk: the logs-only sets cannot be restored now.
        writeFile(full + QStringLiteral("/DataBase/Test CA.edb"), QByteArray(100000, 'X'));
        const VerifyReport report = SetVerifier::verify(last);
        QVERIFY(!report.ok);
        QCOMPARE(report.damagedLinks, QStringList{QStringLiteral("20260101-100000-full")});
        QVERIFY2(report.problems.join(QLatin1Char(' ')).contains(QStringLiteral("Test CA.edb")),
                 qPrintable(report.problems.join(QLatin1Char(' '))));
        // The set's own files are fine: nothing of its own is reported changed.
        QVERIFY(report.changed.isEmpty());
    }

    void chainWithinOneSecond()
    {
        // Manifest times are kept to the second: sets of one second connect by generations.
        QTemporaryDir dir;
        const QString ca = dir.path() + QStringLiteral("/Test CA");
        makeSet(ca, QStringLiteral("20260101-100000-full"), SetType::Full, 1, 3, 0);
        makeSet(ca, QStringLiteral("20260101-100000-logs"), SetType::LogsOnly, 4, 4, 0);
        const QString second =
            makeSet(ca, QStringLiteral("20260101-100000-2-logs"), SetType::LogsOnly, 5, 5, 0);
        const VerifyReport report = SetVerifier::verify(second);
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char(';'))));
        QCOMPARE(report.chain, (QStringList{QStringLiteral("20260101-100000-full"),
                                            QStringLiteral("20260101-100000-logs"),
                                            QStringLiteral("20260101-100000-2-logs")}));
    }

    void generationGap()
    {
        QTemporaryDir dir;
        const QString set = makeSet(dir.path(), QStringLiteral("s-full"), SetType::Full, 1, 3, 0);
        // Rewrite the manifest without generation 2, and delete its file.
        QFile::remove(set + QStringLiteral("/DataBase/edb00002.log"));
        QFile manifestFile(set + QStringLiteral("/manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        Manifest m;
        QString error;
        QVERIFY(Manifest::fromBytes(manifestFile.readAll(), &m, &error));
        manifestFile.close();
        m.files.removeIf([](const ManifestFile &f) { return f.generation == 2; });
        QFile::remove(manifestFile.fileName());
        writeFile(manifestFile.fileName(), m.toBytes());
        const VerifyReport report = SetVerifier::verify(set);
        QVERIFY(!report.ok);
        QVERIFY(report.problems.join(QLatin1Char(' ')).contains(QStringLiteral("from 1 to 3")));
    }

    void catalogIgnoresPartial()
    {
        QTemporaryDir dir;
        const QString ca = dir.path() + QStringLiteral("/Test CA");
        makeSet(ca, QStringLiteral("20260101-100000-full"), SetType::Full, 1, 1, 0);
        makeSet(ca, QStringLiteral("20260101-110000-full.partial"), SetType::Full, 1, 1, 1);
        QDir().mkpath(ca + QStringLiteral("/20260101-120000-full/DataBase"));
        const Catalog catalog = Catalog::scan(dir.path());
        QCOMPARE(catalog.sets.size(), 1);
        QCOMPARE(catalog.incomplete.size(), 2);
        // Scanning the CA folder itself finds the same.
        QCOMPARE(Catalog::scan(ca).sets.size(), 1);
    }
};

QTEST_APPLESS_MAIN(TestSetVerifier)
#include "tst_setverifier.moc"
