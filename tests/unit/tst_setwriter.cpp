// SPDX-License-Identifier: Apache-2.0
// The writer of one backup set: it is created under a .partial name with its lock, becomes
// visible under its final name only with its manifest inside, and a discarded set leaves
// nothing behind, neither the folder nor the lock.
#include "engine/joberror.h"
#include "engine/partialset.h"
#include "engine/setwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace engine;

namespace {

const QDateTime kStarted(QDate(2026, 12, 1), QTime(10, 15, 0), Qt::UTC);

Manifest manifestFor(SetType type)
{
    Manifest manifest;
    manifest.toolVersion = QStringLiteral("0.0.0");
    manifest.server = QStringLiteral("FAKE");
    manifest.caName = QStringLiteral("Fake CA");
    manifest.type = type;
    manifest.started = kStarted;
    manifest.finished = kStarted.addSecs(5);
    return manifest;
}

} // namespace

class TestSetWriter final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dest;
    QString caFolder() const { return m_dest->path() + QStringLiteral("/Fake CA"); }
    QString finalPath(const QString &name) const { return caFolder() + QLatin1Char('/') + name; }
    QStringList entries() const
    {
        return QDir(caFolder())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    void init()
    {
        m_dest = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dest->isValid());
        QVERIFY(QDir().mkpath(caFolder()));
    }

    void createWriteCommit()
    {
        SetWriter writer(2, 4096);
        QCOMPARE(writer.state(), SetWriter::State::Empty);
        writer.create(caFolder(), kStarted, SetType::Full);
        QCOMPARE(writer.state(), SetWriter::State::Open);
        QCOMPARE(writer.finalName(), QStringLiteral("20261201-101500-full"));
        QCOMPARE(writer.partialPath(), finalPath(QStringLiteral("20261201-101500-full.partial")));
        QVERIFY(QFileInfo(writer.dataFolder()).isDir());
        QVERIFY(QFileInfo::exists(PartialSetLock::lockPathFor(writer.partialPath())));
        // Held: a sweep meanwhile leaves it alone.
        const QList<PartialSet> swept = sweepPartialSets(m_dest->path(), true);
        QCOMPARE(swept.size(), 1);
        QCOMPARE(swept.at(0).state, PartialSet::State::InUse);

        // Larger than a buffer, so that the file takes several.
        const QByteArray database(10000, 'd');
        writer.writeFile(QStringLiteral("DataBase/Fake CA.edb"), database);
        writer.writeFile(QStringLiteral("DataBase/empty.dat"), QByteArray());
        writer.flushFiles();
        const std::optional<WrittenFile> written =
            writer.written(QStringLiteral("DataBase/Fake CA.edb"));
        QVERIFY(written.has_value());
        QCOMPARE(written->size, qint64(database.size()));
        QVERIFY(writer.written(QStringLiteral("DataBase/empty.dat")).has_value());
        QVERIFY(!writer.written(QStringLiteral("DataBase/never.log")).has_value());

        writer.writeManifest(manifestFor(SetType::Full));
        const QString path = writer.commit();
        QCOMPARE(path, finalPath(QStringLiteral("20261201-101500-full")));
        QCOMPARE(writer.state(), SetWriter::State::Committed);
        QCOMPARE(writer.finalPath(), path);
        QCOMPARE(entries(), QStringList{QStringLiteral("20261201-101500-full")}); // no lock left
        QFile copy(path + QStringLiteral("/DataBase/Fake CA.edb"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), database);
        Manifest read;
        QString error;
        QFile manifest(path + QLatin1Char('/') + QLatin1String(kManifestFileName));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QVERIFY2(Manifest::fromBytes(manifest.readAll(), &read, &error), qPrintable(error));
        QCOMPARE(read.caName, QStringLiteral("Fake CA"));

        // Committed is final: nothing to discard any more.
        QVERIFY(!writer.discard());
        QVERIFY(QFileInfo(path).isDir());
    }

    void commitOnlyWithManifest()
    {
        SetWriter writer(2, 4096);
        writer.create(caFolder(), kStarted, SetType::LogsOnly);
        writer.writeFile(QStringLiteral("DataBase/edb00001.log"), QByteArray(100, 'l'));
        writer.flushFiles();
        QVERIFY_THROWS_EXCEPTION(std::logic_error, writer.commit());
        QCOMPARE(writer.state(), SetWriter::State::Open);
        QVERIFY(!QFileInfo::exists(finalPath(QStringLiteral("20261201-101500-logs"))));

        writer.writeManifest(manifestFor(SetType::LogsOnly));
        QVERIFY(!QFileInfo::exists(finalPath(QStringLiteral("20261201-101500-logs"))));
        const QString path = writer.commit();
        QCOMPARE(path, finalPath(QStringLiteral("20261201-101500-logs")));
        QVERIFY(QFileInfo::exists(path + QLatin1Char('/') + QLatin1String(kManifestFileName)));
        QVERIFY(!QFileInfo::exists(path + QLatin1String(kPartialSuffix)));
    }

    void secondWriterTakesTheNextNumber()
    {
        SetWriter first(2, 4096);
        first.create(caFolder(), kStarted, SetType::Full);
        SetWriter second(2, 4096);
        second.create(caFolder(), kStarted, SetType::Full);
        QCOMPARE(first.finalName(), QStringLiteral("20261201-101500-full"));
        QCOMPARE(second.finalName(), QStringLiteral("20261201-101500-2-full"));
        QVERIFY(first.partialPath() != second.partialPath());

        first.writeManifest(manifestFor(SetType::Full));
        QCOMPARE(first.commit(), finalPath(QStringLiteral("20261201-101500-full")));
        second.writeManifest(manifestFor(SetType::Full));
        QCOMPARE(second.commit(), finalPath(QStringLiteral("20261201-101500-2-full")));

        // A third in the same second finds both names taken.
        SetWriter third(2, 4096);
        third.create(caFolder(), kStarted, SetType::Full);
        QCOMPARE(third.finalName(), QStringLiteral("20261201-101500-3-full"));
    }

    void discardRemovesFolderAndLock()
    {
        SetWriter writer(2, 4096);
        writer.create(caFolder(), kStarted, SetType::Full);
        writer.writeFile(QStringLiteral("DataBase/Fake CA.edb"), QByteArray(5000, 'd'));
        const QString partial = writer.partialPath();
        QVERIFY(writer.discard());
        QCOMPARE(writer.state(), SetWriter::State::Discarded);
        QVERIFY(!QFileInfo::exists(partial));
        QCOMPARE(entries(), QStringList());
        QVERIFY(!writer.discard()); // once only
    }

    void discardAfterFailedWriteLeavesNothing()
    {
        SetWriter writer(2, 4096);
        writer.create(caFolder(), kStarted, SetType::Full);
        // A file in a folder that does not exist cannot be created: the pipeline fails.
        writer.beginFile(QStringLiteral("missing/file"));
        writer.endFile();
        bool thrown = false;
        try {
            writer.flushFiles();
        } catch (const JobError &error) {
            thrown = true;
            QCOMPARE(error.step, QStringLiteral("write"));
            QVERIFY2(error.message.contains(QStringLiteral("missing/file")),
                     qPrintable(error.message));
        }
        QVERIFY(thrown);
        QVERIFY(writer.failed());
        QVERIFY_THROWS_EXCEPTION(JobError, writer.acquire());
        QVERIFY(writer.discard());
        QCOMPARE(entries(), QStringList());
        QCOMPARE(sweepPartialSets(m_dest->path(), false).size(), 0);
    }

    void destructorDiscardsAnUnfinishedSet()
    {
        QString partial;
        {
            SetWriter writer(2, 4096);
            writer.create(caFolder(), kStarted, SetType::Full);
            writer.writeFile(QStringLiteral("DataBase/Fake CA.edb"), QByteArray(100, 'd'));
            partial = writer.partialPath();
            QVERIFY(QFileInfo::exists(partial));
        }
        QVERIFY(!QFileInfo::exists(partial));
        QCOMPARE(entries(), QStringList());
    }

    void noFreeNameIsAnError()
    {
        // Every number of this second taken by a finished set: no name is left.
        for (int attempt = 1; attempt < 100; ++attempt) {
            const QString name = attempt == 1
                                     ? QStringLiteral("20261201-101500-full")
                                     : QStringLiteral("20261201-101500-%1-full").arg(attempt);
            QVERIFY(QDir().mkpath(finalPath(name)));
        }
        SetWriter writer(2, 4096);
        bool thrown = false;
        try {
            writer.create(caFolder(), kStarted, SetType::Full);
        } catch (const JobError &error) {
            thrown = true;
            QCOMPARE(error.hr, certadm::kHrFileExists);
        }
        QVERIFY(thrown);
        QCOMPARE(writer.state(), SetWriter::State::Empty);
        for (const QString &entry : entries()) {
            QVERIFY2(!entry.contains(QLatin1String(kPartialSuffix)), qPrintable(entry));
        }
    }
};

QTEST_GUILESS_MAIN(TestSetWriter)

#include "tst_setwriter.moc"
