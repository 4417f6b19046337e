// SPDX-License-Identifier: Apache-2.0
#include "common/checksum.h"

namespace certsrvsim {

std::uint64_t fnv1a64(const void *data, std::size_t size, std::uint64_t seed)
{
    constexpr std::uint64_t prime = 1099511628211ull;
    const auto *bytes = static_cast<const std::uint8_t *>(data);
    std::uint64_t h = seed;
    for (std::size_t i = 0; i < size; ++i) {
        h ^= bytes[i];
        h *= prime;
    }
    return h;
}

} // namespace certsrvsim
