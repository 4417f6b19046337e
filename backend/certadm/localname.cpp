// SPDX-License-Identifier: Apache-2.0
#include "localname.h"

#include "utf16.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace certadm {
namespace {

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool isReservedDeviceName(const std::string &utf8)
{
    // Windows reserves these names with any extension ("NUL.txt" is the NUL device too).
    std::string stem = utf8.substr(0, utf8.find('.'));
    while (!stem.empty() && stem.back() == ' ') {
        stem.pop_back();
    }
    stem = lowerAscii(stem);
    static const std::array<const char *, 6> plain = {"con", "prn",    "aux",
                                                      "nul", "conin$", "conout$"};
    for (const char *name : plain) {
        if (stem == name) {
            return true;
        }
    }
    if (stem.size() == 4 && (stem.rfind("com", 0) == 0 || stem.rfind("lpt", 0) == 0)) {
        const char digit = stem[3];
        return digit >= '0' && digit <= '9';
    }
    return false;
}

LocalName refuse(std::string why)
{
    LocalName result;
    result.error = std::move(why);
    return result;
}

} // namespace

LocalName safeLocalName(std::u16string_view serverName)
{
    const std::size_t cut = serverName.find_last_of(u"\\/");
    const std::u16string_view last =
        cut == std::u16string_view::npos ? serverName : serverName.substr(cut + 1);
    const std::string shown = toUtf8(serverName);
    if (last.empty()) {
        return refuse("the server name \"" + shown + "\" ends in a separator");
    }
    for (const char16_t c : last) {
        if (c < 0x20 || c == 0x7F) {
            return refuse("the server name \"" + shown + "\" contains a control character");
        }
        if (c == u':') {
            return refuse("the server name \"" + shown +
                          "\" contains ':' (a drive letter or an alternate data stream)");
        }
        if (c == u'<' || c == u'>' || c == u'"' || c == u'|' || c == u'?' || c == u'*') {
            return refuse("the server name \"" + shown +
                          "\" contains a character that file names cannot hold");
        }
    }
    // toUtf8 turns lone surrogates into U+FFFD, which could make two server names one local
    // name: only names that survive the round trip are accepted.
    std::string utf8 = toUtf8(last);
    if (toUtf16(utf8) != last) {
        return refuse("the server name \"" + shown + "\" is not valid UTF-16");
    }
    if (utf8 == "." || utf8 == "..") {
        return refuse("the server name \"" + shown + "\" refers to a folder, not a file");
    }
    if (utf8.back() == '.' || utf8.back() == ' ') {
        // Windows drops trailing dots and spaces, so "a.log." would overwrite "a.log".
        return refuse("the server name \"" + shown + "\" ends in a dot or a space");
    }
    if (isReservedDeviceName(utf8)) {
        return refuse("the server name \"" + shown + "\" is a reserved device name");
    }
    if (utf8.size() > 255) {
        return refuse("the server name \"" + shown + "\" is longer than a file name may be");
    }
    LocalName result;
    result.ok = true;
    result.name = std::move(utf8);
    return result;
}

LocalName LocalNameSet::add(std::u16string_view serverName)
{
    LocalName result = safeLocalName(serverName);
    if (!result.ok) {
        return result;
    }
    const std::string key = lowerAscii(result.name);
    if (!m_taken.insert(key).second) {
        return refuse("two server entries map to the same local file \"" + result.name + "\"");
    }
    return result;
}

void LocalNameSet::reserve(const std::string &localName)
{
    m_taken.insert(lowerAscii(localName));
}

} // namespace certadm
