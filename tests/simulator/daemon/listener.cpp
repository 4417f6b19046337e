// SPDX-License-Identifier: Apache-2.0
#include "daemon/listener.h"

#include "common/fileio.h"
#include "common/socketio.h"
#include "daemon/caserver.h"
#include "daemon/eventlog.h"
#include "daemon/session.h"

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace certsrvsim {

Listener::Listener(CaServer &server, EventLog &log, const Registration::Token &token)
    : m_server(server), m_log(log), m_token(token)
{}

Listener::~Listener()
{
    stop();
}

bool Listener::open(std::string *error)
{
    m_fd = socketio::listenLoopback(&m_port);
    if (m_fd < 0) {
        if (error)
            *error = "cannot listen on 127.0.0.1: " + fileio::errnoText(errno);
        return false;
    }
    return true;
}

void Listener::start()
{
    m_acceptThread = std::thread([this] { acceptLoop(); });
}

void Listener::stop()
{
    if (m_stopping.exchange(true))
        return;
    // shutdown() wakes the blocked accept(); close() alone would not on Linux.
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    socketio::closeSocket(m_fd);
    m_fd = -1;
    std::vector<Worker> workers;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        workers.swap(m_workers);
    }
    for (auto &worker : workers)
        worker.session->close();
    for (auto &worker : workers) {
        if (worker.thread.joinable())
            worker.thread.join();
    }
}

void Listener::acceptLoop()
{
    while (!m_stopping) {
        const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (!m_stopping)
                m_log.write("accept failed: " + fileio::errnoText(errno));
            if (errno == EMFILE || errno == ENFILE) {
                ::usleep(100000); // out of descriptors: let sessions finish rather than spin
                continue;
            }
            break;
        }
        int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::lock_guard<std::mutex> lock(m_mutex);
        reapFinishedLocked();
        if (m_stopping) {
            ::close(client);
            break;
        }
        Worker worker;
        worker.session = std::make_shared<Session>(client, m_nextId++, m_server, m_log, m_token);
        worker.done = std::make_shared<std::atomic<bool>>(false);
        worker.thread = std::thread([session = worker.session, done = worker.done] {
            session->run();
            *done = true;
        });
        m_workers.push_back(std::move(worker));
    }
}

void Listener::reapFinishedLocked()
{
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (*it->done) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace certsrvsim
