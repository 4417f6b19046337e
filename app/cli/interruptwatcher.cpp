// SPDX-License-Identifier: Apache-2.0
#include "interruptwatcher.h"

#include <atomic>
#include <csignal>

namespace cli {
namespace {

std::atomic<int> g_interrupts{0};

extern "C" void onInterrupt(int)
{
    g_interrupts.fetch_add(1);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent) : QObject(parent)
{
    g_interrupts = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const int now = g_interrupts.load();
        if (now != m_seen) {
            m_seen = now;
            Q_EMIT interrupted();
        }
    });
    m_poll.start(50);
}

InterruptWatcher::~InterruptWatcher()
{
    m_poll.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace cli
