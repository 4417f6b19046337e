// SPDX-License-Identifier: Apache-2.0
// Turns a stream of byte counts into what an operator can read: a rate averaged over the last
// seconds, an ETA only once that rate is steady, and a gate that lets at most ten updates a
// second through.
#pragma once

#include <QtGlobal>

#include <deque>

namespace engine {

class ProgressMeter {
public:
    // `now` values are milliseconds from any fixed origin (a QElapsedTimer).
    explicit ProgressMeter(qint64 minIntervalMs = 100, qint64 windowMs = 3000);

    // Records `bytesDone` at `now`.
    void sample(qint64 now, qint64 bytesDone);
    // True when an update may be shown at `now` (and takes that slot).
    bool shouldEmit(qint64 now);

    // Bytes per second over the window; 0 until two samples span some time.
    double bytesPerSecond() const;
    // Seconds left for `bytesLeft`, or -1 while the rate is not yet trustworthy.
    qint64 etaSeconds(qint64 bytesLeft) const;

private:
    struct Sample {
        qint64 time;
        qint64 bytes;
    };
    qint64 m_minInterval;
    qint64 m_window;
    qint64 m_lastEmit = -1;
    qint64 m_firstTime = -1;
    std::deque<Sample> m_samples;
};

} // namespace engine
