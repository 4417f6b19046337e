// SPDX-License-Identifier: Apache-2.0
#include "common/registration.h"

#include "common/hostos.h"
#include "common/keyvaluefile.h"

namespace certsrvsim {

std::optional<Registration> Registration::load(const std::string &path)
{
    const auto file = KeyValueFile::load(path);
    if (!file)
        return std::nullopt;
    Registration reg;
    const std::uint64_t port = file->u64("port");
    const auto token = tokenFromHex(file->value("token"));
    const std::uint64_t pid = file->u64("pid");
    if (port == 0 || port > 65535 || !token || pid == 0)
        return std::nullopt;
    reg.port = static_cast<std::uint16_t>(port);
    reg.token = *token;
    reg.pid = static_cast<pid_t>(pid);
    return reg;
}

bool Registration::save(const std::string &path, std::string *error) const
{
    KeyValueFile file;
    file.setU64("port", port);
    file.set("token", tokenToHex(token));
    file.setU64("pid", static_cast<std::uint64_t>(pid));
    return file.saveAtomic(path, 0600, error);
}

Registration::Token Registration::randomToken()
{
    Token token{};
    hostos::randomBytes(token.data(), token.size());
    return token;
}

std::string Registration::tokenToHex(const Token &token)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    for (std::uint8_t b : token) {
        hex.push_back(digits[b >> 4]);
        hex.push_back(digits[b & 0xF]);
    }
    return hex;
}

std::optional<Registration::Token> Registration::tokenFromHex(const std::string &hex)
{
    if (hex.size() != 32)
        return std::nullopt;
    Token token{};
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < token.size(); ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        token[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return token;
}

bool Registration::processAlive(pid_t pid)
{
    return hostos::processAlive(pid);
}

} // namespace certsrvsim
