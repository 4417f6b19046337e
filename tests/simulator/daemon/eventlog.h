// SPDX-License-Identifier: Apache-2.0
// daemon.log writer: one timestamped line per daemon event, safe to call from any thread.
//
// The file is opened in append mode, so the lines interleave cleanly with the daemon's stdout and
// stderr, which `certsrv-sim start` also sends to daemon.log.
#pragma once

#include <mutex>
#include <string>

namespace certsrvsim {

class EventLog {
public:
    explicit EventLog(const std::string &path);
    ~EventLog();
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    void write(const std::string &message);

private:
    std::mutex m_mutex;
    int m_fd = -1;
};

} // namespace certsrvsim
