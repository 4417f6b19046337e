// SPDX-License-Identifier: Apache-2.0
#include "progressmeter.h"

#include <cmath>

namespace engine {

namespace {
// An ETA is shown only after this much time, when the window is full enough to average over.
constexpr qint64 kSettleMs = 2000;
} // namespace

ProgressMeter::ProgressMeter(qint64 minIntervalMs, qint64 windowMs)
    : m_minInterval(minIntervalMs), m_window(windowMs)
{}

void ProgressMeter::sample(qint64 now, qint64 bytesDone)
{
    if (m_firstTime < 0) {
        m_firstTime = now;
    }
    m_samples.push_back({now, bytesDone});
    while (m_samples.size() > 2 && m_samples.front().time < now - m_window) {
        m_samples.pop_front();
    }
}

bool ProgressMeter::shouldEmit(qint64 now)
{
    if (m_lastEmit >= 0 && now - m_lastEmit < m_minInterval) {
        return false;
    }
    m_lastEmit = now;
    return true;
}

double ProgressMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2) {
        return 0.0;
    }
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const qint64 span = last.time - first.time;
    if (span <= 0) {
        return 0.0;
    }
    return static_cast<double>(last.bytes - first.bytes) * 1000.0 / static_cast<double>(span);
}

qint64 ProgressMeter::etaSeconds(qint64 bytesLeft) const
{
    if (m_samples.empty() || m_samples.back().time - m_firstTime < kSettleMs) {
        return -1;
    }
    const double rate = bytesPerSecond();
    if (rate <= 0.0) {
        return -1;
    }
    return static_cast<qint64>(std::ceil(static_cast<double>(bytesLeft) / rate));
}

} // namespace engine
