// SPDX-License-Identifier: Apache-2.0
// Parsing and printing of the numbers the command lines accept: sizes with binary suffixes
// ("64MiB", "2GiB", "512KiB", plain bytes) and plain unsigned counts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace certsrvsim::units {

// Accepts digits followed by nothing, "B", "KiB", "MiB" or "GiB" (also K/M/G and KB/MB/GB, which
// mean the binary units here as in Windows' own dialogs). Overflow and junk yield nullopt.
std::optional<std::uint64_t> parseSize(std::string_view text);

// Plain decimal digits only, no sign, no suffix.
std::optional<std::uint64_t> parseCount(std::string_view text);

// "2 GiB", "64 MiB", "12345 bytes": the largest binary unit that divides the value exactly.
std::string formatSize(std::uint64_t bytes);

} // namespace certsrvsim::units
