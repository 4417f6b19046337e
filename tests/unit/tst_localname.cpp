// SPDX-License-Identifier: Apache-2.0
// Safe local names: nothing a server sends may leave the backup set or name a device.
#include "certadm/localname.h"

#include <QTest>

using namespace certadm;

class TestLocalName final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lastComponentOfUnc()
    {
        const LocalName name =
            safeLocalName(u"\\\\CA01\\C$\\Windows\\system32\\CertLog\\Contoso Root CA.edb");
        QVERIFY(name.ok);
        QCOMPARE(QString::fromStdString(name.name), QStringLiteral("Contoso Root CA.edb"));
    }

    void forwardSlashesSplitToo()
    {
        const LocalName name = safeLocalName(u"../../etc/passwd");
        QVERIFY(name.ok);
        QCOMPARE(QString::fromStdString(name.name), QStringLiteral("passwd"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::newRow("dot-dot") << QStringLiteral("\\\\S\\C$\\..");
        QTest::newRow("dot") << QStringLiteral("\\\\S\\C$\\.");
        QTest::newRow("trailing separator") << QStringLiteral("\\\\S\\C$\\dir\\");
        QTest::newRow("empty") << QString();
        QTest::newRow("drive letter") << QStringLiteral("C:");
        QTest::newRow("drive relative") << QStringLiteral("C:evil.log");
        QTest::newRow("stream") << QStringLiteral("a.log:stream");
        QTest::newRow("CON") << QStringLiteral("\\\\S\\C$\\CON");
        QTest::newRow("nul with extension") << QStringLiteral("\\\\S\\nul.log");
        QTest::newRow("COM1") << QStringLiteral("com1");
        QTest::newRow("LPT9") << QStringLiteral("LPT9.txt");
        QTest::newRow("control") << QStringLiteral("a\x01.log");
        QTest::newRow("newline") << QStringLiteral("a\n.log");
        QTest::newRow("wildcard") << QStringLiteral("*.log");
        QTest::newRow("pipe") << QStringLiteral("a|b");
        QTest::newRow("trailing dot") << QStringLiteral("a.log.");
        QTest::newRow("trailing space") << QStringLiteral("a.log ");
        QTest::newRow("too long") << QString(300, QLatin1Char('a'));
    }

    void refused()
    {
        QFETCH(QString, serverName);
        const LocalName name = safeLocalName(serverName.toStdU16String());
        QVERIFY2(!name.ok, qPrintable(QString::fromStdString(name.name)));
        QVERIFY(!name.error.empty());
    }

    void loneSurrogateRefused()
    {
        std::u16string name = u"a";
        name += char16_t(0xD800);
        name += u".log";
        QVERIFY(!safeLocalName(name).ok);
    }

    void notReservedLookalikes()
    {
        QVERIFY(safeLocalName(u"CONSOLE.log").ok);
        QVERIFY(safeLocalName(u"COM10").ok);
        QVERIFY(safeLocalName(u"nullable.edb").ok);
        QVERIFY(safeLocalName(u"Zertifizierungsstelle \u00e4\u00f6\u00fc.edb").ok);
    }

    void collisionsRefused()
    {
        LocalNameSet names;
        names.reserve("certbkxp.dat");
        QVERIFY(names.add(u"\\\\A\\edb00001.log").ok);
        const LocalName again = names.add(u"\\\\B\\other\\EDB00001.LOG");
        QVERIFY(!again.ok);
        QVERIFY(again.error.find("same local file") != std::string::npos);
        QVERIFY(!names.add(u"\\\\A\\CertBkXp.dat").ok);
        QVERIFY(names.add(u"\\\\A\\edb00002.log").ok);
    }
};

QTEST_APPLESS_MAIN(TestLocalName)
#include "tst_localname.moc"
