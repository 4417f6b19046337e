// SPDX-License-Identifier: Apache-2.0
// Runs a BackupJob on a worker thread of its own and relays its signals to the thread that owns
// the runner. The GUI and the CLI both start backups only through this class.
#pragma once

#include "backuptypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace platform {
class ThreadExit;
}

namespace engine {

class BackupJob;

class BackupRunner : public QObject {
    Q_OBJECT
public:
    explicit BackupRunner(QObject *parent = nullptr);
    // Cancels a running job and waits for its thread: a job never outlives its runner.
    ~BackupRunner() override;

    // Starts a job; false when one is still running.
    bool start(const BackupRequest &request);
    // Asks the running job to stop at its next server call; returns at once.
    void cancel();
    bool isRunning() const;
    // Cancels the running job and lets it go: it ends on its worker thread on its own (a server
    // call may not return for a long time), holding everything it uses, and the thread deletes
    // itself. Nothing of it is reported any more, and the runner may be deleted at once. For an
    // application that quits and cannot wait.
    void detach();

Q_SIGNALS:
    void stateChanged(engine::JobState state);
    void progress(const engine::BackupProgress &progress);
    void logLine(const QString &line);
    void finished(const engine::BackupResult &result);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<platform::ThreadExit> m_threadExit; // of m_thread
    QPointer<BackupJob> m_job;
};

// Registers the engine's types for queued signals; called by BackupRunner, harmless to repeat.
void registerEngineMetaTypes();

} // namespace engine
