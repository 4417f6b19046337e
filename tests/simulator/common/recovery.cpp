// SPDX-License-Identifier: Apache-2.0
#include "common/recovery.h"

#include "common/databasefile.h"
#include "common/fileio.h"
#include "common/format.h"
#include "common/hresults.h"
#include "common/logfile.h"

#include <algorithm>
#include <cerrno>

namespace certsrvsim {

using namespace format;

namespace {

constexpr std::size_t kPagesPerBatch = 512;
constexpr std::size_t kMaxListedPages = 5; // problem lines name a few pages, then count the rest

} // namespace

std::string pageListText(const std::vector<std::uint64_t> &pages)
{
    std::string text;
    for (std::size_t i = 0; i < pages.size() && i < kMaxListedPages; ++i)
        text += (i ? ", " : "") + std::to_string(pages[i]);
    if (pages.size() > kMaxListedPages)
        text += " and " + std::to_string(pages.size() - kMaxListedPages) + " more";
    return text;
}

std::vector<std::string> DatabaseScan::problems() const
{
    std::vector<std::string> list;
    if (!badPages.empty())
        list.push_back(std::to_string(badPages.size()) +
                       " database page(s) fail their checksum: " + pageListText(badPages));
    if (!misplacedPages.empty())
        list.push_back(std::to_string(misplacedPages.size()) +
                       " page(s) hold damaged or misplaced certificate records: " +
                       pageListText(misplacedPages));
    if (missingSerials > 0)
        list.push_back(std::to_string(missingSerials) + " serial(s) missing below the highest (" +
                       std::to_string(highestSerial) + "), the first is " +
                       std::to_string(firstMissingSerial));
    return list;
}

bool scanDatabase(const DatabaseFile &db, bool records, DatabaseScan &scan, std::string *error)
{
    scan = DatabaseScan{};
    const std::uint64_t pageCount = db.header().pageCount;
    std::vector<std::uint8_t> batch(kPagesPerBatch * kPageSize);
    std::vector<bool> present;
    for (std::uint64_t first = 1; first < pageCount; first += kPagesPerBatch) {
        const std::size_t count =
            static_cast<std::size_t>(std::min<std::uint64_t>(kPagesPerBatch, pageCount - first));
        if (!db.readPages(first, count, batch.data())) {
            if (error)
                *error = "cannot read the database: " + fileio::errnoText(errno);
            return false;
        }
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint8_t *page = batch.data() + i * kPageSize;
            const std::uint64_t number = first + i;
            if (!DatabaseFile::checksumValid(page) ||
                !DatabaseFile::dataPageHeaderValid(page, number))
                scan.badPages.push_back(number);
            if (!records)
                continue;
            for (std::uint32_t slot = 0; slot < kSlotsPerPage; ++slot) {
                const CertificateRecord record = DatabaseFile::recordAt(page, slot);
                if (record.serial() == 0)
                    continue;
                const std::uint64_t expected = (number - 1) * kSlotsPerPage + slot + 1;
                if (record.serial() != expected || !record.isGenuine()) {
                    if (scan.misplacedPages.empty() || scan.misplacedPages.back() != number)
                        scan.misplacedPages.push_back(number);
                    continue;
                }
                if (present.size() < expected)
                    present.resize(expected, false);
                present[expected - 1] = true;
                scan.highestSerial = std::max(scan.highestSerial, expected);
                ++scan.certificates;
            }
        }
    }
    for (std::uint64_t serial = 1; serial <= scan.highestSerial; ++serial) {
        if (!present[serial - 1]) {
            if (scan.missingSerials == 0)
                scan.firstMissingSerial = serial;
            ++scan.missingSerials;
        }
    }
    return true;
}

std::int32_t hardRecovery(const std::string &databasePath, const std::string &expectedCaName,
                          const std::string &logDirectory,
                          const std::vector<std::pair<std::uint32_t, std::uint32_t>> &ranges,
                          RecoveryStats &stats, std::string &message)
{
    stats = RecoveryStats{};
    if (ranges.empty()) {
        message = "no log generations were registered for the restore";
        return hr::kJetMissingLogFile;
    }
    std::uint32_t high = 0;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        if (ranges[i].first == 0 || ranges[i].second < ranges[i].first) {
            message = "registration " + std::to_string(i + 1) + " has no valid log range";
            return hr::kJetMissingLogFile;
        }
        if (i > 0 && ranges[i].first > high + 1) {
            message = "the logs of restored set " + std::to_string(i + 1) +
                      " start at generation " + std::to_string(ranges[i].first) +
                      " but the sets before end at " + std::to_string(high) + ": generations " +
                      std::to_string(high + 1) + ".." + std::to_string(ranges[i].first - 1) +
                      " are missing from the chain";
            return hr::kJetGivenLogFileIsNotContiguous;
        }
        high = std::max(high, ranges[i].second);
    }
    const std::uint32_t low = ranges.front().first;
    stats.genLow = low;
    stats.genHigh = high;

    DatabaseFile db;
    std::string openError;
    if (!db.open(databasePath, true, &openError)) {
        message = "the restored database cannot be opened: " + openError;
        return hr::kJetDatabaseCorrupted;
    }
    const std::string caName = db.header().caName;
    if (!expectedCaName.empty() && caName != expectedCaName) {
        message = "the restored database belongs to CA '" + caName + "', this server is '" +
                  expectedCaName + "'";
        return hr::kJetAttachedDatabaseMismatch;
    }
    const std::uint32_t checkpoint = db.header().checkpointGeneration;
    if (low > checkpoint) {
        message = "the database needs the logs from generation " + std::to_string(checkpoint) +
                  " on, the restored logs start at generation " + std::to_string(low);
        return hr::kJetRequiredLogFilesMissing;
    }

    // Pass 1: every log is there and sound before anything is written.
    for (std::uint32_t gen = low; gen <= high; ++gen) {
        const std::string path = fileio::joinPath(logDirectory, LogFile::fileName(gen));
        if (!fileio::isRegularFile(path)) {
            message = "log generation " + std::to_string(gen) + " (" + LogFile::fileName(gen) +
                      ") is missing from " + logDirectory;
            return hr::kJetMissingLogFile;
        }
        std::string readError;
        const auto contents = LogFile::read(path, &readError);
        if (!contents) {
            message = readError;
            return hr::kJetLogFileCorrupt;
        }
        if (!contents->problems.empty()) {
            message = LogFile::fileName(gen) + " is damaged: " + contents->problems.front();
            return hr::kJetLogFileCorrupt;
        }
        if (contents->generation != gen) {
            message = LogFile::fileName(gen) + " says it is generation " +
                      std::to_string(contents->generation);
            return hr::kJetLogFileCorrupt;
        }
        if (contents->caName != caName) {
            message = LogFile::fileName(gen) + " belongs to CA '" + contents->caName +
                      "', the database to '" + caName + "'";
            return hr::kJetAttachedDatabaseMismatch;
        }
    }
    // Pass 2: replay from the checkpoint on (records are idempotent, earlier ones are in pages).
    for (std::uint32_t gen = std::max(low, checkpoint); gen <= high; ++gen) {
        std::string readError;
        const auto contents =
            LogFile::read(fileio::joinPath(logDirectory, LogFile::fileName(gen)), &readError);
        if (!contents) {
            message = readError;
            return hr::kJetLogFileCorrupt;
        }
        std::vector<LoggedRecord> records;
        records.reserve(contents->records.size());
        for (const auto &record : contents->records)
            records.push_back({gen, record});
        std::string applyError;
        if (!db.applyRecords(records, &applyError)) {
            message = LogFile::fileName(gen) + ": " + applyError;
            return hr::kJetDatabaseCorrupted;
        }
        stats.replayedRecords += records.size();
    }
    std::string error;
    if (!db.setCheckpoint(high + 1, &error) || !db.sync()) {
        message = "cannot write the recovered database: " + error;
        return hr::kJetDatabaseCorrupted;
    }
    if (!scanDatabase(db, true, stats.scan, &error)) {
        message = error;
        return hr::kJetDatabaseCorrupted;
    }
    return hr::kOk;
}

} // namespace certsrvsim
