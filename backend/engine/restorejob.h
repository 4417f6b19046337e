// SPDX-License-Identifier: Apache-2.0
// A restore of a backup set (and the chain it ends) into the CA on this machine, and the restore
// drill that proves a set restorable without touching any CA.
//
// Restore, in the order of "Restoring Certificate Services from Backup": the chain is planned and
// checked; the CA must be stopped (or is stopped on request); every file of the chain is copied
// into staging folders beside the CA's own and its SHA-256 checked; only then are the CA's files
// moved aside (never deleted) and the restored ones renamed into place; each set is registered
// (CertSrvRestorePrepareW, RestoreRegisterW, RestoreRegisterComplete, RestoreEnd), the full set
// first; optionally the CA key is imported and the CA started, which recovers the restored
// database. Anything that fails or is cancelled before the end is rolled back (restorejournal.h).
//
// A job runs synchronously on the caller's thread and reports through callbacks, which are called
// on that thread; cancel() may be called from any thread.
#pragma once

#include "certadm/certadmlibrary.h"
#include "certadm/hresult.h"
#include "runtypes.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace engine {

struct RestoreRequest {
    QString server;
    QString setPath; // the set whose state is restored; its chain comes with it
    bool database = true;
    bool caKey = false;
    QString keyPassword; // opens the set's <CA name>.p12
    bool stopService = false;
    bool startService = false;
    bool force = false; // restore onto a CA whose name differs from the set's
    std::shared_ptr<const certadm::CertadmLibrary> library;
};

enum class RestoreStep {
    Checking,    // planning the chain, checking the CA
    CheckingSet, // drill: planning the chain
    Stopping,    // stopping the CA
    Staging,     // copying and checking the files
    Replacing,   // moving the CA's files aside and the restored ones into place
    Registering, // registering each set with the CA
    ImportingKey,
    Starting, // starting the CA, which recovers the restored database
    RollingBack,
    Recovering, // drill: recovering the scratch copy
    Done,
};
QString restoreStepText(RestoreStep step);

struct RestoreProgress {
    RestoreStep step = RestoreStep::Checking;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString currentFile;
    int filesDone = 0;
    int filesTotal = 0;
};

struct RestoreResult {
    using Outcome = RunOutcome;
    enum class Refusal {
        None,
        BadSet,        // the set or its chain cannot be restored (nothing touched)
        NotLocal,      // the CA is not on this machine
        CaNameDiffers, // the set is another CA's (nothing touched; --force overrides)
        CaRunning,     // the CA runs and was not to be stopped (nothing touched)
        NeedsElevation,
    };
    Outcome outcome = Outcome::Failed;
    Refusal refusal = Refusal::None;
    bool drill = false;
    QString server;
    QString caName; // the set's CA
    QString setPath;
    QStringList chain; // folder names, the full set first
    qint64 bytes = 0;
    int files = 0;
    double seconds = 0;
    quint32 genLow = 0;
    quint32 genHigh = 0;
    bool databaseRestored = false; // registered with the CA
    bool keyRestored = false;
    bool serviceStarted = false;
    bool rolledBack = false;
    QString asideFolder; // where the CA's previous database and logs are kept
    // Drill: what the recovered scratch copy showed.
    qint64 certificates = -1;
    qint64 highestSerial = -1;
    QStringList checks; // what was checked, one line each
    QStringList warnings;
    // Failure details (also set for Cancelled).
    HRESULT hresult = 0;
    QString failedCall;
    QString message;
    QString action;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};

class RestoreJob {
    Q_DECLARE_TR_FUNCTIONS(RestoreJob)
public:
    using ProgressCallback = std::function<void(const RestoreProgress &)>;
    using LogCallback = std::function<void(const QString &)>;

    explicit RestoreJob(RestoreRequest request);
    ~RestoreJob();

    void setProgressCallback(ProgressCallback callback) { m_onProgress = std::move(callback); }
    void setLogCallback(LogCallback callback) { m_onLog = std::move(callback); }
    void cancel() { m_cancel = true; }

    RestoreResult run();
    // The drill: recovers a scratch copy of the chain in `scratchParent` (a temporary folder when
    // empty) and checks the result; no CA is involved.
    RestoreResult runDrill(const QString &scratchParent = QString());

private:
    RestoreRequest m_request;
    std::atomic<bool> m_cancel{false};
    ProgressCallback m_onProgress;
    LogCallback m_onLog;
};

} // namespace engine

Q_DECLARE_METATYPE(engine::RestoreProgress)
Q_DECLARE_METATYPE(engine::RestoreResult)
