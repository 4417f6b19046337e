// SPDX-License-Identifier: Apache-2.0
// A shared library loaded at run time (dlopen / LoadLibraryW), unloaded when the object goes.
// One implementation per OS: dynamiclibrary_posix.cpp and dynamiclibrary_windows.cpp.
#pragma once

#include <string>

namespace certadm {

class DynamicLibrary {
public:
    DynamicLibrary() = default;
    ~DynamicLibrary();
    DynamicLibrary(const DynamicLibrary &) = delete;
    DynamicLibrary &operator=(const DynamicLibrary &) = delete;
    DynamicLibrary(DynamicLibrary &&other) noexcept;
    DynamicLibrary &operator=(DynamicLibrary &&other) noexcept;

    // Loads the library at `path` (UTF-8). On failure returns false and sets `error` to the
    // system's reason.
    bool open(const std::string &path, std::string &error);
    bool isOpen() const { return m_handle != nullptr; }
    // The address of an exported symbol, or nullptr when the library does not export it.
    void *symbol(const char *name) const;
    void close();

private:
    void *m_handle = nullptr;
};

} // namespace certadm
