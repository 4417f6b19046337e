// SPDX-License-Identifier: Apache-2.0
#include "common/socketio.h"

#include "common/bytes.h"
#include "common/protocol.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <optional>
#include <poll.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace certsrvsim::socketio {

namespace {

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

using Clock = std::chrono::steady_clock;

// With a deadline, the whole transfer must finish by then: a peer that sends one byte at a time
// cannot stretch it out, as it could against a per-recv timeout.
bool receiveAll(int fd, void *data, std::size_t size,
                std::optional<Clock::time_point> deadline = std::nullopt)
{
    auto *p = static_cast<std::uint8_t *>(data);
    while (size > 0) {
        if (deadline) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now());
            if (left.count() <= 0)
                return false;
            pollfd wait{fd, POLLIN, 0};
            const int ready = ::poll(&wait, 1, static_cast<int>(left.count()));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready <= 0)
                return false;
        }
        const ssize_t n = ::recv(fd, p, size, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

int connectLoopback(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr = loopback(port);
    int rc = 0;
    do {
        rc = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(fd);
        return -1;
    }
    // Requests are small and answered one at a time: Nagle would only add latency.
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

int listenLoopback(std::uint16_t *port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr = loopback(0);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(fd, 64) != 0) {
        ::close(fd);
        return -1;
    }
    socklen_t len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(fd);
        return -1;
    }
    *port = ntohs(addr.sin_port);
    return fd;
}

bool sendAll(int fd, const void *data, std::size_t size)
{
    const auto *p = static_cast<const std::uint8_t *>(data);
    while (size > 0) {
        const ssize_t n = ::send(fd, p, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool sendFrame(int fd, const std::vector<std::uint8_t> &frame)
{
    return sendAll(fd, frame.data(), frame.size());
}

bool receiveFrame(int fd, std::vector<std::uint8_t> &payload)
{
    std::uint8_t prefix[4];
    if (!receiveAll(fd, prefix, sizeof prefix))
        return false;
    const std::uint32_t size = getU32(prefix);
    if (size > protocol::kMaxFramePayload)
        return false;
    payload.resize(size);
    return size == 0 || receiveAll(fd, payload.data(), size);
}

bool receiveFrameWithin(int fd, std::vector<std::uint8_t> &payload, std::size_t maxPayload,
                        int milliseconds)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(milliseconds);
    std::uint8_t prefix[4];
    if (!receiveAll(fd, prefix, sizeof prefix, deadline))
        return false;
    const std::uint32_t size = getU32(prefix);
    if (size > maxPayload)
        return false;
    payload.resize(size);
    return size == 0 || receiveAll(fd, payload.data(), size, deadline);
}

void setReceiveTimeout(int fd, int milliseconds)
{
    timeval tv{};
    tv.tv_sec = milliseconds / 1000;
    tv.tv_usec = (milliseconds % 1000) * 1000;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
}

void closeSocket(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

} // namespace certsrvsim::socketio
