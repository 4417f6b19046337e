// SPDX-License-Identifier: Apache-2.0
// Builds one protocol frame (protocol.h): length prefix, header, then fields in call order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/protocol.h"

namespace certsrvsim {

class FrameWriter {
public:
    static FrameWriter request(protocol::Op op);
    static FrameWriter response(protocol::Op op, std::int32_t hresult);

    FrameWriter &u8(std::uint8_t v);
    FrameWriter &u32(std::uint32_t v);
    FrameWriter &u64(std::uint64_t v);
    FrameWriter &str(const std::u16string &s);
    FrameWriter &blob(const void *data, std::size_t size);
    FrameWriter &blob(const std::vector<std::uint8_t> &bytes);

    // The frame with its length prefix filled in.
    const std::vector<std::uint8_t> &finish();

private:
    FrameWriter() = default;
    std::vector<std::uint8_t> m_bytes;
};

} // namespace certsrvsim
