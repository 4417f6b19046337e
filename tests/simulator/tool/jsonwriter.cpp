// SPDX-License-Identifier: Apache-2.0
#include "tool/jsonwriter.h"

#include <cstdio>

namespace certsrvsim {

std::string JsonWriter::quote(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out.push_back(c); // UTF-8 passes through: JSON text is UTF-8
            }
        }
    }
    return out + "\"";
}

void JsonWriter::prefix(const std::string &key)
{
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ",";
        m_first.back() = false;
    }
    if (!key.empty())
        m_out += quote(key) + ":";
}

JsonWriter &JsonWriter::beginObject(const std::string &key)
{
    prefix(key);
    m_out += "{";
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += "}";
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray(const std::string &key)
{
    prefix(key);
    m_out += "[";
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += "]";
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::value(const std::string &key, const std::string &v)
{
    prefix(key);
    m_out += quote(v);
    return *this;
}

JsonWriter &JsonWriter::value(const std::string &key, const char *v)
{
    return value(key, std::string(v));
}

JsonWriter &JsonWriter::value(const std::string &key, bool v)
{
    prefix(key);
    m_out += v ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::value(const std::string &key, std::uint64_t v)
{
    prefix(key);
    m_out += std::to_string(v);
    return *this;
}

JsonWriter &JsonWriter::number(const std::string &key, const std::string &literal)
{
    prefix(key);
    m_out += literal;
    return *this;
}

JsonWriter &JsonWriter::stringArray(const std::string &key, const std::vector<std::string> &items)
{
    beginArray(key);
    for (const auto &item : items)
        element(item);
    return endArray();
}

JsonWriter &JsonWriter::element(const std::string &v)
{
    prefix({});
    m_out += quote(v);
    return *this;
}

} // namespace certsrvsim
