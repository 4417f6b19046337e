// SPDX-License-Identifier: Apache-2.0
#include "processend.h"

#include <cstdio>

#include <windows.h>

namespace platform {

int endProcess(int exitCode)
{
    std::fflush(nullptr); // the C runtime's buffers: everything the program printed
    TerminateProcess(GetCurrentProcess(), static_cast<UINT>(exitCode));
    return exitCode; // not reached
}

} // namespace platform
