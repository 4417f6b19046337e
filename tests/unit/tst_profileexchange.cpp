// SPDX-License-Identifier: Apache-2.0
// Profiles as JSON for export and import: round trips, secrets only when asked for, and strict
// refusal of other formats, newer schemas and malformed entries.
#include "profiles/profileexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace profiles;

namespace {

Profile sample(const QString &name, bool includeKey)
{
    Profile p;
    p.name = name;
    p.server = QStringLiteral("CA01");
    p.destination = QStringLiteral("D:/Backups");
    p.includeKey = includeKey;
    p.keepFull = 2;
    p.notes = QStringLiteral("ü");
    return p;
}

QByteArray withProfiles(const QJsonArray &profiles, int schema = 1)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("certsrv-backup-profiles")},
                           {QStringLiteral("schema_version"), schema},
                           {QStringLiteral("profiles"), profiles}})
        .toJson();
}

} // namespace

class TestProfileExchange final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithoutSecrets()
    {
        const QList<Profile> profiles{sample(QStringLiteral("A"), true),
                                      sample(QStringLiteral("B"), false)};
        const QByteArray bytes = ProfileExchange::toJson(profiles);
        QVERIFY(!bytes.contains("key_password\""));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("contains_secrets")).toBool(), false);

        QList<ExchangedProfile> read;
        QString error;
        QVERIFY2(ProfileExchange::fromJson(bytes, &read, &error), qPrintable(error));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).profile.name, QStringLiteral("A"));
        QCOMPARE(read.at(0).profile.includeKey, true);
        QCOMPARE(read.at(0).profile.keepFull, 2);
        QCOMPARE(read.at(0).profile.notes, QStringLiteral("ü"));
        QCOMPARE(read.at(0).profile.destination, QStringLiteral("D:/Backups"));
        QVERIFY(read.at(0).keyPassword.isEmpty());
        QCOMPARE(read.at(1).profile.includeKey, false);
    }

    void secretsOnlyWhenAsked()
    {
        const QList<Profile> profiles{sample(QStringLiteral("A"), true),
                                      sample(QStringLiteral("B"), true)};
        const QByteArray bytes = ProfileExchange::toJson(
            profiles, QHash<QString, QString>{{QStringLiteral("A"), QStringLiteral("s3cret")}});
        QVERIFY(QJsonDocument::fromJson(bytes)
                    .object()
                    .value(QStringLiteral("contains_secrets"))
                    .toBool());
        QList<ExchangedProfile> read;
        QString error;
        QVERIFY(ProfileExchange::fromJson(bytes, &read, &error));
        QCOMPARE(read.at(0).keyPassword, QStringLiteral("s3cret"));
        QVERIFY(read.at(1).keyPassword.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = sample(QStringLiteral("A"), false).toJson();
        QJsonObject badType = good;
        badType.insert(QStringLiteral("type"), QStringLiteral("weekly"));
        QJsonObject badKeep = good;
        badKeep.insert(QStringLiteral("keep_full"), -2);
        QJsonObject noServer = good;
        noServer.remove(QStringLiteral("server"));
        QJsonObject badBool = good;
        badBool.insert(QStringLiteral("include_key"), QStringLiteral("yes"));
        QJsonObject duplicate = good;
        duplicate.insert(QStringLiteral("name"), QStringLiteral("a"));

        QTest::newRow("not json") << QByteArray("{") << "JSON";
        QTest::newRow("other format")
            << QByteArray(R"({"format":"x","schema_version":1,"profiles":[]})")
            << "not a profiles file";
        QTest::newRow("newer schema") << withProfiles({good}, 2) << "newer version";
        QTest::newRow("no schema")
            << QByteArray(R"({"format":"certsrv-backup-profiles","profiles":[]})") << "schema";
        QTest::newRow("no list")
            << QByteArray(R"({"format":"certsrv-backup-profiles","schema_version":1})")
            << "profiles";
        QTest::newRow("bad type") << withProfiles({good, badType}) << "profile 2";
        QTest::newRow("bad retention") << withProfiles({badKeep}) << "keep_full";
        QTest::newRow("no server") << withProfiles({noServer}) << "server";
        QTest::newRow("bad flag") << withProfiles({badBool}) << "include_key";
        QTest::newRow("duplicate") << withProfiles({good, duplicate}) << "twice";
        QTest::newRow("not an object") << withProfiles({QJsonValue(3)}) << "not an object";
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QList<ExchangedProfile> read{ExchangedProfile{}};
        QString error;
        QVERIFY(!ProfileExchange::fromJson(bytes, &read, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(read.size(), 1); // untouched: nothing is half-read
    }
};

QTEST_APPLESS_MAIN(TestProfileExchange)
#include "tst_profileexchange.moc"
