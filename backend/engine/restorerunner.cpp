#include "restorerunner.h"

#include <QPointer>
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
        m_thread->wait();
        delete m_thread;
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
    QPointer<RestoreRunner> self(this);
    job->setProgressCallback([self](const RestoreProgress &p) {
        QMetaObject::invokeMethod(
            self, [self, p] { Q_EMIT self->progress(p); }, Qt::QueuedConnection);
    });
    job->setLogCallback([self](const QString &line) {
        QMetaObject::invokeMethod(
            self, [self, line] { Q_EMIT self->logLine(line); }, Qt::QueuedConnection);
    });
    m_thread = QThread::create([self, job, drill, scratchParent] {
        const RestoreResult result = drill ? job->runDrill(scratchParent) : job->run();
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                QThread *thread = self->m_thread;
                self->m_thread = nullptr;
                self->m_job.reset();
                thread->wait();
                delete thread;
                Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(drill ? QStringLiteral("restore drill") : QStringLiteral("restore"));
    m_thread->start();
    return true;
}

} // namespace engine
