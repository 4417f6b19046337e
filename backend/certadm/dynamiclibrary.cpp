// SPDX-License-Identifier: Apache-2.0
#include "dynamiclibrary.h"

#include <utility>

// What both platforms share; open(), symbol() and close() live in the per-OS files.
namespace certadm {

DynamicLibrary::~DynamicLibrary()
{
    close();
}

DynamicLibrary::DynamicLibrary(DynamicLibrary &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
{}

DynamicLibrary &DynamicLibrary::operator=(DynamicLibrary &&other) noexcept
{
    if (this != &other) {
        close();
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

} // namespace certadm
