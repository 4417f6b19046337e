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

PrivilegeCheck enableBackupPrivilege()
{
    PrivilegeCheck check;
    TokenHandle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY,
                          token.out())) {
        check.detail = QStringLiteral("OpenProcessToken failed with error %1").arg(GetLastError());
        return check;
    }
    LUID luid;
    if (!LookupPrivilegeValueW(nullptr, L"SeBackupPrivilege", &luid)) {
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
        check.detail = QStringLiteral("SeBackupPrivilege is not held by this token (not elevated, "
                                      "or not a backup operator)");
        return check;
    }
    check.state = PrivilegeCheck::State::Enabled;
    check.detail = QStringLiteral("SeBackupPrivilege enabled");
    return check;
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
