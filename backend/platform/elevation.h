// SPDX-License-Identifier: Apache-2.0
// Restarting the application with administrative rights, for the backup privilege. One
// implementation per OS: elevation_windows.cpp (ShellExecuteExW "runas"), elevation_posix.cpp
// (pkexec when present).
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace platform {

struct ElevationResult {
    bool started = false; // the elevated copy runs; the caller can quit
    QString message;      // why it did not start (a declined prompt included), and what to do
};

class Elevation {
public:
    virtual ~Elevation() = default;
    // Whether this platform can start an elevated copy at all (a prompt may still be refused).
    virtual bool canRelaunch() const = 0;
    // Starts `program` with `arguments` elevated and calls `done` once the elevated copy runs
    // (its window is open), or once the attempt failed: a declined or cancelled password prompt
    // included. `done` is called on `context`'s thread, never after `context` is gone, and maybe
    // before relaunch() returns. The caller keeps running until then: on Linux pkexec refuses
    // to ask for the password on behalf of a parent that has ended.
    virtual void relaunch(const QString &program, const QStringList &arguments, QObject *context,
                          std::function<void(const ElevationResult &)> done) = 0;
};

// The implementation for this OS.
Elevation &systemElevation();

// Called by an elevated copy once its window is open: tells the copy that started it that it
// can quit (nothing where the start itself says so, as on Windows).
void reportElevatedStart();

// An elevated copy started by pkexec writes into the operator's settings, run log and profiles
// as root: this gives what it created there back to the operator's account (nothing elsewhere).
void returnFilesToOperator();

} // namespace platform
