// SPDX-License-Identifier: Apache-2.0
// Turns Ctrl-C and SIGTERM (a scheduler stopping the task) into a Qt signal while a backup runs,
// so the job can be cancelled cleanly: it ends its backup context and removes the unfinished
// set. The handlers only count; a timer polls the count, as little is safe inside a handler.
#pragma once

#include <QObject>
#include <QTimer>

namespace cli {

class InterruptWatcher : public QObject {
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override; // restores the default handlers

Q_SIGNALS:
    void interrupted();

private:
    QTimer m_poll;
    int m_seen = 0;
};

} // namespace cli
