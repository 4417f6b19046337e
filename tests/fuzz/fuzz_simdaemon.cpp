// SPDX-License-Identifier: Apache-2.0
// Fuzzes the simulator daemon's request handling: the input is the byte stream a client sends,
// length-prefixed frames (common/protocol.h). A Session serves it over a socket pair in this
// process, as certsrv-simd serves a TCP connection, against a small CaServer made fresh for
// every input. A hostile client must never crash the daemon.
//
// The Session holds a fixed token (kToken below) and serves the server "FUZZ01" (CA "Fuzz CA"),
// so inputs can get past Hello; the seeds are request sequences of the client library.
#include "common/bytes.h"
#include "common/faultset.h"
#include "common/registration.h"
#include "common/serverpaths.h"
#include "common/simhome.h"
#include "daemon/caserver.h"
#include "daemon/eventlog.h"
#include "daemon/session.h"
#include "tool/servercreator.h"

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <poll.h>
#include <string>
#include <string_view>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace certsrvsim;

namespace {

constexpr Registration::Token kToken = {'c', 'e', 'r', 't', 's', 'r', 'v', '-',
                                        'f', 'u', 'z', 'z', '-', 'k', 'e', 'y'};
constexpr const char *kServerName = "FUZZ01";
// Requests after this many frames are not sent: a request may make the server write a 1 MiB
// log (a roll) or send up to 4 MiB, so long sequences only slow the run without new code.
constexpr int kMaxFrames = 32;
// "stall=" in UTF-16LE, as a SetFaults spec carries it. A stall makes every later backup
// request wait up to ten minutes, on purpose; that is a hang for the fuzzer, not a bug.
constexpr char kStallSpec[] = {'s', 0, 't', 0, 'a', 0, 'l', 0, 'l', 0, '=', 0};

std::string g_base;     // this process's scratch folder
std::string g_template; // the servers folder as `certsrv-sim create` left it

void removeBase()
{
    std::error_code ignored;
    std::filesystem::remove_all(g_base, ignored);
}

// The daemon flushes its state with fsync at every backup step: on a tmpfs that costs nothing,
// elsewhere it would dominate the run.
std::string scratchParent()
{
    if (::access("/dev/shm", W_OK) == 0) {
        return "/dev/shm";
    }
    const char *tmp = std::getenv("TMPDIR");
    return tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
}

// The end of the first kMaxFrames frames, or of the input when it holds fewer.
std::size_t cutAfterFrames(const std::uint8_t *data, std::size_t size)
{
    std::size_t pos = 0;
    for (int frame = 0; frame < kMaxFrames; ++frame) {
        if (size - pos < 4) {
            return size;
        }
        const std::size_t length = getU32(data + pos);
        if (length > size - pos - 4) {
            return size;
        }
        pos += 4 + length;
    }
    return pos;
}

// The client's side of the socket pair: sends the input, then half-closes, and reads whatever
// the daemon answers until it closes its end. Both at once, so that neither side can block the
// other on a full socket buffer.
void runClient(int fd, const std::uint8_t *data, std::size_t size)
{
    std::size_t sent = 0;
    bool sending = true;
    std::vector<std::uint8_t> sink(64 * 1024);
    for (;;) {
        if (sending && sent == size) {
            ::shutdown(fd, SHUT_WR);
            sending = false;
        }
        pollfd pfd{fd, static_cast<short>(POLLIN | (sending ? POLLOUT : 0)), 0};
        if (::poll(&pfd, 1, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            std::abort();
        }
        if (sending && (pfd.revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
            const ssize_t n = ::send(fd, data + sent, size - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                sent += static_cast<std::size_t>(n);
            } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                sending = false; // the daemon hung up; what it sent is still read below
            }
        }
        if ((pfd.revents & (POLLIN | POLLERR | POLLHUP)) != 0) {
            const ssize_t n = ::recv(fd, sink.data(), sink.size(), MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
                return;
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    std::signal(SIGPIPE, SIG_IGN); // as certsrv-simd does
    std::string pattern = scratchParent() + "/certsrv-fuzz-simd-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        std::perror("mkdtemp");
        std::abort();
    }
    g_base = pattern;
    std::atexit(removeBase);

    // One small server, made once by the control tool's own code; each input gets a copy.
    const SimHome home(g_base + "/template");
    CreateOptions options;
    options.name = kServerName;
    options.caName = "Fuzz CA";
    options.databaseSize = 64 * 1024;
    options.certificates = 20;
    std::string error;
    if (!ServerCreator(home).create(options, &error, nullptr)) {
        std::fprintf(stderr, "cannot create the server: %s\n", error.c_str());
        std::abort();
    }
    g_template = home.serversDirectory();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    size = cutAfterFrames(data, size);
    const std::string_view stream(reinterpret_cast<const char *>(data), size);
    if (stream.find(std::string_view(kStallSpec, sizeof kStallSpec)) != std::string_view::npos) {
        return -1;
    }

    // A fresh copy of the server for every input: a backup rolls and truncates logs and
    // records its state, and the next input must not depend on what this one did.
    const std::string run = g_base + "/run";
    std::error_code ignored;
    std::filesystem::remove_all(run, ignored);
    std::filesystem::create_directories(run);
    std::filesystem::copy(g_template, run + "/servers", std::filesystem::copy_options::recursive);
    const SimHome home(run);
    const ServerPaths paths(home.serverDirectory(kServerName), kServerName);
    {
        EventLog log(paths.daemonLogFile());
        CaServer server(paths, log);
        std::string error;
        // No issuance: a steady server keeps runs of one input alike.
        if (!server.start(0, FaultSet(), &error)) {
            std::fprintf(stderr, "cannot start the server: %s\n", error.c_str());
            std::abort();
        }
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
            std::abort();
        }
        {
            Session session(fds[0], 1, server, log, kToken); // owns fds[0] from here
            std::thread client(runClient, fds[1], data, size);
            session.run();
            client.join();
        }
        ::close(fds[1]);
        server.stop();
    }
    std::filesystem::remove_all(run, ignored);
    return 0;
}
