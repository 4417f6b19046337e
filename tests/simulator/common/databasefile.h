// SPDX-License-Identifier: Apache-2.0
// The simulated CA database file: page layout helpers and page-level file access (format.h).
//
// The class knows pages, not threads: the daemon serialises access with its own mutex, the
// control tool and the checker use it single-threaded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/certificaterecord.h"
#include "common/format.h"

namespace certsrvsim {

struct DatabaseHeader {
    std::uint64_t pageCount = 0;
    std::uint32_t checkpointGeneration = 1;
    std::string caName;
    std::int64_t createdUnixSeconds = 0;
};

// A certificate record together with the log generation it came from.
struct LoggedRecord {
    std::uint32_t generation = 0;
    CertificateRecord record;
};

class DatabaseFile {
public:
    DatabaseFile() = default;
    ~DatabaseFile();
    DatabaseFile(const DatabaseFile &) = delete;
    DatabaseFile &operator=(const DatabaseFile &) = delete;

    // --- Page layout (no file involved) ---
    static std::uint64_t pageOfSerial(std::uint64_t serial);
    static std::uint32_t slotOfSerial(std::uint64_t serial);
    static std::uint64_t capacity(std::uint64_t pageCount);

    // Filler everywhere, page header fields, all slots free; the checksum is not yet set.
    static void initDataPage(std::uint8_t *page, std::uint64_t pageNumber);
    static void buildHeaderPage(std::uint8_t *page, const DatabaseHeader &header);
    static std::optional<DatabaseHeader> parseHeaderPage(const std::uint8_t *page,
                                                         std::string *problem);
    static void sealPage(std::uint8_t *page);
    static bool checksumValid(const std::uint8_t *page);
    static bool dataPageHeaderValid(const std::uint8_t *page, std::uint64_t pageNumber);

    static std::uint32_t pageGeneration(const std::uint8_t *page);
    static void setPageGeneration(std::uint8_t *page, std::uint32_t generation);
    static void putRecord(std::uint8_t *page, std::uint32_t slot, const CertificateRecord &record);
    static CertificateRecord recordAt(const std::uint8_t *page, std::uint32_t slot);

    // --- File access ---
    bool open(const std::string &path, bool writable, std::string *error);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    const DatabaseHeader &header() const { return m_header; }
    std::uint64_t fileSize() const { return m_header.pageCount * format::kPageSize; }

    bool readPages(std::uint64_t firstPage, std::size_t count, std::uint8_t *out) const;
    bool writePage(std::uint64_t pageNumber, const std::uint8_t *page);

    // Writes each record into its slot (idempotent), sets the page generation to the highest
    // generation written into it and reseals the page. Consecutive records of one page cost one
    // read and one write. Records beyond the capacity are refused.
    bool applyRecords(const std::vector<LoggedRecord> &records, std::string *error);

    // Rewrites the header page with a new checkpoint generation.
    bool setCheckpoint(std::uint32_t generation, std::string *error);
    bool sync();

private:
    int m_fd = -1;
    std::string m_path;
    DatabaseHeader m_header;
};

} // namespace certsrvsim
