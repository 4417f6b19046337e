// SPDX-License-Identifier: Apache-2.0
#include "common/logfile.h"

#include "common/bytes.h"
#include "common/checksum.h"
#include "common/fileio.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace certsrvsim {

using namespace format;

namespace {

void encodeHeader(std::uint8_t *p, std::uint32_t generation, const std::string &caName,
                  std::int64_t created)
{
    std::memset(p, 0, kLogHeaderSize);
    std::memcpy(p + kLogMagicOffset, kLogMagic, sizeof kLogMagic);
    putU32(p + kLogVersion, kFormatVersion);
    putU32(p + kLogGeneration, generation);
    putU32(p + kLogRecordSizeField, static_cast<std::uint32_t>(kLogRecordSize));
    putU32(p + kLogCapacityField, kLogCapacity);
    const std::size_t nameLength = std::min(caName.size(), kCaNameField);
    putU32(p + kLogCaNameLength, static_cast<std::uint32_t>(nameLength));
    std::memcpy(p + kLogCaName, caName.data(), nameLength);
    putU64(p + kLogCreated, static_cast<std::uint64_t>(created));
    putU64(p + kLogHeaderChecksum, fnv1a64(p, kLogHeaderChecksum));
}

} // namespace

LogFile::~LogFile()
{
    close();
}

std::string LogFile::fileName(std::uint32_t generation)
{
    char name[32];
    std::snprintf(name, sizeof name, "edb%05X.log", generation);
    return name;
}

std::optional<std::uint32_t> LogFile::generationFromFileName(std::string_view name)
{
    if (name.size() != 12 || name.substr(0, 3) != "edb" || name.substr(8) != ".log")
        return std::nullopt;
    std::uint32_t generation = 0;
    for (char c : name.substr(3, 5)) {
        std::uint32_t digit = 0;
        if (c >= '0' && c <= '9')
            digit = static_cast<std::uint32_t>(c - '0');
        else if (c >= 'A' && c <= 'F')
            digit = static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return std::nullopt;
        generation = generation * 16 + digit;
    }
    if (generation == 0)
        return std::nullopt;
    return generation;
}

void LogFile::encodeRecord(std::uint8_t *slot, const CertificateRecord &record)
{
    putU64(slot, record.serial());
    record.encode(slot + 8);
    putU64(slot + 8 + kRecordSize, fnv1a64(slot, 8 + kRecordSize));
}

std::vector<std::uint8_t> LogFile::buildImage(std::uint32_t generation, const std::string &caName,
                                              std::int64_t createdUnixSeconds,
                                              const std::vector<CertificateRecord> &records)
{
    std::vector<std::uint8_t> image(kLogFileSize, 0);
    encodeHeader(image.data(), generation, caName, createdUnixSeconds);
    const std::size_t count = std::min<std::size_t>(records.size(), kLogCapacity);
    for (std::size_t i = 0; i < count; ++i)
        encodeRecord(image.data() + kLogHeaderSize + i * kLogRecordSize, records[i]);
    return image;
}

std::optional<LogContents> LogFile::read(const std::string &path, std::string *error)
{
    const auto size = fileio::fileSize(path);
    const int fd = fileio::openFile(path, fileio::OpenMode::Read);
    if (fd < 0 || !size) {
        if (error)
            *error = "cannot open " + path + ": " + fileio::errnoText(errno);
        fileio::closeFile(fd);
        return std::nullopt;
    }
    std::vector<std::uint8_t> image(kLogFileSize, 0);
    const std::size_t toRead =
        static_cast<std::size_t>(std::min<std::uint64_t>(*size, kLogFileSize));
    const bool ok = fileio::preadAll(fd, image.data(), toRead, 0);
    const int err = errno;
    fileio::closeFile(fd);
    if (!ok) {
        if (error)
            *error = "cannot read " + path + ": " + fileio::errnoText(err);
        return std::nullopt;
    }

    LogContents contents;
    if (*size != kLogFileSize)
        contents.problems.push_back("size is " + std::to_string(*size) + " bytes, not 1 MiB");
    const std::uint8_t *h = image.data();
    if (std::memcmp(h + kLogMagicOffset, kLogMagic, sizeof kLogMagic) != 0) {
        contents.problems.push_back("not a simulator log (bad magic)");
        return contents;
    }
    if (getU64(h + kLogHeaderChecksum) != fnv1a64(h, kLogHeaderChecksum)) {
        contents.problems.push_back("header checksum mismatch");
        return contents;
    }
    if (getU32(h + kLogVersion) != kFormatVersion ||
        getU32(h + kLogRecordSizeField) != kLogRecordSize ||
        getU32(h + kLogCapacityField) != kLogCapacity) {
        contents.problems.push_back("unsupported log format");
        return contents;
    }
    contents.generation = getU32(h + kLogGeneration);
    const std::uint32_t nameLength = std::min<std::uint32_t>(
        getU32(h + kLogCaNameLength), static_cast<std::uint32_t>(kCaNameField));
    contents.caName.assign(reinterpret_cast<const char *>(h + kLogCaName), nameLength);

    for (std::uint32_t i = 0; i < kLogCapacity; ++i) {
        const std::uint8_t *slot = image.data() + kLogHeaderSize + i * kLogRecordSize;
        const std::uint64_t serial = getU64(slot);
        if (serial == 0)
            break;
        if (getU64(slot + 8 + kRecordSize) != fnv1a64(slot, 8 + kRecordSize)) {
            contents.problems.push_back("record " + std::to_string(i) + " checksum mismatch");
            break;
        }
        auto record = CertificateRecord::decode(slot + 8);
        if (record.serial() != serial || !record.isGenuine()) {
            contents.problems.push_back("record " + std::to_string(i) +
                                        " is not a valid certificate");
            break;
        }
        contents.records.push_back(record);
    }
    return contents;
}

bool LogFile::create(const std::string &path, std::uint32_t generation, const std::string &caName,
                     std::string *error)
{
    close();
    const auto image = buildImage(generation, caName, std::time(nullptr), {});
    m_fd = fileio::openFile(path, fileio::OpenMode::CreateNew, 0644);
    if (m_fd < 0 || !fileio::writeAll(m_fd, image.data(), image.size())) {
        if (error)
            *error = "cannot create log " + path + ": " + fileio::errnoText(errno);
        close();
        return false;
    }
    m_path = path;
    m_generation = generation;
    m_recordCount = 0;
    return true;
}

bool LogFile::openForAppend(const std::string &path, std::string *error)
{
    close();
    const auto contents = read(path, error);
    if (!contents)
        return false;
    if (contents->generation == 0) {
        if (error)
            *error =
                path + ": " +
                (contents->problems.empty() ? std::string("bad header") : contents->problems[0]);
        return false;
    }
    m_fd = fileio::openFile(path, fileio::OpenMode::ReadWrite);
    if (m_fd < 0) {
        if (error)
            *error = "cannot open log " + path + ": " + fileio::errnoText(errno);
        return false;
    }
    m_path = path;
    m_generation = contents->generation;
    // Appending goes on after the last valid record: a torn record from a crash is overwritten.
    m_recordCount = static_cast<std::uint32_t>(contents->records.size());
    return true;
}

bool LogFile::append(const CertificateRecord &record, std::string *error)
{
    if (m_fd < 0 || isFull()) {
        if (error)
            *error = "log is not open for appending";
        return false;
    }
    std::uint8_t slot[kLogRecordSize];
    encodeRecord(slot, record);
    if (!fileio::pwriteAll(m_fd, slot, sizeof slot,
                           kLogHeaderSize + std::uint64_t{m_recordCount} * kLogRecordSize)) {
        if (error)
            *error = "cannot append to " + m_path + ": " + fileio::errnoText(errno);
        return false;
    }
    ++m_recordCount;
    return true;
}

void LogFile::close()
{
    if (m_fd >= 0) {
        fileio::syncFile(m_fd);
        fileio::closeFile(m_fd);
    }
    m_fd = -1;
}

} // namespace certsrvsim
