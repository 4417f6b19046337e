// SPDX-License-Identifier: Apache-2.0
// Loopback TCP sockets and whole-frame transfer for the protocol in protocol.h.
//
// The client library lives inside the application: it must never change its signal handling or be
// killed by a peer that went away (POSIX sends use MSG_NOSIGNAL). socketio.cpp frames messages;
// socketio_posix.cpp and socketio_windows.cpp (Winsock, started on first use) hold the socket
// calls.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace certsrvsim::socketio {

#if defined(_WIN32)
using Socket = std::uintptr_t; // SOCKET
constexpr Socket kInvalidSocket = ~Socket{0};
#else
using Socket = int;
constexpr Socket kInvalidSocket = -1;
#endif

using Deadline = std::chrono::steady_clock::time_point;

// Connects to 127.0.0.1:port. Returns the socket or kInvalidSocket.
Socket connectLoopback(std::uint16_t port);

// Listens on 127.0.0.1 with a kernel-chosen port, reported in *port. Returns the socket or
// kInvalidSocket.
Socket listenLoopback(std::uint16_t *port);

bool sendAll(Socket fd, const void *data, std::size_t size);
bool sendFrame(Socket fd, const std::vector<std::uint8_t> &frame);

// Receives exactly `size` bytes. With a deadline, the whole transfer must finish by then: a peer
// that sends one byte at a time cannot stretch it out, as it could against a per-recv timeout.
bool receiveAll(Socket fd, void *data, std::size_t size,
                std::optional<Deadline> deadline = std::nullopt);

// Receives one frame's payload. False on end of stream, error or an oversized frame.
bool receiveFrame(Socket fd, std::vector<std::uint8_t> &payload);

// Receives one frame of at most `maxPayload` bytes that must arrive whole within `milliseconds`
// (for the first frame of a connection, before the peer has shown that it holds the token).
bool receiveFrameWithin(Socket fd, std::vector<std::uint8_t> &payload, std::size_t maxPayload,
                        int milliseconds);

// Receive timeout in milliseconds (0: wait forever).
void setReceiveTimeout(Socket fd, int milliseconds);

// Waits until the peer closes its end, discarding anything it still sends. False on timeout.
bool waitForPeerClose(Socket fd, int milliseconds);

void closeSocket(Socket fd);

// One system call each, for the loops in socketio.cpp. A count > 0 is bytes moved, 0 the end of the
// stream; kInterrupted asks the caller to try again, kFailed is an error.
namespace os {
constexpr long kInterrupted = -2;
constexpr long kFailed = -1;
long send(Socket fd, const void *data, std::size_t size);
long receive(Socket fd, void *data, std::size_t size);
// 1 when the socket has data or an end of stream to read, 0 on timeout, else kInterrupted/kFailed.
int waitReadable(Socket fd, int milliseconds);
} // namespace os

} // namespace certsrvsim::socketio
