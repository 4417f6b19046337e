// SPDX-License-Identifier: Apache-2.0
// daemon.reg: how clients find and authenticate to the running daemon of a server.
//   port=40123
//   token=<32 hex digits: 128 random bits>
//   pid=12345
// Mode 0600, so only the user who started the daemon can read the token and talk to it. It is
// written atomically (temporary file + rename) once the daemon listens, and removed on a clean
// exit. A leftover file whose pid is gone or whose port does not answer means "not running".
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>

namespace certsrvsim {

struct Registration {
    using Token = std::array<std::uint8_t, 16>;

    static std::optional<Registration> load(const std::string &path);
    bool save(const std::string &path, std::string *error) const;

    static Token randomToken();
    static std::string tokenToHex(const Token &token);
    static std::optional<Token> tokenFromHex(const std::string &hex);

    // True while `pid` exists and is not a zombie (an exited daemon whose parent has not reaped
    // it is "gone" for our purposes). On Windows, any positive pid (see hostos::processAlive).
    static bool processAlive(pid_t pid);

    std::uint16_t port = 0;
    Token token{};
    pid_t pid = 0;
};

} // namespace certsrvsim
