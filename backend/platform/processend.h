// SPDX-License-Identifier: Apache-2.0
// The last step of main(), once every object of the program is gone and its output written.
//
// On Windows a mingw-w64 program that returns from main() runs the DLLs' detach routines after
// ExitProcess has ended the other threads. A thread ended while it held a winpthreads lock (one
// that was running its thread-exit destructors, for instance) leaves that lock held for ever, and
// libstdc++'s own detach then waits for it: the program has done and said everything and never
// ends, a scheduled task that stays "running". There the process ends here without the detach
// routines, which have nothing left to save. Elsewhere main() returns as usual.
#pragma once

namespace platform {

// Returns `exitCode` for main() to return, or ends the process with it (Windows).
int endProcess(int exitCode);

} // namespace platform
