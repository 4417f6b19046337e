// SPDX-License-Identifier: Apache-2.0
// A minimal JSON writer for the control tool's --json outputs (status, list, check).
//
// Keys and values are written in call order; commas and string escaping are handled here so the
// commands only say what they print.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace certsrvsim {

class JsonWriter {
public:
    JsonWriter &beginObject(const std::string &key = {});
    JsonWriter &endObject();
    JsonWriter &beginArray(const std::string &key = {});
    JsonWriter &endArray();
    JsonWriter &value(const std::string &key, const std::string &v);
    JsonWriter &value(const std::string &key, const char *v);
    JsonWriter &value(const std::string &key, bool v);
    JsonWriter &value(const std::string &key, std::uint64_t v);
    JsonWriter &number(const std::string &key, const std::string &literal);
    JsonWriter &stringArray(const std::string &key, const std::vector<std::string> &items);
    // An element of the current array.
    JsonWriter &element(const std::string &v);

    const std::string &text() const { return m_out; }
    static std::string quote(const std::string &text);

private:
    void prefix(const std::string &key);

    std::string m_out;
    std::vector<bool> m_first; // per open container: nothing written into it yet
};

} // namespace certsrvsim
