// SPDX-License-Identifier: Apache-2.0
#include "common/framewriter.h"

#include "common/bytes.h"

namespace certsrvsim {

FrameWriter FrameWriter::request(protocol::Op op)
{
    FrameWriter w;
    w.m_bytes.resize(4); // length prefix, filled by finish()
    std::uint8_t header[4];
    putU16(header, static_cast<std::uint16_t>(op));
    putU16(header + 2, 0);
    w.m_bytes.insert(w.m_bytes.end(), header, header + 4);
    return w;
}

FrameWriter FrameWriter::response(protocol::Op op, std::int32_t hresult)
{
    FrameWriter w;
    w.m_bytes.resize(4);
    std::uint8_t header[8];
    putU16(header,
           static_cast<std::uint16_t>(static_cast<std::uint16_t>(op) | protocol::kResponseBit));
    putU16(header + 2, 0);
    putU32(header + 4, static_cast<std::uint32_t>(hresult));
    w.m_bytes.insert(w.m_bytes.end(), header, header + 8);
    return w;
}

FrameWriter &FrameWriter::u8(std::uint8_t v)
{
    m_bytes.push_back(v);
    return *this;
}

FrameWriter &FrameWriter::u32(std::uint32_t v)
{
    std::uint8_t b[4];
    putU32(b, v);
    m_bytes.insert(m_bytes.end(), b, b + 4);
    return *this;
}

FrameWriter &FrameWriter::u64(std::uint64_t v)
{
    std::uint8_t b[8];
    putU64(b, v);
    m_bytes.insert(m_bytes.end(), b, b + 8);
    return *this;
}

FrameWriter &FrameWriter::str(const std::u16string &s)
{
    u32(static_cast<std::uint32_t>(s.size()));
    for (char16_t c : s) {
        m_bytes.push_back(static_cast<std::uint8_t>(c & 0xFF));
        m_bytes.push_back(static_cast<std::uint8_t>(c >> 8));
    }
    return *this;
}

FrameWriter &FrameWriter::blob(const void *data, std::size_t size)
{
    u32(static_cast<std::uint32_t>(size));
    const auto *p = static_cast<const std::uint8_t *>(data);
    m_bytes.insert(m_bytes.end(), p, p + size);
    return *this;
}

FrameWriter &FrameWriter::blob(const std::vector<std::uint8_t> &bytes)
{
    return blob(bytes.data(), bytes.size());
}

const std::vector<std::uint8_t> &FrameWriter::finish()
{
    putU32(m_bytes.data(), static_cast<std::uint32_t>(m_bytes.size() - 4));
    return m_bytes;
}

} // namespace certsrvsim
