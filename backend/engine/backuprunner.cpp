// SPDX-License-Identifier: Apache-2.0
#include "backuprunner.h"

#include "backupjob.h"
#include "platform/threadexit.h"

#include <QThread>

namespace engine {

void registerEngineMetaTypes()
{
    qRegisterMetaType<engine::BackupProgress>();
    qRegisterMetaType<engine::BackupResult>();
    qRegisterMetaType<engine::JobState>();
}

BackupRunner::BackupRunner(QObject *parent) : QObject(parent)
{
    registerEngineMetaTypes();
}

BackupRunner::~BackupRunner()
{
    if (m_thread != nullptr) {
        cancel();
        m_thread->quit();
        m_thread->wait();
        m_threadExit->waitForExit();
    }
}

bool BackupRunner::isRunning() const
{
    return m_thread != nullptr;
}

bool BackupRunner::start(const BackupRequest &request)
{
    if (m_thread != nullptr) {
        return false;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("backup job"));
    auto threadExit = std::make_shared<platform::ThreadExit>();
    m_threadExit = threadExit;
    connect(
        m_thread, &QThread::started, m_thread, [threadExit] { threadExit->captureCurrentThread(); },
        Qt::DirectConnection);
    auto *job = new BackupJob(request);
    job->moveToThread(m_thread);
    m_job = job;
    connect(m_thread, &QThread::finished, job, &QObject::deleteLater);
    connect(job, &BackupJob::stateChanged, this, &BackupRunner::stateChanged);
    connect(job, &BackupJob::progress, this, &BackupRunner::progress);
    connect(job, &BackupJob::logLine, this, &BackupRunner::logLine);
    connect(job, &BackupJob::finished, this,
            [this, thread = m_thread, threadExit](const BackupResult &result) {
                // Runs on the runner's thread, after the job has returned from run(). A job that
                // was detached meanwhile is no longer this runner's.
                if (thread != m_thread) {
                    return;
                }
                m_thread = nullptr;
                m_threadExit.reset();
                thread->quit();
                thread->wait();
                threadExit->waitForExit();
                thread->deleteLater();
                Q_EMIT finished(result);
            });
    m_thread->start();
    QMetaObject::invokeMethod(job, &BackupJob::run, Qt::QueuedConnection);
    return true;
}

void BackupRunner::detach()
{
    if (m_thread == nullptr) {
        return;
    }
    cancel();
    if (m_job) {
        m_job->disconnect(this); // its progress, log lines and result are no longer this runner's
    }
    QThread *thread = m_thread;
    m_thread = nullptr;
    m_threadExit.reset();
    m_job = nullptr;
    // The thread leaves its event loop once the job's run() returns, then deletes itself (the job
    // goes with it, see start()). Unparented, so that deleting the runner does not delete a
    // running thread; an application that exits first simply ends it.
    thread->setParent(nullptr);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
}

void BackupRunner::cancel()
{
    // cancel() only stores an atomic flag, so calling it across threads is safe while the job
    // lives; the job is deleted only after its thread has finished.
    if (m_job) {
        m_job->cancel();
    }
}

} // namespace engine
