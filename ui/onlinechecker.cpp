// SPDX-License-Identifier: Apache-2.0
#include "onlinechecker.h"

#include "engine/errortext.h"
#include "engine/errortext.h"

#include <QThread>

namespace ui {

OnlineChecker::OnlineChecker(engine::CertadmHandle library, QObject *parent)
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

OnlineAnswer OnlineChecker::describe(const QString &server, const engine::OnlineStatus &status)
{
    OnlineAnswer answer;
    answer.server = server;
    answer.hresult = status.hresult;
    answer.state = status.state;
    switch (status.state) {
    case engine::OnlineState::Online:
        answer.text = tr("Online: Certificate Services on %1 answers.").arg(server);
        break;
    case engine::OnlineState::Paused:
        answer.text = tr("Paused: Certificate Services on %1 is paused. Resume it (Certification "
                         "Authority console, or 'net continue certsvc') and check again.")
                          .arg(server);
        break;
    case engine::OnlineState::Unreachable:
    case engine::OnlineState::Unknown: {
        answer.state = engine::OnlineState::Unreachable;
        const engine::ErrorText d = engine::describeError(status.hresult);
        answer.text = tr("Unreachable (%1): %2 %3").arg(d.code, d.meaning, d.action);
        break;
    }
    }
    return answer;
}

void OnlineChecker::check(const QString &server)
{
    if (!m_library) {
        Q_EMIT answered(describe(server, engine::classifyOnline(engine::kHrFail, false)));
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
        *answer = describe(server, engine::probeOnline(*library, server));
    });
    probe->setObjectName(QStringLiteral("online probe"));
    connect(probe, &QThread::finished, probe, &QObject::deleteLater);
    connect(probe, &QThread::finished, this, [this, answer] { onAnswer(*answer); });
    probe->start();
}

} // namespace ui
