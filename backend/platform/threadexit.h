// SPDX-License-Identifier: Apache-2.0
// The end of a worker thread as the operating system sees it.
//
// QThread::wait() returns as soon as the thread's Qt side has finished, which on Windows can be
// before the thread has run its DLL thread-detach routines. winpthreads runs the thread-local
// destructors there with its key lock held; a process that exits at that moment ends the thread
// holding the lock, and libstdc++'s own detach in ExitProcess then waits for it for ever: the
// program has printed everything and never ends (seen under Wine with the command-line restore;
// ExitProcess behaves the same on Windows). A runner captures its worker here when the worker
// starts and waits for it here after QThread::wait(). A no-op where threads end with their Qt side.
#pragma once

namespace platform {

class ThreadExit {
public:
    ThreadExit() = default;
    ThreadExit(const ThreadExit &) = delete;
    ThreadExit &operator=(const ThreadExit &) = delete;
    ~ThreadExit();

    // Called on the worker thread itself, first thing.
    void captureCurrentThread();
    // Returns once the captured thread has ended completely (at once when none was captured).
    void waitForExit();

private:
    [[maybe_unused]] void *m_handle = nullptr; // the thread's handle where one is waited for
};

} // namespace platform
