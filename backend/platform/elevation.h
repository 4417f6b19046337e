// SPDX-License-Identifier: Apache-2.0
// Restarting the application with administrative rights, for the backup privilege. One
// implementation per OS: elevation_windows.cpp (ShellExecuteExW "runas"), elevation_posix.cpp
// (pkexec when present).
#pragma once

#include <QString>
#include <QStringList>

namespace platform {

struct ElevationResult {
    bool started = false;
    QString message; // why it could not start, and what the operator can do instead
};

class Elevation {
public:
    virtual ~Elevation() = default;
    // Whether this platform can start an elevated copy at all (a prompt may still be refused).
    virtual bool canRelaunch() const = 0;
    // Starts `program` with `arguments` elevated. The caller quits once it started.
    virtual ElevationResult relaunch(const QString &program, const QStringList &arguments) = 0;
};

// The implementation for this OS.
Elevation &systemElevation();

} // namespace platform
