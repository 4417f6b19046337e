// SPDX-License-Identifier: Apache-2.0
// What the simulator needs from the operating system beyond files and sockets: environment,
// privileges, other processes and random bytes. One implementation per OS (hostos_posix.cpp,
// hostos_windows.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace certsrvsim::hostos {

// The variable's value as UTF-8 (Windows: read as UTF-16); nullopt when it is not set.
std::optional<std::string> environment(const char *name);

// Per-user application data: $XDG_DATA_HOME when absolute, else ~/.local/share (POSIX);
// %LOCALAPPDATA% (Windows).
std::string userDataDirectory();

// POSIX: running as root. Windows: the process token is elevated.
bool processIsElevated();

// True while the process `pid` of the daemon's host exists and is not a zombie. On Windows the
// daemon runs on another system's process table (a Linux daemon serving a client under Wine), so
// every positive pid counts as alive: callers fall back on the registration file and the socket.
bool processAlive(std::int64_t pid);

// Cryptographically random bytes. False if the system could not provide them all.
bool randomBytes(void *data, std::size_t size);

} // namespace certsrvsim::hostos
