// SPDX-License-Identifier: Apache-2.0
// The one place that owns a backup run, whoever starts it (the wizard, "Back up now", the CLI,
// a schedule): it resolves the CA key password (given for this run, or from the keychain), runs
// the backup job on its worker thread, drills the new set when asked, applies retention after a
// good, verified (and drilled) run, learns
// a profile's CA name on its first run, writes exactly one record to the run log and reports one
// typed result. Front ends only build a RunSpec and choose words for what comes back.
#pragma once

#include "engine/backuptypes.h"
#include "profile.h"
#include "engine/restorejob.h"
#include "retention.h"
#include "engine/runlog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace engine {
class BackupRunner;
class RestoreRunner;
} // namespace engine

namespace profiles {

class ProfileStore;
class SecretStore;
struct SecretResult;

// Where the CA key password of a run comes from.
enum class KeyPasswordFrom {
    NotNeeded, // the run does not include the CA key
    Given,     // request.keyPassword, typed or piped for this run
    Keychain,  // the secret store, under the profile's key
    AskedFor,  // the profile asks each time: a run without a typed password fails, in words
};

struct RunSpec {
    // Every kind of run verifies its set after the backup unless told not to: one default.
    RunSpec() { request.verifyAfter = true; }

    engine::BackupRequest request;
    engine::RunSource source = engine::RunSource::CommandLine;
    QString profileName;    // profile runs
    bool attended = false;  // somebody watches it end (the desktop app): see RunRecord
    QString expectedCaName; // a profile's CA name once learned: retention removes nothing else
    int keepFull = 0;       // retention: full sets (with their logs-only sets) to keep; 0 = all
    KeyPasswordFrom keyPasswordFrom = KeyPasswordFrom::NotNeeded;
    // After a good backup, prove the new set restorable with a restore drill (recorded as a run
    // of its own); retention then runs only when the drill passed.
    bool drillAfter = false;
    // How this front end lets the operator give the CA key password for a run, and store it in
    // a profile, each one sentence ("Pass it with --key-password-stdin."): the texts of a run
    // that has no password end with them, and name no front end's controls themselves. Empty:
    // general words.
    QString giveKeyPasswordHint;
    QString storeKeyPasswordHint;

    // A saved profile's run; `typedKeyPassword` (non-empty) is a password given for this run.
    static RunSpec forProfile(const Profile &profile,
                              std::shared_ptr<const certadm::CertadmLibrary> library,
                              const QString &typedKeyPassword = QString());
};

struct RunResult {
    engine::RunSource source = engine::RunSource::CommandLine;
    QString profileName;
    engine::BackupResult backup;
    bool retentionRan = false;
    QString retentionSkipped; // why retention did not run, when the run asked for it
    RetentionReport retention;
    bool drillRan = false;
    engine::RestoreResult drill;
    QString runLogError; // empty when the run was recorded in the run log
};

class RunController : public QObject {
    Q_OBJECT
public:
    // `secrets` must outlive the controller; it may be null for runs that never read it.
    explicit RunController(SecretStore *secrets, QObject *parent = nullptr);
    ~RunController() override;

    // Tests: another run log and profile store than the account's own.
    void setRunLog(const engine::RunLog &runLog) { m_runLog = runLog; }
    void setProfileStore(ProfileStore *store) { m_store = store; }
    void setSecretTimeout(int milliseconds) { m_secretTimeoutMs = milliseconds; }

    // Starts a run; false when one is running. The result always arrives through finished(),
    // never from inside this call.
    bool start(const RunSpec &spec);
    // Ends the run as soon as it safely can: before the set is committed it is removed; after
    // that only verification is skipped; retention, once started, finishes (removing half a
    // chain would be worse than removing nothing).
    void cancel();
    // The application quits: cancels the run and waits at most `timeoutMs` for it to end, with a
    // local event loop (windows keep painting). Either way the run is recorded once, as cancelled
    // because the application was closed, and finished() is emitted before this returns. A job
    // still blocked in a server call by then is detached: it ends on its own thread, and the
    // unfinished set it leaves is swept by the next start or backup. Returns whether the run
    // ended within the time.
    bool stopForQuit(int timeoutMs);
    bool isRunning() const { return m_phase != Phase::Idle; }
    // Whether the set is already committed (renamed to its final name): a cancel now keeps it.
    bool isCommitted() const { return m_committed; }

Q_SIGNALS:
    void stateChanged(engine::JobState state);
    void progress(const engine::BackupProgress &progress);
    void logLine(const QString &line);
    void finished(const profiles::RunResult &result);

private:
    enum class Phase { Idle, WaitingForSecret, BackingUp, Drilling, ApplyingRetention };

    // A line for the operator: logLine, and certsrv.job at info level.
    void log(const QString &line);
    void askKeychain();
    // The spec's sentence on giving the key password, or general words.
    QString giveKeyPasswordHint() const;
    void onKeyPassword(quint64 generation, const SecretResult &result);
    void startJob(const QString &keyPassword);
    void failBeforeJob(const QString &message, const QString &action);
    void onJobFinished(const engine::BackupResult &result);
    void onDrillFinished(const engine::RestoreResult &drill);
    // Retention (when asked for and safe) and the end of the run.
    void applyRetention(RunResult result);
    void finish(RunResult result);
    void learnCaName(RunResult &result);

    SecretStore *m_secrets;
    ProfileStore *m_store = nullptr;
    engine::RunLog m_runLog;
    int m_secretTimeoutMs = 15000;
    engine::BackupRunner *m_runner;
    engine::RestoreRunner *m_drillRunner;
    RunSpec m_spec;
    Phase m_phase = Phase::Idle;
    bool m_committed = false;
    QPointer<QTimer> m_keyTimeout; // ends the wait for the keychain
    quint64 m_generation = 0; // tells a stale answer (keychain, retention) from the current run's
    bool m_quitting = false;  // stopForQuit(): the record says the application was closed
    RunResult m_retentionRun; // the run whose retention is being applied
    RunResult m_drillRun;     // the run whose new set is being drilled
};

} // namespace profiles

Q_DECLARE_METATYPE(profiles::RunResult)
