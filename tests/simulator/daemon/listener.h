// SPDX-License-Identifier: Apache-2.0
// The daemon's TCP listener on 127.0.0.1: accepts connections and runs each Session on its own
// thread, and on shutdown closes them all and waits for their threads.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/registration.h"

namespace certsrvsim {

class CaServer;
class EventLog;
class Session;

class Listener {
public:
    Listener(CaServer &server, EventLog &log, const Registration::Token &token);
    ~Listener();
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;

    bool open(std::string *error);
    std::uint16_t port() const { return m_port; }
    void start();
    void stop();

private:
    struct Worker {
        std::shared_ptr<Session> session;
        std::shared_ptr<std::atomic<bool>> done;
        std::thread thread;
    };

    void acceptLoop();
    void reapFinishedLocked();

    CaServer &m_server;
    EventLog &m_log;
    Registration::Token m_token;
    int m_fd = -1;
    std::uint16_t m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;
    std::mutex m_mutex;
    std::vector<Worker> m_workers;
    std::uint64_t m_nextId = 1;
};

} // namespace certsrvsim
