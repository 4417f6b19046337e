// SPDX-License-Identifier: Apache-2.0
#include "common/connection.h"

#include "common/bytes.h"
#include "common/framereader.h"
#include "common/hostos.h"
#include "common/hresults.h"
#include "common/registration.h"
#include "common/serverpaths.h"
#include "common/socketio.h"
#include "common/utf16.h"

#include <cstdlib>
#include <cstring>

namespace certsrvsim {

namespace {

// A daemon that accepted the connection but does not answer Hello within this time is treated
// as not running (stopped with SIGSTOP, deadlocked, or a foreign program on a reused port).
constexpr int kHelloTimeoutMs = 10000;

} // namespace

Connection::Connection(socketio::Socket fd, std::string serverName)
    : m_fd(fd), m_serverName(std::move(serverName))
{}

Connection::~Connection()
{
    socketio::closeSocket(m_fd);
}

bool Connection::clientIsElevated()
{
    const char *unelevated = std::getenv("CERTSRV_SIM_UNELEVATED");
    const bool playsUnelevated = unelevated != nullptr && std::strcmp(unelevated, "1") == 0;
    return hostos::processIsElevated() && !playsUnelevated;
}

std::int32_t Connection::open(const SimHome &home, std::string_view serverName, bool elevated,
                              std::unique_ptr<Connection> &out)
{
    const auto stored = home.findServer(serverName);
    if (!stored)
        return hr::kRpcServerUnavailable;
    const ServerPaths paths(home.serverDirectory(*stored), *stored);
    const auto reg = Registration::load(paths.registrationFile());
    if (!reg)
        return hr::kRpcServerUnavailable;
    const socketio::Socket fd = socketio::connectLoopback(reg->port);
    if (fd == socketio::kInvalidSocket)
        return hr::kRpcServerUnavailable;

    std::unique_ptr<Connection> conn(new Connection(fd, *stored));
    socketio::setReceiveTimeout(fd, kHelloTimeoutMs);
    FrameWriter hello = FrameWriter::request(protocol::Op::Hello);
    hello.u32(protocol::kVersion)
        .blob(reg->token.data(), reg->token.size())
        .u8(elevated ? 1 : 0)
        .str(utf16::fromUtf8(*stored));
    std::vector<std::uint8_t> fields;
    if (conn->call(hello, fields) != hr::kOk)
        return hr::kRpcServerUnavailable;
    // Later calls may legitimately wait long (stall faults, big reads): no timeout from here on.
    socketio::setReceiveTimeout(fd, 0);
    out = std::move(conn);
    return hr::kOk;
}

std::int32_t Connection::call(FrameWriter &request, std::vector<std::uint8_t> &fields)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    fields.clear();
    if (m_broken)
        return hr::kRpcCallFailed;
    const std::vector<std::uint8_t> &frame = request.finish();
    std::vector<std::uint8_t> payload;
    if (!socketio::sendFrame(m_fd, frame) || !socketio::receiveFrame(m_fd, payload) ||
        payload.size() < protocol::kResponseHeaderSize) {
        m_broken = true;
        return hr::kRpcCallFailed;
    }
    const std::uint16_t expected =
        static_cast<std::uint16_t>(getU16(frame.data() + 4) | protocol::kResponseBit);
    if (getU16(payload.data()) != expected) {
        // Out of step with the daemon: nothing on this connection can be trusted any more.
        m_broken = true;
        return hr::kRpcCallFailed;
    }
    const auto result = static_cast<std::int32_t>(getU32(payload.data() + 4));
    fields.assign(payload.begin() + protocol::kResponseHeaderSize, payload.end());
    return result;
}

bool Connection::waitForPeerClose(int milliseconds)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return socketio::waitForPeerClose(m_fd, milliseconds);
}

} // namespace certsrvsim
