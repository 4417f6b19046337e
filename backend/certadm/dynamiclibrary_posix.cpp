// SPDX-License-Identifier: Apache-2.0
#include "dynamiclibrary.h"

#include <dlfcn.h>

namespace certadm {

bool DynamicLibrary::open(const std::string &path, std::string &error)
{
    close();
    // RTLD_LOCAL: two different certadm libraries (tests load several) must not see each
    // other's symbols.
    m_handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (m_handle == nullptr) {
        const char *reason = dlerror();
        error = reason != nullptr ? reason : "unknown dlopen error";
        return false;
    }
    return true;
}

void *DynamicLibrary::symbol(const char *name) const
{
    if (m_handle == nullptr) {
        return nullptr;
    }
    return dlsym(m_handle, name);
}

void DynamicLibrary::close()
{
    if (m_handle != nullptr) {
        dlclose(m_handle);
        m_handle = nullptr;
    }
}

} // namespace certadm
