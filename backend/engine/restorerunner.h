// SPDX-License-Identifier: Apache-2.0
// Runs a RestoreJob (a restore or a drill) on a worker thread and reports with queued signals,
// for the GUI and the command line alike. Cancel is safe at any time; the runner waits for its
// thread when it goes.
#pragma once

#include "restorejob.h"

#include <QObject>

#include <memory>

class QThread;

namespace platform {
class ThreadExit;
}

namespace engine {

class RestoreRunner : public QObject {
    Q_OBJECT
public:
    explicit RestoreRunner(QObject *parent = nullptr);
    ~RestoreRunner() override;

    // False when a run is already going.
    bool start(const RestoreRequest &request);
    bool startDrill(const RestoreRequest &request, const QString &scratchParent = QString());
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(const engine::RestoreProgress &progress);
    void logLine(const QString &line);
    void finished(const engine::RestoreResult &result);

private:
    bool launch(const RestoreRequest &request, bool drill, const QString &scratchParent);
    void onJobDone(const RestoreResult &result);

    // Waits for the worker to end, as the OS sees it too, and deletes it.
    void joinThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<platform::ThreadExit> m_threadExit;
    std::shared_ptr<RestoreJob> m_job;
};

} // namespace engine
