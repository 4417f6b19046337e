// SPDX-License-Identifier: Apache-2.0
#include "common/units.h"

#include <limits>

namespace certsrvsim::units {

std::optional<std::uint64_t> parseCount(std::string_view text)
{
    if (text.empty() || text.size() > 20)
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

std::optional<std::uint64_t> parseSize(std::string_view text)
{
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    const auto number = parseCount(text.substr(0, digits));
    if (!number)
        return std::nullopt;
    std::string suffix;
    for (char c : text.substr(digits)) {
        if (c != ' ')
            suffix.push_back(static_cast<char>((c >= 'a' && c <= 'z') ? c - ('a' - 'A') : c));
    }
    std::uint64_t multiplier = 1;
    if (suffix.empty() || suffix == "B") {
        multiplier = 1;
    } else if (suffix == "K" || suffix == "KB" || suffix == "KIB") {
        multiplier = 1ull << 10;
    } else if (suffix == "M" || suffix == "MB" || suffix == "MIB") {
        multiplier = 1ull << 20;
    } else if (suffix == "G" || suffix == "GB" || suffix == "GIB") {
        multiplier = 1ull << 30;
    } else {
        return std::nullopt;
    }
    if (*number > std::numeric_limits<std::uint64_t>::max() / multiplier)
        return std::nullopt;
    return *number * multiplier;
}

std::string formatSize(std::uint64_t bytes)
{
    if (bytes != 0 && bytes % (1ull << 30) == 0)
        return std::to_string(bytes >> 30) + " GiB";
    if (bytes != 0 && bytes % (1ull << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    if (bytes != 0 && bytes % (1ull << 10) == 0)
        return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}

} // namespace certsrvsim::units
