// SPDX-License-Identifier: Apache-2.0
#include "onlinechecker.h"

#include "backupsession.h"
#include "hresult.h"
#include "utf16.h"

#include <QThread>

namespace ui {

OnlineChecker::OnlineChecker(std::shared_ptr<const certadm::CertadmLibrary> library,
                             QObject *parent)
    : QObject(parent), m_library(std::move(library))
{
    qRegisterMetaType<ui::OnlineAnswer>();
}

// A probe still running goes on alone; its answer is dropped with this object (see check()).
OnlineChecker::~OnlineChecker() = default;

bool OnlineChecker::isChecking() const
{
    return m_probing;
}

void OnlineChecker::onAnswer(const OnlineAnswer &answer)
{
    m_probing = false;
    const QString next = m_pending;
    m_pending.clear();
    if (!next.isEmpty() && next != answer.server) {
        check(next); // the operator typed on while we waited: ask again, drop this answer
        return;
    }
    Q_EMIT answered(answer);
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
    if (m_probing) {
        m_pending = server;
        return;
    }
    m_probing = true;
    // Not the global thread pool: the application waits for that one when it exits. The probe
    // keeps the library loaded while it runs and deletes itself when it ends.
    auto library = m_library;
    auto answer = std::make_shared<OnlineAnswer>();
    QThread *probe = QThread::create([library, server, answer] {
        const certadm::ServerOnline result =
            certadm::isServerOnline(*library, certadm::toUtf16(server.toStdString()));
        *answer = describe(server, result.hr, result.online);
    });
    probe->setObjectName(QStringLiteral("online probe"));
    connect(probe, &QThread::finished, probe, &QObject::deleteLater);
    connect(probe, &QThread::finished, this, [this, answer] { onAnswer(*answer); });
    probe->start();
}

} // namespace ui
