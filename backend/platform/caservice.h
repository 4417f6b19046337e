// SPDX-License-Identifier: Apache-2.0
// Starting the CA service after a restore, and forgetting a registered restore when one is rolled
// back. One implementation per OS: caservice_windows.cpp (the service control manager for CertSvc;
// the CertSvc\Configuration\RestoreInProgress key), caservice_posix.cpp (`certsrv-sim start` for
// the simulated CA; its restore.pending file).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace platform {

class CaService {
    Q_DECLARE_TR_FUNCTIONS(CaService)
public:
    // Starts the CA service of `server` (local) and returns once the service says it runs or
    // failed. False with `error`: what the service reported (a failed recovery, say).
    static bool start(const QString &server, QString *error);

    // Stops the CA service of `server` (local) through the service manager: the fallback when
    // CertSrvServerControlW SHUTDOWN is refused. Returns once it stopped; false with `error`.
    static bool stop(const QString &server, QString *error);

    // Whether the CA service of `server` runs (paused counts as running).
    static bool isRunning(const QString &server);

    // Removes the restore registered for `server`'s CA, so the CA starts on the database that is
    // in its folders. False with `error` when it exists and cannot be removed.
    static bool clearRestoreRegistration(const QString &server, QString *error);

    // Whether a restore is registered for `server`'s CA and not yet recovered.
    static bool restoreRegistered(const QString &server);
};

} // namespace platform
