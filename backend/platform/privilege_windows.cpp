// SPDX-License-Identifier: Apache-2.0
#include "privilege.h"

#include <windows.h>

namespace platform {
namespace {

class TokenHandle {
public:
    ~TokenHandle()
    {
        if (m_handle != nullptr) {
            CloseHandle(m_handle);
        }
    }
    HANDLE *out() { return &m_handle; }
    HANDLE get() const { return m_handle; }

private:
    HANDLE m_handle = nullptr;
};

} // namespace

namespace {

// Enables one privilege in this process's token when the token holds it.
PrivilegeCheck enablePrivilege(const wchar_t *name)
{
    PrivilegeCheck check;
    const QString privilegeName = QString::fromWCharArray(name);
    TokenHandle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY,
                          token.out())) {
        check.detail = QStringLiteral("OpenProcessToken failed with error %1").arg(GetLastError());
        return check;
    }
    LUID luid;
    if (!LookupPrivilegeValueW(nullptr, name, &luid)) {
        check.detail =
            QStringLiteral("LookupPrivilegeValue failed with error %1").arg(GetLastError());
        return check;
    }
    TOKEN_PRIVILEGES privileges{};
    privileges.PrivilegeCount = 1;
    privileges.Privileges[0].Luid = luid;
    privileges.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    if (!AdjustTokenPrivileges(token.get(), FALSE, &privileges, sizeof privileges, nullptr,
                               nullptr)) {
        check.detail =
            QStringLiteral("AdjustTokenPrivileges failed with error %1").arg(GetLastError());
        return check;
    }
    // AdjustTokenPrivileges "succeeds" when the token lacks the privilege: only
    // ERROR_NOT_ALL_ASSIGNED tells.
    if (GetLastError() == ERROR_NOT_ALL_ASSIGNED) {
        check.state = PrivilegeCheck::State::NotHeld;
        check.detail = QStringLiteral("%1 is not held by this token (not elevated, or not a "
                                      "backup operator)")
                           .arg(privilegeName);
        return check;
    }
    check.state = PrivilegeCheck::State::Enabled;
    check.detail = QStringLiteral("%1 enabled").arg(privilegeName);
    return check;
}

} // namespace

PrivilegeCheck enableBackupPrivilege()
{
    return enablePrivilege(L"SeBackupPrivilege");
}

PrivilegeCheck enableRestorePrivileges()
{
    PrivilegeCheck backup = enablePrivilege(L"SeBackupPrivilege");
    if (backup.state != PrivilegeCheck::State::Enabled) {
        return backup;
    }
    PrivilegeCheck restore = enablePrivilege(L"SeRestorePrivilege");
    restore.detail = backup.detail + QStringLiteral("; ") + restore.detail;
    return restore;
}

bool isElevated()
{
    TokenHandle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, token.out())) {
        return false;
    }
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    if (!GetTokenInformation(token.get(), TokenElevation, &elevation, sizeof elevation, &size)) {
        return false;
    }
    return elevation.TokenIsElevated != 0;
}

} // namespace platform
