// SPDX-License-Identifier: Apache-2.0
// Asks a server whether Certificate Services answers (CertSrvIsServerOnlineW) off the GUI thread,
// so a slow or unreachable server never freezes a window. Answers to an older question than the
// last one asked are dropped. A probe runs on a thread of its own that holds what it uses and
// deletes itself: nothing waits for it, so closing a window never waits for an unreachable
// server's timeout.
#pragma once

#include "engine/certadmloader.h"
#include "engine/serverinventory.h"

#include <QObject>

#include <memory>

namespace ui {

// The engine's classification of a probe, with the sentence the GUI shows for it.
struct OnlineAnswer {
    using State = engine::OnlineState;
    QString server;
    State state = State::Unreachable;
    qint32 hresult = 0;
    QString text; // a sentence for the operator: the state, and for trouble its reason and remedy
};

class OnlineChecker : public QObject {
    Q_OBJECT
public:
    OnlineChecker(engine::CertadmHandle library, QObject *parent = nullptr);
    ~OnlineChecker() override;

    void check(const QString &server);
    bool isChecking() const;

    // The wording of an answer; shared with the main window's server list.
    static OnlineAnswer describe(const QString &server, const engine::OnlineStatus &status);

Q_SIGNALS:
    void answered(const ui::OnlineAnswer &answer);

private:
    void onAnswer(const OnlineAnswer &answer);

    engine::CertadmHandle m_library;
    bool m_probing = false;
    QString m_pending;
};

} // namespace ui

Q_DECLARE_METATYPE(ui::OnlineAnswer)
