// SPDX-License-Identifier: Apache-2.0
#include "threadexit.h"

#include <windows.h>

namespace platform {

ThreadExit::~ThreadExit()
{
    if (m_handle != nullptr) {
        CloseHandle(m_handle);
    }
}

void ThreadExit::captureCurrentThread()
{
    HANDLE handle = nullptr;
    // GetCurrentThread() is a pseudo handle: a real one that another thread can wait on.
    if (DuplicateHandle(GetCurrentProcess(), GetCurrentThread(), GetCurrentProcess(), &handle,
                        SYNCHRONIZE, FALSE, 0)) {
        m_handle = handle;
    }
}

void ThreadExit::waitForExit()
{
    if (m_handle != nullptr) {
        WaitForSingleObject(m_handle, INFINITE);
        CloseHandle(m_handle);
        m_handle = nullptr;
    }
}

} // namespace platform
