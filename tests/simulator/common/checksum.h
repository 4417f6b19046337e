// SPDX-License-Identifier: Apache-2.0
// FNV-1a 64-bit checksums for database pages, log headers and log records.
//
// FNV-1a is tiny, has no tables and catches the damage the checker looks for (torn pages, bit
// flips, records from another file); it is not meant to resist deliberate tampering.
#pragma once

#include <cstddef>
#include <cstdint>

namespace certsrvsim {

constexpr std::uint64_t kFnvOffsetBasis = 14695981039346656037ull;

std::uint64_t fnv1a64(const void *data, std::size_t size, std::uint64_t seed = kFnvOffsetBasis);

} // namespace certsrvsim
