// SPDX-License-Identifier: Apache-2.0
// The Windows platform layer run for real (under Wine in CI): the backup and restore privileges
// enabled through AdjustTokenPrivileges, each checked against the process token itself.
#include "platform/privilege.h"

#include <QTest>

#include <windows.h>

#include <vector>

namespace {

// Whether the process token holds `name` and has it enabled, read from the token.
bool tokenHasEnabled(const wchar_t *name)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        return false;
    }
    DWORD size = 0;
    GetTokenInformation(token, TokenPrivileges, nullptr, 0, &size);
    std::vector<unsigned char> buffer(size);
    const bool read =
        size > 0 && GetTokenInformation(token, TokenPrivileges, buffer.data(), size, &size);
    CloseHandle(token);
    LUID luid;
    if (!read || !LookupPrivilegeValueW(nullptr, name, &luid)) {
        return false;
    }
    const auto *privileges = reinterpret_cast<const TOKEN_PRIVILEGES *>(buffer.data());
    for (DWORD i = 0; i < privileges->PrivilegeCount; ++i) {
        const LUID_AND_ATTRIBUTES &p = privileges->Privileges[i];
        if (p.Luid.LowPart == luid.LowPart && p.Luid.HighPart == luid.HighPart) {
            return (p.Attributes & SE_PRIVILEGE_ENABLED) != 0;
        }
    }
    return false;
}

} // namespace

class TestWindowsPlatform final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Wine runs programs as an elevated administrator, as an operator on a CA server runs it.
        QVERIFY(platform::isElevated());
    }

    void backupPrivilegeEnabled()
    {
        const platform::PrivilegeCheck check = platform::enableBackupPrivilege();
        QCOMPARE(check.state, platform::PrivilegeCheck::State::Enabled);
        QVERIFY2(check.detail.contains(QStringLiteral("SeBackupPrivilege")),
                 qPrintable(check.detail));
        QVERIFY(tokenHasEnabled(L"SeBackupPrivilege"));
    }

    void restorePrivilegesEnabled()
    {
        const platform::PrivilegeCheck check = platform::enableRestorePrivileges();
        QCOMPARE(check.state, platform::PrivilegeCheck::State::Enabled);
        QVERIFY(tokenHasEnabled(L"SeBackupPrivilege"));
        QVERIFY(tokenHasEnabled(L"SeRestorePrivilege"));
    }
};

QTEST_GUILESS_MAIN(TestWindowsPlatform)
#include "tst_windowsplatform.moc"
