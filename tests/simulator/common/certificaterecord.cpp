// SPDX-License-Identifier: Apache-2.0
#include "common/certificaterecord.h"

#include "common/bytes.h"
#include "common/checksum.h"

#include <cstdio>
#include <cstring>

namespace certsrvsim {

namespace {

void subjectFor(std::uint64_t serial, std::uint8_t *out)
{
    char text[format::kSubjectSize] = {};
    std::snprintf(text, sizeof text, "CN=host-%06llu.contoso.com",
                  static_cast<unsigned long long>(serial));
    std::memcpy(out, text, format::kSubjectSize);
}

} // namespace

CertificateRecord CertificateRecord::issue(std::uint64_t serial, std::int64_t issueTimeMs)
{
    CertificateRecord record;
    record.m_serial = serial;
    record.m_issueTimeMs = issueTimeMs;
    subjectFor(serial, record.m_subject.data());
    record.computeHash(record.m_hash.data());
    return record;
}

CertificateRecord CertificateRecord::decode(const std::uint8_t *bytes)
{
    CertificateRecord record;
    record.m_serial = getU64(bytes + format::kRecSerial);
    record.m_issueTimeMs = static_cast<std::int64_t>(getU64(bytes + format::kRecIssueTime));
    std::memcpy(record.m_subject.data(), bytes + format::kRecSubject, format::kSubjectSize);
    std::memcpy(record.m_hash.data(), bytes + format::kRecHash, format::kHashSize);
    return record;
}

void CertificateRecord::encode(std::uint8_t *bytes) const
{
    putU64(bytes + format::kRecSerial, m_serial);
    putU64(bytes + format::kRecIssueTime, static_cast<std::uint64_t>(m_issueTimeMs));
    std::memcpy(bytes + format::kRecSubject, m_subject.data(), format::kSubjectSize);
    std::memcpy(bytes + format::kRecHash, m_hash.data(), format::kHashSize);
}

std::string CertificateRecord::subject() const
{
    const auto *begin = reinterpret_cast<const char *>(m_subject.data());
    return std::string(begin, strnlen(begin, m_subject.size()));
}

bool CertificateRecord::isGenuine() const
{
    if (m_serial == 0)
        return false;
    std::uint8_t expectedSubject[format::kSubjectSize];
    subjectFor(m_serial, expectedSubject);
    if (std::memcmp(expectedSubject, m_subject.data(), format::kSubjectSize) != 0)
        return false;
    std::uint8_t expectedHash[format::kHashSize];
    computeHash(expectedHash);
    return std::memcmp(expectedHash, m_hash.data(), format::kHashSize) == 0;
}

void CertificateRecord::computeHash(std::uint8_t *out) const
{
    std::uint8_t head[format::kRecHash];
    putU64(head + format::kRecSerial, m_serial);
    putU64(head + format::kRecIssueTime, static_cast<std::uint64_t>(m_issueTimeMs));
    std::memcpy(head + format::kRecSubject, m_subject.data(), format::kSubjectSize);
    std::uint64_t h = kFnvOffsetBasis;
    for (std::size_t i = 0; i < format::kHashSize / 8; ++i) {
        // Chaining the previous value as the seed gives four different 64-bit words.
        h = fnv1a64(head, sizeof head, h ^ (0x9E3779B97F4A7C15ull * (i + 1)));
        putU64(out + 8 * i, h);
    }
}

} // namespace certsrvsim
