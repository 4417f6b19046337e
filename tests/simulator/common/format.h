// SPDX-License-Identifier: Apache-2.0
// On-disk formats of the simulated Certificate Services database and transaction logs.
//
// The formats are the simulator's own (ESE's are not needed to exercise a backup tool) but they
// keep what matters for a backup: fixed-size pages with a checksum and the generation of the log
// record that last wrote them, a checkpoint, and write-ahead logs whose replay is idempotent.
// All integers are little-endian; checksums are FNV-1a 64 (checksum.h).
//
// Database <CA name>.edb: a whole number of 8 KiB pages; the file size fixes the capacity.
//   Page 0, the header:
//     0    char[8]   magic "CSSIMEDB"
//     8    u32       format version (1)
//     12   u32       page size (8192)
//     16   u64       page count, header page included
//     24   u32       checkpoint generation: every log record of a lower generation is in the pages
//     28   u32       slots per page (63)
//     32   u32       certificate record size (128)
//     36   u32       CA name length in bytes
//     40   char[128] CA name, UTF-8, zero padded
//     168  i64       creation time, Unix seconds
//     176  ...       filler
//     8184 u64       checksum of bytes 0..8183
//   Pages 1..N, data pages:
//     0    char[4]   magic "CSPG"
//     4    u32       generation of the log record that last wrote the page (0: written at creation)
//     8    u64       page number
//     16   u32       slots per page
//     20   ...       filler up to offset 32
//     32   slot[63]  certificate records of 128 bytes; a free slot has serial 0 and filler
//     8096 ...       filler
//     8184 u64       checksum of bytes 0..8183
//   Serial S lives in page 1 + (S-1)/63, slot (S-1)%63. Filler bytes are never zero, so even an
//   empty 2 GiB database is real data and not a sparse file of zeros.
//
// Certificate record, 128 bytes:
//     0    u64       serial: 1, 2, 3, ... in issue order; 0 marks a free slot
//     8    i64       issue time, Unix milliseconds
//     16   char[80]  subject, UTF-8, zero padded, e.g. "CN=host-000123.contoso.com"
//     96   u8[32]    fake certificate hash: four FNV-1a 64 values over bytes 0..95
//
// Transaction log edbXXXXX.log (XXXXX: generation, 5 uppercase hex digits): exactly 1 MiB.
//     0    char[8]   magic "CSSIMLOG"
//     8    u32       format version (1)
//     12   u32       generation
//     16   u32       record size (144)
//     20   u32       record capacity (7280)
//     24   u32       CA name length in bytes
//     28   char[128] CA name, UTF-8, zero padded
//     156  u32       reserved (0)
//     160  i64       creation time, Unix seconds
//     168  ...       zero
//     248  u64       checksum of bytes 0..247
//     256  record[capacity], each 144 bytes:
//            0   u64  serial
//            8   certificate record (128 bytes)
//            136 u64  checksum of bytes 0..135 of the record
//   Records are appended in serial order; the first record whose serial is 0 ends the log and
//   the rest of the file is zero. Applying a record writes its slot: replay is idempotent.
//
// Checkpoint edb.chk: text, one line "checkpoint_generation=N".
#pragma once

#include <cstddef>
#include <cstdint>

namespace certsrvsim::format {

constexpr std::uint32_t kFormatVersion = 1;

constexpr std::size_t kPageSize = 8192;
constexpr std::size_t kPageChecksumOffset = kPageSize - 8;
constexpr char kDatabaseMagic[8] = {'C', 'S', 'S', 'I', 'M', 'E', 'D', 'B'};
constexpr char kPageMagic[4] = {'C', 'S', 'P', 'G'};
constexpr std::size_t kCaNameField = 128;

// Header page offsets.
constexpr std::size_t kHdrMagic = 0;
constexpr std::size_t kHdrVersion = 8;
constexpr std::size_t kHdrPageSize = 12;
constexpr std::size_t kHdrPageCount = 16;
constexpr std::size_t kHdrCheckpoint = 24;
constexpr std::size_t kHdrSlotsPerPage = 28;
constexpr std::size_t kHdrRecordSize = 32;
constexpr std::size_t kHdrCaNameLength = 36;
constexpr std::size_t kHdrCaName = 40;
constexpr std::size_t kHdrCreated = 168;
constexpr std::size_t kHdrFillerStart = 176;

// Data page offsets.
constexpr std::size_t kPgMagic = 0;
constexpr std::size_t kPgGeneration = 4;
constexpr std::size_t kPgNumber = 8;
constexpr std::size_t kPgSlotsPerPage = 16;
constexpr std::size_t kPgFillerStart = 20;
constexpr std::size_t kPgSlots = 32;

constexpr std::size_t kRecordSize = 128;
constexpr std::size_t kSubjectSize = 80;
constexpr std::size_t kRecSerial = 0;
constexpr std::size_t kRecIssueTime = 8;
constexpr std::size_t kRecSubject = 16;
constexpr std::size_t kRecHash = 96;
constexpr std::size_t kHashSize = 32;

constexpr std::uint32_t kSlotsPerPage =
    static_cast<std::uint32_t>((kPageChecksumOffset - kPgSlots) / kRecordSize);
static_assert(kSlotsPerPage == 63, "the documented layout has 63 slots per page");

constexpr std::size_t kLogFileSize = 1024 * 1024;
constexpr char kLogMagic[8] = {'C', 'S', 'S', 'I', 'M', 'L', 'O', 'G'};
constexpr std::size_t kLogHeaderSize = 256;
constexpr std::size_t kLogMagicOffset = 0;
constexpr std::size_t kLogVersion = 8;
constexpr std::size_t kLogGeneration = 12;
constexpr std::size_t kLogRecordSizeField = 16;
constexpr std::size_t kLogCapacityField = 20;
constexpr std::size_t kLogCaNameLength = 24;
constexpr std::size_t kLogCaName = 28;
constexpr std::size_t kLogCreated = 160;
constexpr std::size_t kLogHeaderChecksum = 248;
constexpr std::size_t kLogRecordSize = 8 + kRecordSize + 8;
constexpr std::uint32_t kLogCapacity =
    static_cast<std::uint32_t>((kLogFileSize - kLogHeaderSize) / kLogRecordSize);
static_assert(kLogCapacity == 7280, "the documented layout holds 7280 records per log");

// Log generations are written with 5 hex digits.
constexpr std::uint32_t kMaxGeneration = 0xFFFFF;

} // namespace certsrvsim::format
