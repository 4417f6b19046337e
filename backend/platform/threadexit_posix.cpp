// SPDX-License-Identifier: Apache-2.0
// POSIX threads end with their Qt side, and a process's exit does not run another thread's
// destructors: nothing to wait for.
#include "threadexit.h"

namespace platform {

ThreadExit::~ThreadExit() = default;

void ThreadExit::captureCurrentThread() {}

void ThreadExit::waitForExit() {}

} // namespace platform
