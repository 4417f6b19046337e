#include "onlinechecker.h"

#include "backupsession.h"
#include "hresult.h"
#include "utf16.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ui {

OnlineChecker::OnlineChecker(std::shared_ptr<const certadm::CertadmLibrary> library,
                             QObject *parent)
    : QObject(parent), m_library(std::move(library)),
      m_watcher(new QFutureWatcher<OnlineAnswer>(this))
{
    qRegisterMetaType<ui::OnlineAnswer>();
    connect(m_watcher, &QFutureWatcher<OnlineAnswer>::finished, this, [this] {
        const OnlineAnswer answer = m_watcher->result();
        const QString next = m_pending;
        m_pending.clear();
        if (!next.isEmpty() && next != answer.server) {
            check(next); // the operator typed on while we waited: ask again, drop this answer
            return;
        }
        Q_EMIT answered(answer);
    });
}

OnlineChecker::~OnlineChecker()
{
    // The call returns by itself (connect and RPC time out); waiting keeps the library alive.
    m_watcher->waitForFinished();
}

bool OnlineChecker::isChecking() const
{
    return m_watcher->isRunning();
}

OnlineAnswer OnlineChecker::describe(const QString &server, qint32 hresult, bool online)
{
    OnlineAnswer answer;
    answer.server = server;
    answer.hresult = hresult;
    if (!certadm::hrSucceeded(hresult)) {
        const certadm::HresultDescription d = certadm::describeHresult(hresult);
        answer.state = OnlineAnswer::State::Unreachable;
        answer.text = tr("Unreachable (%1): %2 %3")
                          .arg(QString::fromStdString(d.code), QString::fromStdString(d.meaning),
                               QString::fromStdString(d.action));
    } else if (!online) {
        answer.state = OnlineAnswer::State::Paused;
        answer.text = tr("Paused: Certificate Services on %1 is paused. Resume it (Certification "
                         "Authority console, or 'net continue certsvc') and check again.")
                          .arg(server);
    } else {
        answer.state = OnlineAnswer::State::Online;
        answer.text = tr("Online: Certificate Services on %1 answers.").arg(server);
    }
    return answer;
}

void OnlineChecker::check(const QString &server)
{
    if (!m_library) {
        Q_EMIT answered(describe(server, certadm::kHrFail, false));
        return;
    }
    if (m_watcher->isRunning()) {
        m_pending = server;
        return;
    }
    auto library = m_library;
    m_watcher->setFuture(QtConcurrent::run([library, server] {
        const certadm::ServerOnline result =
            certadm::isServerOnline(*library, certadm::toUtf16(server.toStdString()));
        return describe(server, result.hr, result.online);
    }));
}

} // namespace ui
