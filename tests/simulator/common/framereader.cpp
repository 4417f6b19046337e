// SPDX-License-Identifier: Apache-2.0
#include "common/framereader.h"

#include "common/bytes.h"

namespace certsrvsim {

FrameReader::FrameReader(const std::vector<std::uint8_t> &payload, std::size_t offset)
    : m_payload(payload), m_pos(offset)
{
    if (m_pos > m_payload.size())
        m_ok = false;
}

bool FrameReader::need(std::size_t n)
{
    if (!m_ok || m_payload.size() - m_pos < n) {
        m_ok = false;
        return false;
    }
    return true;
}

std::uint8_t FrameReader::u8()
{
    if (!need(1))
        return 0;
    return m_payload[m_pos++];
}

std::uint16_t FrameReader::u16()
{
    if (!need(2))
        return 0;
    const std::uint16_t v = getU16(m_payload.data() + m_pos);
    m_pos += 2;
    return v;
}

std::uint32_t FrameReader::u32()
{
    if (!need(4))
        return 0;
    const std::uint32_t v = getU32(m_payload.data() + m_pos);
    m_pos += 4;
    return v;
}

std::uint64_t FrameReader::u64()
{
    if (!need(8))
        return 0;
    const std::uint64_t v = getU64(m_payload.data() + m_pos);
    m_pos += 8;
    return v;
}

std::u16string FrameReader::str()
{
    const std::uint32_t count = u32();
    if (!need(std::size_t{count} * 2))
        return {};
    std::u16string s;
    s.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        s.push_back(static_cast<char16_t>(getU16(m_payload.data() + m_pos)));
        m_pos += 2;
    }
    return s;
}

std::vector<std::uint8_t> FrameReader::blob()
{
    const std::uint32_t size = u32();
    if (!need(size))
        return {};
    std::vector<std::uint8_t> bytes(m_payload.begin() + static_cast<std::ptrdiff_t>(m_pos),
                                    m_payload.begin() + static_cast<std::ptrdiff_t>(m_pos + size));
    m_pos += size;
    return bytes;
}

} // namespace certsrvsim
