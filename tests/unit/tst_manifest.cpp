// SPDX-License-Identifier: Apache-2.0
// manifest.json: round trip, and refusal of anything malformed or from a newer format.
#include "engine/manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace engine;

namespace {

Manifest sample()
{
    Manifest m;
    m.toolVersion = QStringLiteral("1.2.3");
    m.server = QStringLiteral("CA01");
    m.caName = QStringLiteral("Contoso Root CA");
    m.type = SetType::LogsOnly;
    m.extendsSet = QStringLiteral("20261125-060000-full");
    m.baseFullSet = QStringLiteral("20261125-060000-full");
    m.started = QDateTime(QDate(2026, 11, 25), QTime(6, 1, 2, 345), Qt::UTC);
    m.finished = m.started.addSecs(90);
    m.logGenerationLow = 7;
    m.logGenerationHigh = 9;
    m.keepLogs = true;
    m.files.append({QStringLiteral("DataBase/edb00007.log"), QStringLiteral("log"), 1048576,
                    QString(64, QLatin1Char('a')), 7});
    m.files.append({QStringLiteral("DataBase/certbkxp.dat"), QStringLiteral("restore-map"), 120,
                    QString(64, QLatin1Char('b')), 0});
    m.dynamicFiles = {QStringLiteral("\\\\CA01\\C$\\x.crl")};
    m.restoreLocations = {{QStringLiteral("database"), QStringLiteral("C:\\db\\x.edb")}};
    return m;
}

QByteArray withField(const char *key, const QJsonValue &value)
{
    QJsonObject o = sample().toJson();
    o.insert(QLatin1String(key), value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestManifest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const Manifest original = sample();
        Manifest parsed;
        QString error;
        QVERIFY2(Manifest::fromBytes(original.toBytes(), &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.caName, original.caName);
        QCOMPARE(parsed.type, SetType::LogsOnly);
        QCOMPARE(parsed.extendsSet, original.extendsSet);
        QCOMPARE(parsed.started, original.started);
        QCOMPARE(parsed.finished, original.finished);
        QCOMPARE(parsed.logGenerationLow, 7u);
        QCOMPARE(parsed.logGenerationHigh, 9u);
        QCOMPARE(parsed.keepLogs, true);
        QCOMPARE(parsed.files.size(), 2);
        QCOMPARE(parsed.files[0].generation, 7u);
        QCOMPARE(parsed.files[0].size, 1048576);
        QCOMPARE(parsed.totalBytes(), 1048576 + 120);
        QCOMPARE(parsed.dynamicFiles, original.dynamicFiles);
        QCOMPARE(parsed.restoreLocations.size(), 1);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("JSON");
        QTest::newRow("newer format") << withField("format_version", 2) << QStringLiteral("newer");
        QTest::newRow("no server") << withField("server", QJsonValue()) << QStringLiteral("server");
        QTest::newRow("bad type") << withField("type", QStringLiteral("weekly"))
                                  << QStringLiteral("weekly");
        QTest::newRow("bad time") << withField("started", QStringLiteral("yesterday"))
                                  << QStringLiteral("started");
        QTest::newRow("negative generation")
            << withField("log_generation_low", -1) << QStringLiteral("log_generation_low");
        QJsonObject o = sample().toJson();
        QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QJsonObject escaping = files.at(0).toObject();
        escaping.insert(QStringLiteral("path"), QStringLiteral("../../etc/passwd"));
        files.replace(0, escaping);
        o.insert(QStringLiteral("files"), files);
        QTest::newRow("escaping path") << QJsonDocument(o).toJson() << QStringLiteral("leaves");
        QJsonObject badHash = files.at(1).toObject();
        badHash.insert(QStringLiteral("sha256"), QStringLiteral("xyz"));
        files.replace(1, badHash);
        files.replace(0, sample().toJson().value(QStringLiteral("files")).toArray().at(0));
        o.insert(QStringLiteral("files"), files);
        QTest::newRow("bad hash") << QJsonDocument(o).toJson() << QStringLiteral("malformed");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        Manifest parsed;
        QString error;
        QVERIFY(!Manifest::fromBytes(bytes, &parsed, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void logGenerations()
    {
        QCOMPARE(logGenerationFromName(QStringLiteral("edb00001.log")), 1u);
        QCOMPARE(logGenerationFromName(QStringLiteral("EDB0001A.LOG")), 26u);
        QCOMPARE(logGenerationFromName(QStringLiteral("edb.log")), 0u);
        QCOMPARE(logGenerationFromName(QStringLiteral("edbres00001.jrs")), 0u);
        QCOMPARE(logGenerationFromName(QStringLiteral("x.edb")), 0u);
    }
};

QTEST_APPLESS_MAIN(TestManifest)
#include "tst_manifest.moc"
