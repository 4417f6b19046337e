// SPDX-License-Identifier: Apache-2.0
#include "daemon/eventlog.h"

#include "common/fileio.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace certsrvsim {

EventLog::EventLog(const std::string &path)
{
    m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (m_fd < 0)
        std::fprintf(stderr, "certsrv-simd: cannot open %s: %s\n", path.c_str(),
                     fileio::errnoText(errno).c_str());
}

EventLog::~EventLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void EventLog::write(const std::string &message)
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t seconds = system_clock::to_time_t(now);
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    ::gmtime_r(&seconds, &utc);
    char stamp[64];
    std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ [%d] ",
                  utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min,
                  utc.tm_sec, static_cast<int>(millis), static_cast<int>(::getpid()));
    const std::string line = stamp + message + "\n";
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_fd >= 0)
        fileio::writeAll(m_fd, line.data(), line.size());
    else
        std::fputs(line.c_str(), stderr);
}

} // namespace certsrvsim
