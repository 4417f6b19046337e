// SPDX-License-Identifier: Apache-2.0
// socketio.h with BSD sockets.
#include "common/socketio.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
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

} // namespace

Socket connectLoopback(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return kInvalidSocket;
    sockaddr_in addr = loopback(port);
    int rc = 0;
    do {
        rc = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(fd);
        return kInvalidSocket;
    }
    // Requests are small and answered one at a time: Nagle would only add latency.
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

Socket listenLoopback(std::uint16_t *port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return kInvalidSocket;
    sockaddr_in addr = loopback(0);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(fd, 64) != 0) {
        ::close(fd);
        return kInvalidSocket;
    }
    socklen_t len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(fd);
        return kInvalidSocket;
    }
    *port = ntohs(addr.sin_port);
    return fd;
}

long os::send(Socket fd, const void *data, std::size_t size)
{
    const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
    if (n < 0)
        return errno == EINTR ? kInterrupted : kFailed;
    return static_cast<long>(n);
}

long os::receive(Socket fd, void *data, std::size_t size)
{
    const ssize_t n = ::recv(fd, data, size, 0);
    if (n < 0)
        return errno == EINTR ? kInterrupted : kFailed;
    return static_cast<long>(n);
}

int os::waitReadable(Socket fd, int milliseconds)
{
    pollfd wait{fd, POLLIN, 0};
    const int ready = ::poll(&wait, 1, milliseconds);
    if (ready < 0)
        return errno == EINTR ? kInterrupted : static_cast<int>(kFailed);
    return ready;
}

void setReceiveTimeout(Socket fd, int milliseconds)
{
    timeval tv{};
    tv.tv_sec = milliseconds / 1000;
    tv.tv_usec = (milliseconds % 1000) * 1000;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
}

void closeSocket(Socket fd)
{
    if (fd >= 0)
        ::close(fd);
}

} // namespace certsrvsim::socketio
