// SPDX-License-Identifier: Apache-2.0
#include "dynamiclibrary.h"

#include "utf16.h"

#include <windows.h>

namespace certadm {

bool DynamicLibrary::open(const std::string &path, std::string &error)
{
    close();
    const std::u16string wide = toUtf16(path);
    // LOAD_LIBRARY_SEARCH_DEFAULT_DIRS keeps a planted certadm.dll in the current folder from
    // being picked up instead of the system one.
    HMODULE module =
        LoadLibraryExW(reinterpret_cast<LPCWSTR>(wide.c_str()), nullptr,
                       LOAD_LIBRARY_SEARCH_DEFAULT_DIRS | LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR);
    if (module == nullptr) {
        const DWORD code = GetLastError();
        wchar_t *buffer = nullptr;
        const DWORD length =
            FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                               FORMAT_MESSAGE_IGNORE_INSERTS,
                           nullptr, code, 0, reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
        error = length > 0
                    ? toUtf8(std::u16string(reinterpret_cast<const char16_t *>(buffer), length))
                    : "error " + std::to_string(code);
        LocalFree(buffer);
        return false;
    }
    m_handle = module;
    return true;
}

void *DynamicLibrary::symbol(const char *name) const
{
    if (m_handle == nullptr) {
        return nullptr;
    }
    return reinterpret_cast<void *>(GetProcAddress(static_cast<HMODULE>(m_handle), name));
}

void DynamicLibrary::close()
{
    if (m_handle != nullptr) {
        FreeLibrary(static_cast<HMODULE>(m_handle));
        m_handle = nullptr;
    }
}

} // namespace certadm
