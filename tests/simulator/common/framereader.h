// SPDX-License-Identifier: Apache-2.0
// Reads the fields of a received frame payload (protocol.h) with bounds checks: a short or
// malformed frame sets a failure flag instead of reading past the end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/protocol.h"

namespace certsrvsim {

class FrameReader {
public:
    // `payload` must outlive the reader; reading starts at `offset`.
    explicit FrameReader(const std::vector<std::uint8_t> &payload, std::size_t offset = 0);

    std::uint8_t u8();
    std::uint16_t u16();
    std::uint32_t u32();
    std::uint64_t u64();
    std::u16string str();
    std::vector<std::uint8_t> blob();

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_payload.size(); }

private:
    bool need(std::size_t n);

    const std::vector<std::uint8_t> &m_payload;
    std::size_t m_pos;
    bool m_ok = true;
};

} // namespace certsrvsim
