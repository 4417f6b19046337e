// SPDX-License-Identifier: Apache-2.0
// Inputs on which the fuzz targets (tests/fuzz) found a bug, kept as unit tests so that every
// build checks them, not only the fuzz runs. Each input is also in the target's seed corpus,
// named regression-*.
#include "engine/manifest.h"
#include "profiles/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace engine;
using namespace profiles;

class TestFuzzRegressions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // corpus-manifest/regression-size-beyond-int64.json: a count beyond qint64 was converted
    // from double to qint64 before anything checked its range, which is undefined behaviour
    // (UBSan stops there; on x86 the conversion happens to give a value that is refused).
    void manifestCountBeyondInt64_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::addColumn<QByteArray>("generation");
        QTest::addColumn<QString>("refusedField"); // empty: accepted
        QTest::newRow("size 1e19") << QByteArray("1e19") << QByteArray("1") << "size";
        QTest::newRow("size 2^63")
            << QByteArray("9223372036854775808") << QByteArray("1") << "size";
        QTest::newRow("size 1e300") << QByteArray("1e300") << QByteArray("1") << "size";
        QTest::newRow("generation 1e19") << QByteArray("216") << QByteArray("1e19") << "generation";
        QTest::newRow("size 2^53")
            << QByteArray("9007199254740992") << QByteArray("1") << QString();
    }

    void manifestCountBeyondInt64()
    {
        QFETCH(QByteArray, size);
        QFETCH(QByteArray, generation);
        QFETCH(QString, refusedField);
        QByteArray bytes = "{\"format_version\":1,\"tool_version\":\"0.1.0\",\"server\":\"CA01\","
                           "\"ca_name\":\"Contoso Root CA\",\"type\":\"full\","
                           "\"started\":\"2026-12-02T05:32:17.438Z\","
                           "\"finished\":\"2026-12-02T05:32:17.468Z\","
                           "\"log_generation_low\":1,\"log_generation_high\":1,"
                           "\"files\":[{\"kind\":\"log\",\"path\":\"DataBase/edb00001.log\","
                           "\"sha256\":\"SHA256\",\"size\":SIZE,\"generation\":GENERATION}]}";
        bytes.replace("SHA256", QByteArray(64, 'a'))
            .replace("SIZE", size)
            .replace("GENERATION", generation);
        Manifest manifest;
        QString error;
        QCOMPARE(Manifest::fromBytes(bytes, &manifest, &error), refusedField.isEmpty());
        QVERIFY2(error.contains(refusedField), qPrintable(error));
    }

    // Found by reading the verifier after the fuzzers: every size fits qint64, their sum does
    // not, and totalBytes() overflowed (undefined behaviour).
    void manifestSizesAddingUpBeyondInt64()
    {
        QByteArray bytes = "{\"format_version\":1,\"tool_version\":\"0.1.0\",\"server\":\"CA01\","
                           "\"ca_name\":\"Contoso Root CA\",\"type\":\"full\","
                           "\"started\":\"2026-12-02T05:32:17.438Z\","
                           "\"finished\":\"2026-12-02T05:32:17.468Z\","
                           "\"log_generation_low\":1,\"log_generation_high\":2,\"files\":["
                           "{\"kind\":\"log\",\"path\":\"DataBase/edb00001.log\","
                           "\"sha256\":\"SHA256\",\"size\":5e18,\"generation\":1},"
                           "{\"kind\":\"log\",\"path\":\"DataBase/edb00002.log\","
                           "\"sha256\":\"SHA256\",\"size\":5e18,\"generation\":2}]}";
        bytes.replace("SHA256", QByteArray(64, 'a'));
        Manifest manifest;
        QString error;
        QVERIFY(!Manifest::fromBytes(bytes, &manifest, &error));
        QVERIFY2(error.contains(QStringLiteral("add up")), qPrintable(error));
        // One such file alone is fine.
        bytes.replace(",\"size\":5e18,\"generation\":2", ",\"size\":1,\"generation\":2");
        QVERIFY2(Manifest::fromBytes(bytes, &manifest, &error), qPrintable(error));
        QCOMPARE(manifest.totalBytes(), qint64(5000000000000000001));
    }

    // corpus-profilestore/regression-damaged-section.ini: QSettings parses INI sections
    // lazily, so the store's check for a malformed file ran before any section was parsed. A
    // file damaged in a section loaded as if sound, and the next save rewrote it without the
    // damaged lines while reporting that it could not write the file.
    void damagedProfilesFileIsNotLoaded_data() { addDamagedProfilesFiles(); }

    void damagedProfilesFileIsNotLoaded()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = writeProfilesFile(dir, content);
        ProfileStore store(path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(readAll(path), content);
    }

    // A save with no load before it, on a file of its own: QSettings keeps a file it parsed
    // for the rest of the process, and only the reader that parsed it learns it is malformed.
    void damagedProfilesFileIsNeverOverwritten_data() { addDamagedProfilesFiles(); }

    void damagedProfilesFileIsNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = writeProfilesFile(dir, content);
        ProfileStore store(path);
        Profile other;
        other.name = QStringLiteral("other");
        other.server = QStringLiteral("CA01");
        other.destination = QStringLiteral("/srv/other");
        QString error;
        QVERIFY(!store.save(other, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(readAll(path), content);
    }

private:
    static void addDamagedProfilesFiles()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray profile = "[profiles]\n1\\destination=/srv/backups\n1\\name=nightly\n"
                                   "1\\server=CA01\nsize=1\n";
        QTest::newRow("another section")
            << "[General]\nschema=1\n\n" + profile + "\n[notes]\nnot a key\n";
        QTest::newRow("the general section") << "[General]\nschema=1\nnot a key\n\n" + profile;
        QTest::newRow("the profiles section")
            << "[General]\nschema=1\n\n" + profile + "not a key\n";
    }

    static QString writeProfilesFile(const QTemporaryDir &dir, const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
