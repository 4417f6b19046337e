// SPDX-License-Identifier: Apache-2.0
#include "common/databasefile.h"

#include "common/bytes.h"
#include "common/checksum.h"
#include "common/fileio.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace certsrvsim {

using namespace format;

namespace {

// One shared page of filler: odd bytes, so never zero, and varied so it compresses poorly.
const std::uint8_t *fillerPage()
{
    static const auto page = [] {
        std::vector<std::uint8_t> p(kPageSize);
        for (std::size_t i = 0; i < kPageSize; ++i)
            p[i] = static_cast<std::uint8_t>(((i * 37u) ^ (i >> 8)) | 1u);
        return p;
    }();
    return page.data();
}

} // namespace

DatabaseFile::~DatabaseFile()
{
    close();
}

std::uint64_t DatabaseFile::pageOfSerial(std::uint64_t serial)
{
    return 1 + (serial - 1) / kSlotsPerPage;
}

std::uint32_t DatabaseFile::slotOfSerial(std::uint64_t serial)
{
    return static_cast<std::uint32_t>((serial - 1) % kSlotsPerPage);
}

std::uint64_t DatabaseFile::capacity(std::uint64_t pageCount)
{
    return pageCount < 2 ? 0 : (pageCount - 1) * kSlotsPerPage;
}

void DatabaseFile::initDataPage(std::uint8_t *page, std::uint64_t pageNumber)
{
    std::memcpy(page, fillerPage(), kPageSize);
    std::memcpy(page + kPgMagic, kPageMagic, sizeof kPageMagic);
    putU32(page + kPgGeneration, 0);
    putU64(page + kPgNumber, pageNumber);
    putU32(page + kPgSlotsPerPage, kSlotsPerPage);
    for (std::uint32_t slot = 0; slot < kSlotsPerPage; ++slot)
        putU64(page + kPgSlots + slot * kRecordSize + kRecSerial, 0);
}

void DatabaseFile::buildHeaderPage(std::uint8_t *page, const DatabaseHeader &header)
{
    std::memcpy(page, fillerPage(), kPageSize);
    std::memset(page, 0, kHdrFillerStart);
    std::memcpy(page + kHdrMagic, kDatabaseMagic, sizeof kDatabaseMagic);
    putU32(page + kHdrVersion, kFormatVersion);
    putU32(page + kHdrPageSize, static_cast<std::uint32_t>(kPageSize));
    putU64(page + kHdrPageCount, header.pageCount);
    putU32(page + kHdrCheckpoint, header.checkpointGeneration);
    putU32(page + kHdrSlotsPerPage, kSlotsPerPage);
    putU32(page + kHdrRecordSize, static_cast<std::uint32_t>(kRecordSize));
    const std::size_t nameLength = std::min(header.caName.size(), kCaNameField);
    putU32(page + kHdrCaNameLength, static_cast<std::uint32_t>(nameLength));
    std::memcpy(page + kHdrCaName, header.caName.data(), nameLength);
    putU64(page + kHdrCreated, static_cast<std::uint64_t>(header.createdUnixSeconds));
    sealPage(page);
}

std::optional<DatabaseHeader> DatabaseFile::parseHeaderPage(const std::uint8_t *page,
                                                            std::string *problem)
{
    auto fail = [problem](const std::string &why) -> std::optional<DatabaseHeader> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (std::memcmp(page + kHdrMagic, kDatabaseMagic, sizeof kDatabaseMagic) != 0)
        return fail("not a simulator database (bad magic in the header page)");
    if (!checksumValid(page))
        return fail("header page checksum mismatch");
    if (getU32(page + kHdrVersion) != kFormatVersion)
        return fail("unsupported database format version " +
                    std::to_string(getU32(page + kHdrVersion)));
    if (getU32(page + kHdrPageSize) != kPageSize ||
        getU32(page + kHdrSlotsPerPage) != kSlotsPerPage ||
        getU32(page + kHdrRecordSize) != kRecordSize)
        return fail("unexpected page geometry in the header page");
    const std::uint32_t nameLength = getU32(page + kHdrCaNameLength);
    if (nameLength == 0 || nameLength > kCaNameField)
        return fail("bad CA name length in the header page");
    DatabaseHeader header;
    header.pageCount = getU64(page + kHdrPageCount);
    header.checkpointGeneration = getU32(page + kHdrCheckpoint);
    header.caName.assign(reinterpret_cast<const char *>(page + kHdrCaName), nameLength);
    header.createdUnixSeconds = static_cast<std::int64_t>(getU64(page + kHdrCreated));
    if (header.pageCount < 2)
        return fail("page count in the header page is too small");
    return header;
}

void DatabaseFile::sealPage(std::uint8_t *page)
{
    putU64(page + kPageChecksumOffset, fnv1a64(page, kPageChecksumOffset));
}

bool DatabaseFile::checksumValid(const std::uint8_t *page)
{
    return getU64(page + kPageChecksumOffset) == fnv1a64(page, kPageChecksumOffset);
}

bool DatabaseFile::dataPageHeaderValid(const std::uint8_t *page, std::uint64_t pageNumber)
{
    return std::memcmp(page + kPgMagic, kPageMagic, sizeof kPageMagic) == 0 &&
           getU64(page + kPgNumber) == pageNumber &&
           getU32(page + kPgSlotsPerPage) == kSlotsPerPage;
}

std::uint32_t DatabaseFile::pageGeneration(const std::uint8_t *page)
{
    return getU32(page + kPgGeneration);
}

void DatabaseFile::setPageGeneration(std::uint8_t *page, std::uint32_t generation)
{
    putU32(page + kPgGeneration, generation);
}

void DatabaseFile::putRecord(std::uint8_t *page, std::uint32_t slot,
                             const CertificateRecord &record)
{
    record.encode(page + kPgSlots + slot * kRecordSize);
}

CertificateRecord DatabaseFile::recordAt(const std::uint8_t *page, std::uint32_t slot)
{
    return CertificateRecord::decode(page + kPgSlots + slot * kRecordSize);
}

bool DatabaseFile::open(const std::string &path, bool writable, std::string *error)
{
    close();
    m_fd = fileio::openFile(path, writable ? fileio::OpenMode::ReadWrite : fileio::OpenMode::Read);
    if (m_fd < 0) {
        if (error)
            *error = "cannot open " + path + ": " + fileio::errnoText(errno);
        return false;
    }
    m_path = path;
    std::vector<std::uint8_t> page(kPageSize);
    if (!fileio::preadAll(m_fd, page.data(), kPageSize, 0)) {
        if (error)
            *error = "cannot read the header page of " + path + ": " + fileio::errnoText(errno);
        close();
        return false;
    }
    std::string problem;
    const auto header = parseHeaderPage(page.data(), &problem);
    if (!header) {
        if (error)
            *error = path + ": " + problem;
        close();
        return false;
    }
    const auto size = fileio::openFileSize(m_fd);
    if (!size || *size != header->pageCount * kPageSize) {
        if (error)
            *error = path + ": file size does not match the page count in its header";
        close();
        return false;
    }
    m_header = *header;
    return true;
}

void DatabaseFile::close()
{
    fileio::closeFile(m_fd);
    m_fd = -1;
}

bool DatabaseFile::readPages(std::uint64_t firstPage, std::size_t count, std::uint8_t *out) const
{
    return fileio::preadAll(m_fd, out, count * kPageSize, firstPage * kPageSize);
}

bool DatabaseFile::writePage(std::uint64_t pageNumber, const std::uint8_t *page)
{
    return fileio::pwriteAll(m_fd, page, kPageSize, pageNumber * kPageSize);
}

bool DatabaseFile::applyRecords(const std::vector<LoggedRecord> &records, std::string *error)
{
    std::vector<std::uint8_t> page(kPageSize);
    std::uint64_t loaded = 0; // page number held in `page`, 0 = none
    auto flush = [&]() {
        if (loaded == 0)
            return true;
        sealPage(page.data());
        return writePage(loaded, page.data());
    };
    const std::uint64_t cap = capacity(m_header.pageCount);
    for (const auto &logged : records) {
        const std::uint64_t serial = logged.record.serial();
        if (serial == 0 || serial > cap) {
            if (error)
                *error = "record with serial " + std::to_string(serial) +
                         " does not fit in the database (capacity " + std::to_string(cap) + ")";
            return false;
        }
        const std::uint64_t target = pageOfSerial(serial);
        if (target != loaded) {
            if (!flush() || !readPages(target, 1, page.data())) {
                if (error)
                    *error = "cannot update page " + std::to_string(target) + " of " + m_path +
                             ": " + fileio::errnoText(errno);
                return false;
            }
            loaded = target;
        }
        putRecord(page.data(), slotOfSerial(serial), logged.record);
        if (logged.generation > pageGeneration(page.data()))
            setPageGeneration(page.data(), logged.generation);
    }
    if (!flush()) {
        if (error)
            *error = "cannot write page " + std::to_string(loaded) + " of " + m_path + ": " +
                     fileio::errnoText(errno);
        return false;
    }
    return true;
}

bool DatabaseFile::setCheckpoint(std::uint32_t generation, std::string *error)
{
    DatabaseHeader updated = m_header;
    updated.checkpointGeneration = generation;
    std::vector<std::uint8_t> page(kPageSize);
    buildHeaderPage(page.data(), updated);
    if (!writePage(0, page.data())) {
        if (error)
            *error = "cannot write the header page of " + m_path + ": " + fileio::errnoText(errno);
        return false;
    }
    m_header = updated;
    return true;
}

bool DatabaseFile::sync()
{
    return m_fd >= 0 && fileio::syncFile(m_fd);
}

} // namespace certsrvsim
