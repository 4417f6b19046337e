// SPDX-License-Identifier: Apache-2.0
// One issued certificate as the simulated CA stores it: a fixed 128-byte record (format.h).
//
// Everything but the serial and the issue time is derived from them, so the checker can tell a
// genuine record from damage without any other source of truth.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "common/format.h"

namespace certsrvsim {

class CertificateRecord {
public:
    CertificateRecord() = default;

    static CertificateRecord issue(std::uint64_t serial, std::int64_t issueTimeMs);
    static CertificateRecord decode(const std::uint8_t *bytes);

    // Writes exactly format::kRecordSize bytes.
    void encode(std::uint8_t *bytes) const;

    std::uint64_t serial() const { return m_serial; }
    std::int64_t issueTimeMs() const { return m_issueTimeMs; }
    std::string subject() const;

    // The subject and hash are what issue() would produce for this serial and time.
    bool isGenuine() const;

private:
    void computeHash(std::uint8_t *out) const;

    std::uint64_t m_serial = 0;
    std::int64_t m_issueTimeMs = 0;
    std::array<std::uint8_t, format::kSubjectSize> m_subject{};
    std::array<std::uint8_t, format::kHashSize> m_hash{};
};

} // namespace certsrvsim
