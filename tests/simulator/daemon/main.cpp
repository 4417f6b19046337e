// SPDX-License-Identifier: Apache-2.0
// certsrv-simd: the simulated Certificate Services daemon, one CA per process.
//
//   certsrv-simd --home DIR --name NAME [--issue-rate N] [--fault SPEC]...
//
// Listens on 127.0.0.1 (kernel-chosen port), registers itself in <home>/servers/<NAME>/daemon.reg
// and serves each connection on its own thread. SIGTERM/SIGINT (or ServerControl SHUTDOWN):
// stop issuing, flush, remove daemon.reg, exit 0. Normally started by `certsrv-sim start`.
#include "common/faultset.h"
#include "common/registration.h"
#include "common/serverpaths.h"
#include "common/simhome.h"
#include "daemon/caserver.h"
#include "daemon/eventlog.h"
#include "daemon/listener.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <unistd.h>

using namespace certsrvsim;

namespace {

int usage(const char *message)
{
    if (message)
        std::fprintf(stderr, "certsrv-simd: %s\n", message);
    std::fprintf(stderr, "usage: certsrv-simd --home DIR --name NAME [--issue-rate N] "
                         "[--fault SPEC]...\n"
                         "Normally started by `certsrv-sim start NAME`.\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string homeDir;
    std::string name;
    double issueRate = 0;
    FaultSet faults;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> const char * { return i + 1 < argc ? argv[++i] : nullptr; };
        if (arg == "--home") {
            const char *v = value();
            if (!v)
                return usage("--home needs a folder");
            homeDir = v;
        } else if (arg == "--name") {
            const char *v = value();
            if (!v)
                return usage("--name needs a server name");
            name = v;
        } else if (arg == "--issue-rate") {
            const char *v = value();
            char *end = nullptr;
            issueRate = v ? std::strtod(v, &end) : -1;
            if (!v || *end != '\0' || !(issueRate >= 0) || issueRate > 1e6)
                return usage("--issue-rate needs certificates per second (0..1000000)");
        } else if (arg == "--fault") {
            const char *v = value();
            std::string error;
            if (!v || !faults.apply(v, &error))
                return usage(v ? error.c_str() : "--fault needs a specification");
        } else if (arg == "--help" || arg == "-h") {
            usage(nullptr);
            return 0;
        } else {
            return usage(("unknown argument " + arg).c_str());
        }
    }
    if (homeDir.empty() || name.empty())
        return usage("--home and --name are required");

    const SimHome home(homeDir);
    const auto stored = home.findServer(name);
    if (!stored) {
        std::fprintf(stderr,
                     "certsrv-simd: no server '%s' in %s (create it with certsrv-sim create)\n",
                     name.c_str(), home.serversDirectory().c_str());
        return 1;
    }
    const ServerPaths paths(home.serverDirectory(*stored), *stored);

    // One daemon per server: the lock on server.conf lives exactly as long as this process.
    const int lockFd = ::open(paths.configFile().c_str(), O_RDONLY | O_CLOEXEC);
    if (lockFd < 0 || ::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
        std::fprintf(stderr, "certsrv-simd: server '%s' is already served by another daemon\n",
                     stored->c_str());
        return 1;
    }

    // Signals are taken synchronously by the main thread: block them before any thread starts
    // so every thread inherits the mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    EventLog log(paths.daemonLogFile());
    log.write("certsrv-simd starting for server " + *stored);
    CaServer server(paths, log);
    std::string error;
    if (!server.start(issueRate, faults, &error)) {
        log.write("start failed: " + error);
        std::fprintf(stderr, "certsrv-simd: %s\n", error.c_str());
        return 1;
    }

    Registration reg;
    reg.token = Registration::randomToken();
    reg.pid = ::getpid();
    Listener listener(server, log, reg.token);
    if (!listener.open(&error)) {
        log.write(error);
        std::fprintf(stderr, "certsrv-simd: %s\n", error.c_str());
        return 1;
    }
    reg.port = listener.port();
    server.setEndpoint(reg.port, reg.pid);
    listener.start();
    if (!reg.save(paths.registrationFile(), &error)) {
        log.write("cannot register: " + error);
        std::fprintf(stderr, "certsrv-simd: %s\n", error.c_str());
        listener.stop();
        server.stop();
        return 1;
    }
    log.write("listening on 127.0.0.1:" + std::to_string(reg.port));

    std::string why;
    while (why.empty()) {
        timespec timeout{0, 200 * 1000 * 1000};
        const int sig = sigtimedwait(&signals, nullptr, &timeout);
        if (sig > 0)
            why = std::string("signal ") + strsignal(sig);
        else if (server.shutdownRequested())
            why = "ServerControl SHUTDOWN";
    }
    log.write("stopping (" + why + ")");
    listener.stop();
    server.stop();
    ::unlink(paths.registrationFile().c_str());
    log.write("stopped, registration removed");
    ::close(lockFd);
    return 0;
}
