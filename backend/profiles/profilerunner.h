// One run of a saved profile, the same from the GUI and from `certsrv-backup-cli backup
// --profile`: the key password from the keychain (or typed for this run), the backup job on its
// worker thread, retention after a successful and verified run, and one record in the run log
// with the source "profile:NAME", so that a failed unattended run shows in the main window.
#pragma once

#include "backuptypes.h"
#include "profile.h"
#include "retention.h"
#include "runlog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace engine {
class BackupRunner;
}

namespace profiles {

class ProfileStore;
class SecretStore;
struct SecretResult;

struct ProfileRunResult {
    QString profileName;
    engine::BackupResult backup;
    bool retentionRan = false;
    QString retentionSkipped; // why retention did not run, when the profile asks for it
    RetentionReport retention;
    QString runLogError; // empty when the run was recorded in the run log
};

// "profile:NAME", the run log's source of a profile run.
QString runSourceOf(const QString &profileName);

class ProfileRunner : public QObject {
    Q_OBJECT
public:
    // `secrets` must outlive the runner.
    explicit ProfileRunner(SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileRunner() override;

    void setRunLog(const engine::RunLog &runLog) { m_runLog = runLog; }
    // Optional: the profile's CA name is filled in there after its first successful run.
    void setProfileStore(ProfileStore *store) { m_store = store; }
    void setSecretTimeout(int milliseconds) { m_secretTimeoutMs = milliseconds; }

    // Starts a run; false when one is running. `typedKeyPassword` is a password given for this
    // run only ("ask me each time"); when empty and the profile includes the key, the password
    // comes from the secret store.
    bool start(const Profile &profile, std::shared_ptr<const certadm::CertadmLibrary> library,
               const QString &typedKeyPassword = QString());
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stateChanged(engine::JobState state);
    void progress(const engine::BackupProgress &progress);
    void logLine(const QString &line);
    void finished(const profiles::ProfileRunResult &result);

private:
    void onKeyPassword(quint64 generation, const SecretResult &result);
    void startJob(const QString &keyPassword);
    void failBeforeJob(const QString &message, const QString &action);
    void onJobFinished(const engine::BackupResult &result);
    void finish(ProfileRunResult result);

    SecretStore *m_secrets;
    ProfileStore *m_store = nullptr;
    engine::RunLog m_runLog;
    int m_secretTimeoutMs = 15000;
    engine::BackupRunner *m_runner;
    Profile m_profile;
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<QTimer> m_keyTimeout; // ends the wait for the keychain
    quint64 m_generation = 0;      // tells a stale keychain answer from the current run's
};

} // namespace profiles

Q_DECLARE_METATYPE(profiles::ProfileRunResult)
