// SPDX-License-Identifier: Apache-2.0
// Transaction log files edbXXXXX.log of the simulated CA (format in format.h).
//
// A LogFile object is the writer of the current log; the static functions build log images for
// the control tool and read and validate a log for the daemon's recovery and for the checker.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/certificaterecord.h"
#include "common/format.h"

namespace certsrvsim {

struct LogContents {
    std::uint32_t generation = 0;
    std::string caName;
    std::vector<CertificateRecord> records;
    // Why the file is not a clean log; records before the first damaged one are still listed.
    std::vector<std::string> problems;
};

class LogFile {
public:
    LogFile() = default;
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    static std::string fileName(std::uint32_t generation);
    // "edb0001A.log" -> 26; anything else (including lowercase hex) -> nullopt.
    static std::optional<std::uint32_t> generationFromFileName(std::string_view name);

    // The full 1 MiB image of a log holding `records` (at most format::kLogCapacity).
    static std::vector<std::uint8_t> buildImage(std::uint32_t generation, const std::string &caName,
                                                std::int64_t createdUnixSeconds,
                                                const std::vector<CertificateRecord> &records);
    static void encodeRecord(std::uint8_t *slot, const CertificateRecord &record);

    // Reads and validates a whole log. nullopt only when the file cannot be read at all.
    static std::optional<LogContents> read(const std::string &path, std::string *error);

    // --- Writer of the current log ---
    bool create(const std::string &path, std::uint32_t generation, const std::string &caName,
                std::string *error);
    // Opens an existing log to go on appending after its last valid record.
    bool openForAppend(const std::string &path, std::string *error);
    bool append(const CertificateRecord &record, std::string *error);
    // Flushes and closes; the log is immutable afterwards.
    void close();

    bool isOpen() const { return m_fd >= 0; }
    bool isFull() const { return m_recordCount >= format::kLogCapacity; }
    std::uint32_t generation() const { return m_generation; }
    std::uint32_t recordCount() const { return m_recordCount; }

private:
    int m_fd = -1;
    std::string m_path;
    std::uint32_t m_generation = 0;
    std::uint32_t m_recordCount = 0;
};

} // namespace certsrvsim
