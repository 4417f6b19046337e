// SPDX-License-Identifier: Apache-2.0
#include "common/hostos.h"

#include "common/fileio.h"
#include "common/utf16.h"

#include <windows.h>

#include <bcrypt.h>

#include <climits>
#include <vector>

namespace certsrvsim::hostos {

std::optional<std::string> environment(const char *name)
{
    std::wstring wideName;
    for (const char *c = name; *c != '\0'; ++c)
        wideName.push_back(static_cast<wchar_t>(static_cast<unsigned char>(*c)));
    ::SetLastError(ERROR_SUCCESS);
    const DWORD needed = ::GetEnvironmentVariableW(wideName.c_str(), nullptr, 0);
    if (needed == 0)
        return ::GetLastError() == ERROR_ENVVAR_NOT_FOUND ? std::nullopt
                                                          : std::optional<std::string>("");
    std::vector<wchar_t> buffer(needed);
    const DWORD length = ::GetEnvironmentVariableW(wideName.c_str(), buffer.data(), needed);
    if (length == 0 || length >= needed)
        return std::nullopt;
    return utf16::toUtf8(std::u16string(buffer.data(), buffer.data() + length));
}

std::string userDataDirectory()
{
    if (const auto local = environment("LOCALAPPDATA"); local && !local->empty())
        return *local;
    if (const auto profile = environment("USERPROFILE"); profile && !profile->empty())
        return fileio::joinPath(*profile, "AppData\\Local");
    return ".";
}

bool processIsElevated()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    const BOOL ok =
        ::GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size);
    ::CloseHandle(token);
    return ok && elevation.TokenIsElevated != 0;
}

bool processAlive(std::int64_t pid)
{
    return pid > 0;
}

bool randomBytes(void *data, std::size_t size)
{
    auto *p = static_cast<UCHAR *>(data);
    while (size > 0) {
        const ULONG chunk = size > ULONG_MAX ? ULONG_MAX : static_cast<ULONG>(size);
        if (::BCryptGenRandom(nullptr, p, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) < 0)
            return false;
        p += chunk;
        size -= chunk;
    }
    return true;
}

} // namespace certsrvsim::hostos
