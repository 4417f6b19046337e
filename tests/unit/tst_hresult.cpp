// SPDX-License-Identifier: Apache-2.0
// HRESULT texts: every code of the reference has a meaning, an action and the right category.
#include "certadm/hresult.h"

#include <QTest>

using namespace certadm;

class TestHresult final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void referenceCodes_data()
    {
        QTest::addColumn<quint32>("code");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("category");
        const auto add = [](quint32 code, const char *symbol, ErrorCategory category) {
            QTest::newRow(symbol) << code << QString::fromLatin1(symbol) << int(category);
        };
        add(0x80070005, "E_ACCESSDENIED", ErrorCategory::NeedsElevation);
        add(0x80070522, "ERROR_PRIVILEGE_NOT_HELD", ErrorCategory::NeedsElevation);
        add(0x800706BA, "RPC_S_SERVER_UNAVAILABLE", ErrorCategory::ServerUnavailable);
        add(0xC80001F9, "JET_errBackupInProgress", ErrorCategory::BackupInProgress);
        add(0xC8000209, "JET_errInvalidBackupSequence", ErrorCategory::Failed);
        add(0xC800020B, "JET_errBackupNotAllowedYet", ErrorCategory::ServerUnavailable);
        add(0xC800020E, "JET_errInvalidBackup", ErrorCategory::NeedsFullBackup);
        add(0xC8000230, "JET_errMissingFullBackup", ErrorCategory::NeedsFullBackup);
        add(0x80070020, "ERROR_SHARING_VIOLATION", ErrorCategory::Failed);
        add(0x80070091, "ERROR_DIR_NOT_EMPTY", ErrorCategory::Failed);
        add(0x8007010B, "ERROR_DIRECTORY", ErrorCategory::Failed);
        add(0x80070070, "ERROR_DISK_FULL", ErrorCategory::DiskFull);
    }

    void referenceCodes()
    {
        QFETCH(quint32, code);
        QFETCH(QString, symbol);
        QFETCH(int, category);
        const HresultDescription d = describeHresult(static_cast<HRESULT>(code));
        QCOMPARE(QString::fromStdString(d.symbol), symbol);
        QCOMPARE(int(d.category), category);
        QVERIFY(!d.meaning.empty());
        QVERIFY(!d.action.empty());
        QVERIFY(d.known);
        QCOMPARE(QString::fromStdString(d.code), QString::asprintf("0x%08X", code));
    }

    void otherEseErrorsNamed()
    {
        const HresultDescription d = describeHresult(static_cast<HRESULT>(0xC80003E8u));
        QCOMPARE(QString::fromStdString(d.symbol), QStringLiteral("JET error -1000"));
        QVERIFY(!d.action.empty());
        QVERIFY(!d.known); // a general meaning: what the run recorded says more
    }

    void win32FacilityInGeneral()
    {
        const HresultDescription known = describeHresult(hresultFromWin32(1326));
        QCOMPARE(QString::fromStdString(known.symbol), QStringLiteral("ERROR_LOGON_FAILURE"));
        QVERIFY(known.known);
        const HresultDescription unknown = describeHresult(hresultFromWin32(60000)); // unassigned
        QVERIFY(QString::fromStdString(unknown.meaning).contains(QStringLiteral("60000")));
        QVERIFY(!unknown.known);
        QCOMPARE(hresultFromWin32(5), kHrAccessDenied);
        QCOMPARE(hresultFromWin32(0), 0);
    }

    void success()
    {
        QCOMPARE(describeHresult(0).category, ErrorCategory::None);
        QCOMPARE(QString::fromStdString(formatHresult(0)), QStringLiteral("0x00000000"));
    }
};

QTEST_APPLESS_MAIN(TestHresult)
#include "tst_hresult.moc"
