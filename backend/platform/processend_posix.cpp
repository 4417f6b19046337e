// SPDX-License-Identifier: Apache-2.0
#include "processend.h"

namespace platform {

int endProcess(int exitCode)
{
    return exitCode;
}

} // namespace platform
