// SPDX-License-Identifier: Apache-2.0
// key=value text files (server.conf, state, daemon.reg, edb.chk) and the daemon's status reply.
//
// One pair per line, keys in the order they were set, '#' starts a comment line. Text is easy to
// inspect and to repair by hand, which is what a test fixture wants.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace certsrvsim {

class KeyValueFile {
public:
    static KeyValueFile parse(const std::string &text);
    static std::optional<KeyValueFile> load(const std::string &path);

    std::string serialize() const;
    bool saveAtomic(const std::string &path, unsigned mode, std::string *error) const;

    void set(const std::string &key, const std::string &value);
    void setU64(const std::string &key, std::uint64_t value);
    void setBool(const std::string &key, bool value);

    std::optional<std::string> get(const std::string &key) const;
    std::string value(const std::string &key, const std::string &fallback = {}) const;
    std::uint64_t u64(const std::string &key, std::uint64_t fallback = 0) const;
    bool boolean(const std::string &key, bool fallback = false) const;

    const std::vector<std::pair<std::string, std::string>> &entries() const { return m_entries; }

private:
    std::vector<std::pair<std::string, std::string>> m_entries;
};

} // namespace certsrvsim
