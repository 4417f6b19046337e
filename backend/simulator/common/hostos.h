// SPDX-License-Identifier: Apache-2.0
// What the simulator needs from the operating system beyond files and sockets: environment,
// privileges, other processes and random bytes, implemented in hostos_posix.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace certsrvsim::hostos {

// The variable's value (UTF-8); nullopt when it is not set.
std::optional<std::string> environment(const char *name);

// Per-user application data: $XDG_DATA_HOME when absolute, else ~/.local/share.
std::string userDataDirectory();

// Running as root.
bool processIsElevated();

// True while the process `pid` exists and is not a zombie.
bool processAlive(std::int64_t pid);

// Cryptographically random bytes. False if the system could not provide them all.
bool randomBytes(void *data, std::size_t size);

} // namespace certsrvsim::hostos
