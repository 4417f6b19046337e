// SPDX-License-Identifier: Apache-2.0
// UTF-8 <-> UTF-16 conversion and UTF-16 multi-string lists.
//
// The backup API speaks UTF-16 (WCHAR is char16_t on Linux) while files, paths and the control
// tool use UTF-8; these helpers are the one place where the two meet.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace certsrvsim::utf16 {

// Invalid input is replaced by U+FFFD rather than rejected: names come from our own files.
std::u16string fromUtf8(std::string_view text);
std::string toUtf8(std::u16string_view text);

// Length of a NUL-terminated UTF-16 string; nullptr counts as empty.
std::size_t length(const char16_t *text);

// ASCII-only case folding: server names and file names are compared like Windows compares them
// for the characters that occur in them, without pulling in locale tables.
bool equalsIgnoreAsciiCase(std::u16string_view a, std::u16string_view b);
std::string toUpperAscii(std::string_view text);
std::string toLowerAscii(std::string_view text);

// A multi-string: each entry NUL-terminated, then one extra NUL. Returned as the UTF-16LE byte
// image that travels on the wire and is handed to the caller unchanged.
std::vector<std::uint8_t> multiStringBytes(const std::vector<std::u16string> &entries);

} // namespace certsrvsim::utf16
