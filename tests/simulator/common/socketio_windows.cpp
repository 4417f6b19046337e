// SPDX-License-Identifier: Apache-2.0
// socketio.h with Winsock 2. Windows has no SIGPIPE: a send to a closed peer just fails.
#include "common/socketio.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <climits>

namespace certsrvsim::socketio {

namespace {

static_assert(sizeof(Socket) == sizeof(SOCKET) && kInvalidSocket == INVALID_SOCKET,
              "Socket is SOCKET");

// Winsock is started once per process, on first use, and left running: the library may be
// unloaded while the application still uses Winsock itself.
bool winsockReady()
{
    static const bool started = [] {
        WSADATA data{};
        return ::WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    return started;
}

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

// A TCP socket that child processes do not inherit.
SOCKET newSocket()
{
    const SOCKET fd = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (fd != INVALID_SOCKET)
        ::SetHandleInformation(reinterpret_cast<HANDLE>(fd), HANDLE_FLAG_INHERIT, 0);
    return fd;
}

// send and recv take an int count.
int chunkOf(std::size_t size)
{
    return static_cast<int>(std::min<std::size_t>(size, INT_MAX));
}

} // namespace

Socket connectLoopback(std::uint16_t port)
{
    if (!winsockReady())
        return kInvalidSocket;
    const SOCKET fd = newSocket();
    if (fd == INVALID_SOCKET)
        return kInvalidSocket;
    sockaddr_in addr = loopback(port);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::closesocket(fd);
        return kInvalidSocket;
    }
    // Requests are small and answered one at a time: Nagle would only add latency.
    BOOL one = TRUE;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof one);
    return fd;
}

Socket listenLoopback(std::uint16_t *port)
{
    if (!winsockReady())
        return kInvalidSocket;
    const SOCKET fd = newSocket();
    if (fd == INVALID_SOCKET)
        return kInvalidSocket;
    // No other program may bind the same port while we listen on it.
    BOOL exclusive = TRUE;
    ::setsockopt(fd, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char *>(&exclusive),
                 sizeof exclusive);
    sockaddr_in addr = loopback(0);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(fd, 64) != 0) {
        ::closesocket(fd);
        return kInvalidSocket;
    }
    int len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::closesocket(fd);
        return kInvalidSocket;
    }
    *port = ntohs(addr.sin_port);
    return fd;
}

long os::send(Socket fd, const void *data, std::size_t size)
{
    const int n = ::send(fd, static_cast<const char *>(data), chunkOf(size), 0);
    if (n == SOCKET_ERROR)
        return ::WSAGetLastError() == WSAEINTR ? kInterrupted : kFailed;
    return n;
}

long os::receive(Socket fd, void *data, std::size_t size)
{
    const int n = ::recv(fd, static_cast<char *>(data), chunkOf(size), 0);
    if (n == SOCKET_ERROR)
        return ::WSAGetLastError() == WSAEINTR ? kInterrupted : kFailed;
    return n;
}

int os::waitReadable(Socket fd, int milliseconds)
{
    WSAPOLLFD wait{};
    wait.fd = fd;
    wait.events = POLLRDNORM;
    const int ready = ::WSAPoll(&wait, 1, static_cast<INT>(milliseconds));
    if (ready == SOCKET_ERROR)
        return ::WSAGetLastError() == WSAEINTR ? kInterrupted : static_cast<int>(kFailed);
    return ready;
}

void setReceiveTimeout(Socket fd, int milliseconds)
{
    // A DWORD of milliseconds, unlike POSIX's timeval. After a timeout the connection is dropped,
    // as Winsock leaves a timed-out socket in an undefined state.
    const DWORD timeout = milliseconds > 0 ? static_cast<DWORD>(milliseconds) : 0;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, reinterpret_cast<const char *>(&timeout),
                 sizeof timeout);
}

void closeSocket(Socket fd)
{
    if (fd != kInvalidSocket)
        ::closesocket(fd);
}

} // namespace certsrvsim::socketio
