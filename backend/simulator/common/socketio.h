// SPDX-License-Identifier: Apache-2.0
// Loopback TCP sockets and whole-frame transfer for the protocol in protocol.h.
//
// Sends use MSG_NOSIGNAL: the client library lives inside the application and must never change
// its SIGPIPE handling or be killed by a peer that went away.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace certsrvsim::socketio {

// Connects to 127.0.0.1:port. Returns the descriptor or -1.
int connectLoopback(std::uint16_t port);

// Listens on 127.0.0.1 with a kernel-chosen port, reported in *port. Returns the descriptor or -1.
int listenLoopback(std::uint16_t *port);

bool sendAll(int fd, const void *data, std::size_t size);
bool sendFrame(int fd, const std::vector<std::uint8_t> &frame);

// Receives one frame's payload. False on end of stream, error or an oversized frame.
bool receiveFrame(int fd, std::vector<std::uint8_t> &payload);

// Receives one frame of at most `maxPayload` bytes that must arrive whole within `milliseconds`
// (for the first frame of a connection, before the peer has shown that it holds the token).
bool receiveFrameWithin(int fd, std::vector<std::uint8_t> &payload, std::size_t maxPayload,
                        int milliseconds);

// Receive timeout in milliseconds (0: wait forever).
void setReceiveTimeout(int fd, int milliseconds);

void closeSocket(int fd);

} // namespace certsrvsim::socketio
