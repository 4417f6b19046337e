// SPDX-License-Identifier: Apache-2.0
#include "restorerunner.h"

#include "platform/threadexit.h"

#include <QThread>

namespace engine {

RestoreRunner::RestoreRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<engine::RestoreProgress>();
    qRegisterMetaType<engine::RestoreResult>();
}

RestoreRunner::~RestoreRunner()
{
    if (m_thread != nullptr) {
        cancel();
        joinThread();
    }
}

void RestoreRunner::joinThread()
{
    QThread *thread = m_thread;
    m_thread = nullptr;
    if (thread != nullptr) {
        thread->wait();
        delete thread;
    }
    if (m_threadExit) {
        m_threadExit->waitForExit();
        m_threadExit.reset();
    }
}

bool RestoreRunner::start(const RestoreRequest &request)
{
    return launch(request, false, QString());
}

bool RestoreRunner::startDrill(const RestoreRequest &request, const QString &scratchParent)
{
    return launch(request, true, scratchParent);
}

void RestoreRunner::onJobDone(const RestoreResult &result)
{
    m_job.reset();
    joinThread();
    Q_EMIT finished(result);
}

void RestoreRunner::cancel()
{
    if (m_job) {
        m_job->cancel();
    }
}

bool RestoreRunner::launch(const RestoreRequest &request, bool drill, const QString &scratchParent)
{
    if (m_thread != nullptr) {
        return false;
    }
    auto job = std::make_shared<RestoreJob>(request);
    m_job = job;
    // The callbacks run on the worker; queued invocations carry them to this object's thread.
    // This object outlives the worker: its destructor waits for the thread.
    job->setProgressCallback([this](const RestoreProgress &p) {
        QMetaObject::invokeMethod(
            this, [this, p] { Q_EMIT progress(p); }, Qt::QueuedConnection);
    });
    job->setLogCallback([this](const QString &line) {
        QMetaObject::invokeMethod(
            this, [this, line] { Q_EMIT logLine(line); }, Qt::QueuedConnection);
    });
    auto threadExit = std::make_shared<platform::ThreadExit>();
    m_threadExit = threadExit;
    m_thread = QThread::create([this, job, drill, scratchParent, threadExit] {
        threadExit->captureCurrentThread();
        const RestoreResult result = drill ? job->runDrill(scratchParent) : job->run();
        QMetaObject::invokeMethod(
            this, [this, result] { onJobDone(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(drill ? QStringLiteral("restore drill") : QStringLiteral("restore"));
    m_thread->start();
    return true;
}

} // namespace engine
