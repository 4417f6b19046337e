// SPDX-License-Identifier: Apache-2.0
#include "common/keyvaluefile.h"

#include "common/fileio.h"
#include "common/units.h"

namespace certsrvsim {

KeyValueFile KeyValueFile::parse(const std::string &text)
{
    KeyValueFile file;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        const std::size_t eq = line.find('=');
        if (eq == std::string::npos || eq == 0)
            continue;
        file.set(line.substr(0, eq), line.substr(eq + 1));
    }
    return file;
}

std::optional<KeyValueFile> KeyValueFile::load(const std::string &path)
{
    const auto text = fileio::readTextFile(path);
    if (!text)
        return std::nullopt;
    return parse(*text);
}

std::string KeyValueFile::serialize() const
{
    std::string out;
    for (const auto &[key, value] : m_entries)
        out += key + "=" + value + "\n";
    return out;
}

bool KeyValueFile::saveAtomic(const std::string &path, unsigned mode, std::string *error) const
{
    return fileio::writeFileAtomic(path, serialize(), mode, error);
}

void KeyValueFile::set(const std::string &key, const std::string &value)
{
    // Values are single lines by construction; a newline would split the pair when read back.
    std::string clean;
    for (char c : value)
        clean.push_back((c == '\n' || c == '\r') ? ' ' : c);
    for (auto &entry : m_entries) {
        if (entry.first == key) {
            entry.second = clean;
            return;
        }
    }
    m_entries.emplace_back(key, clean);
}

void KeyValueFile::setU64(const std::string &key, std::uint64_t value)
{
    set(key, std::to_string(value));
}

void KeyValueFile::setBool(const std::string &key, bool value)
{
    set(key, value ? "true" : "false");
}

std::optional<std::string> KeyValueFile::get(const std::string &key) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == key)
            return entry.second;
    }
    return std::nullopt;
}

std::string KeyValueFile::value(const std::string &key, const std::string &fallback) const
{
    const auto v = get(key);
    return v ? *v : fallback;
}

std::uint64_t KeyValueFile::u64(const std::string &key, std::uint64_t fallback) const
{
    const auto v = get(key);
    if (!v)
        return fallback;
    const auto parsed = units::parseCount(*v);
    return parsed ? *parsed : fallback;
}

bool KeyValueFile::boolean(const std::string &key, bool fallback) const
{
    const auto v = get(key);
    if (!v)
        return fallback;
    return *v == "true" || *v == "1" || *v == "yes";
}

} // namespace certsrvsim
