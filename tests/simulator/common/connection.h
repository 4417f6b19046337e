// SPDX-License-Identifier: Apache-2.0
// A client's authenticated connection to the daemon of one simulated server.
//
// The client library holds one per backup context (the HCSBC handle) and opens short-lived ones
// for calls that take a server name; the control tool uses one for status and faults.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "common/framewriter.h"
#include "common/simhome.h"
#include "common/socketio.h"

namespace certsrvsim {

class Connection {
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Finds the server by name in `home`, connects and says Hello. On failure returns
    // RPC_S_SERVER_UNAVAILABLE (no such server, no registration, no answer, stale token).
    static std::int32_t open(const SimHome &home, std::string_view serverName, bool elevated,
                             std::unique_ptr<Connection> &out);

    // The client is elevated when it runs as root (Windows: with an elevated token) and the
    // environment does not set CERTSRV_SIM_UNELEVATED=1 (tests run as root and use it to play an
    // unelevated operator).
    static bool clientIsElevated();

    // Sends the request and waits for its response. Returns the response's HRESULT; `fields`
    // receives the payload after the response header. A transport failure returns
    // RPC_S_CALL_FAILED and marks the connection broken: every later call fails the same way.
    std::int32_t call(FrameWriter &request, std::vector<std::uint8_t> &fields);

    // Waits until the daemon closes its end (after ServerControl SHUTDOWN). False on timeout.
    bool waitForPeerClose(int milliseconds);

    bool isBroken() const { return m_broken; }
    const std::string &serverName() const { return m_serverName; }

private:
    Connection(socketio::Socket fd, std::string serverName);

    std::mutex m_mutex; // one call at a time, even if the caller shares a handle across threads
    socketio::Socket m_fd;
    bool m_broken = false;
    std::string m_serverName;
};

} // namespace certsrvsim
