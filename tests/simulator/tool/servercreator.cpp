// SPDX-License-Identifier: Apache-2.0
#include "tool/servercreator.h"

#include "common/databasefile.h"
#include "common/daemonstate.h"
#include "common/fileio.h"
#include "common/format.h"
#include "common/logfile.h"
#include "common/serverconfig.h"
#include "common/serverpaths.h"
#include "common/units.h"
#include "common/utf16.h"
#include "tool/cakeymaker.h"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace certsrvsim {

using namespace format;

namespace {

// Pages are generated and written in 4 MiB batches: big writes, bounded memory.
constexpr std::size_t kPagesPerBatch = 512;

// Pre-issued certificates get issue times spread over the past, ten per second.
std::int64_t issueTimeMs(std::int64_t createdSeconds, std::uint64_t serial, std::uint64_t total)
{
    return createdSeconds * 1000 - static_cast<std::int64_t>(total - serial) * 100;
}

std::uint32_t generationOfSerial(std::uint64_t serial, std::uint64_t preIssued)
{
    if (serial <= preIssued)
        return 0;
    return static_cast<std::uint32_t>(1 + (serial - preIssued - 1) / kLogCapacity);
}

std::string isoTime(std::time_t t)
{
    std::tm utc{};
    ::gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace

ServerCreator::ServerCreator(SimHome home) : m_home(std::move(home)) {}

bool ServerCreator::isValidCaName(const std::string &caName, std::string *why)
{
    auto fail = [why](const std::string &text) {
        if (why)
            *why = text;
        return false;
    };
    const std::u16string wide = utf16::fromUtf8(caName);
    if (wide.empty())
        return fail("the CA name is empty");
    if (wide.size() > 64 || caName.size() > kCaNameField)
        return fail("the CA name is longer than 64 characters");
    if (wide.front() == u' ' || wide.back() == u' ' || wide.back() == u'.')
        return fail("the CA name must not start or end with a space or end with a dot");
    for (const char16_t c : wide) {
        if (c < 0x20 || c == 0xFFFD ||
            std::u16string_view(u"\\/:*?\"<>|").find(c) != std::u16string_view::npos)
            return fail("the CA name contains a character that Windows does not allow in file "
                        "names (\\ / : * ? \" < > | or a control character)");
    }
    return true;
}

bool ServerCreator::create(const CreateOptions &options, std::string *error, std::string *summary)
{
    auto fail = [error](const std::string &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!SimHome::isValidServerName(options.name))
        return fail("invalid server name '" + options.name +
                    "': use 1 to 15 letters, digits or '-' (a NetBIOS-like name)");
    if (const auto existing = m_home.findServer(options.name))
        return fail("a server named '" + *existing + "' already exists in " +
                    m_home.serversDirectory() + "; choose another name or delete that folder");
    std::string why;
    if (!isValidCaName(options.caName, &why))
        return fail(why + "; pass another --ca-name");
    if (options.databaseSize % kPageSize != 0 || options.databaseSize < 2 * kPageSize)
        return fail("--db-size must be a multiple of 8 KiB and at least 16 KiB (e.g. 64MiB)");
    if (options.logs + 1 > kMaxGeneration)
        return fail("--logs must be below " + std::to_string(kMaxGeneration));

    const std::uint64_t pages = options.databaseSize / kPageSize;
    const std::uint64_t capacity = DatabaseFile::capacity(pages);
    const std::uint64_t fromLogs = options.logs * kLogCapacity;
    const std::uint64_t total = options.certificates + fromLogs;
    if (total > capacity || total < options.certificates) {
        const std::uint64_t neededPages = 1 + (total + kSlotsPerPage - 1) / kSlotsPerPage;
        return fail("a database of " + units::formatSize(options.databaseSize) + " holds at most " +
                    std::to_string(capacity) + " certificates, but " + std::to_string(total) +
                    " were requested (" + std::to_string(options.certificates) + " + " +
                    std::to_string(options.logs) + " logs x " + std::to_string(kLogCapacity) +
                    "); use --db-size " +
                    std::to_string((neededPages * kPageSize + (1 << 20) - 1) >> 20) +
                    "MiB or more");
    }

    std::string err;
    if (!fileio::makeDirectories(m_home.serversDirectory(), &err))
        return fail(err);
    struct statvfs fs {};
    const std::uint64_t needed =
        options.databaseSize + (options.logs + 1) * kLogFileSize + (1 << 20);
    if (::statvfs(m_home.serversDirectory().c_str(), &fs) == 0 &&
        static_cast<std::uint64_t>(fs.f_bavail) * fs.f_frsize < needed)
        return fail("not enough free space in " + m_home.serversDirectory() + ": " +
                    units::formatSize(needed) + " needed; use a smaller --db-size or --logs");

    const std::string temp = fileio::joinPath(
        m_home.serversDirectory(), "." + options.name + ".creating." + std::to_string(::getpid()));
    fileio::removeTree(temp);
    const ServerPaths paths(temp, options.name);
    bool ok = fileio::makeDirectories(paths.certLogDirectory(), &err) &&
              fileio::makeDirectories(paths.certEnrollDirectory(), &err);
    const std::time_t created = std::time(nullptr);
    ok = ok && writeDatabase(paths.databaseFile(options.caName), options, pages, created, &err);
    ok = ok && writeLogs(paths.certLogDirectory(), options, created, &err);
    const std::uint32_t checkpoint = static_cast<std::uint32_t>(options.logs + 1);
    ok = ok && fileio::writeFileAtomic(paths.checkpointFile(),
                                       "checkpoint_generation=" + std::to_string(checkpoint) + "\n",
                                       0644, &err);
    // The "dynamic files": small stand-ins for the CA certificate and CRL that CertSvc publishes.
    ok = ok && fileio::writeFileAtomic(paths.certificateFile(options.caName),
                                       "-----BEGIN CERTIFICATE-----\nsimulated CA certificate of " +
                                           options.caName + "\n-----END CERTIFICATE-----\n",
                                       0644, &err);
    ok = ok &&
         fileio::writeFileAtomic(paths.crlFile(options.caName),
                                 "-----BEGIN X509 CRL-----\nsimulated CRL of " + options.caName +
                                     ", " + isoTime(created) + "\n-----END X509 CRL-----\n",
                                 0644, &err);
    // The CA's own key and certificate: what a key backup (certutil -backupKey) exports.
    ok = ok && CaKeyMaker::create(paths.caKeyFile(), paths.caCertificateFile(), options.caName,
                                  created, &err);
    ServerConfig config;
    config.caName = options.caName;
    config.dbPages = pages;
    config.created = isoTime(created);
    ok = ok && config.save(paths.configFile(), &err);
    DaemonState state;
    state.highestSerial = total;
    ok = ok && state.save(paths.stateFile(), &err);

    const std::string destination = m_home.serverDirectory(options.name);
    if (ok && ::rename(temp.c_str(), destination.c_str()) != 0) {
        err = "cannot rename " + temp + " to " + destination + ": " + fileio::errnoText(errno);
        ok = false;
    }
    if (!ok) {
        fileio::removeTree(temp);
        return fail(err);
    }
    if (summary)
        *summary = "created server " + options.name + " (CA '" + options.caName + "') in " +
                   destination + ": database " + units::formatSize(options.databaseSize) +
                   " (capacity " + std::to_string(capacity) + " certificates), " +
                   std::to_string(total) + " certificates issued, " + std::to_string(options.logs) +
                   " closed logs, current log generation " + std::to_string(checkpoint);
    return true;
}

bool ServerCreator::writeDatabase(const std::string &path, const CreateOptions &options,
                                  std::uint64_t pages, std::int64_t created, std::string *error)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = "cannot create " + path + ": " + fileio::errnoText(errno);
        return false;
    }
    const std::uint64_t total = options.certificates + options.logs * kLogCapacity;
    std::vector<std::uint8_t> batch(kPagesPerBatch * kPageSize);

    DatabaseHeader header;
    header.pageCount = pages;
    // Every record of the pre-filled logs is already in the pages: the checkpoint is the first
    // generation that holds nothing yet, the current log.
    header.checkpointGeneration = static_cast<std::uint32_t>(options.logs + 1);
    header.caName = options.caName;
    header.createdUnixSeconds = created;
    DatabaseFile::buildHeaderPage(batch.data(), header);
    bool ok = fileio::writeAll(fd, batch.data(), kPageSize);

    for (std::uint64_t first = 1; ok && first < pages; first += kPagesPerBatch) {
        const std::size_t count =
            static_cast<std::size_t>(std::min<std::uint64_t>(kPagesPerBatch, pages - first));
        for (std::size_t i = 0; i < count; ++i) {
            std::uint8_t *page = batch.data() + i * kPageSize;
            const std::uint64_t number = first + i;
            DatabaseFile::initDataPage(page, number);
            const std::uint64_t firstSerial = (number - 1) * kSlotsPerPage + 1;
            std::uint32_t generation = 0;
            for (std::uint32_t slot = 0; slot < kSlotsPerPage; ++slot) {
                const std::uint64_t serial = firstSerial + slot;
                if (serial > total)
                    break;
                DatabaseFile::putRecord(
                    page, slot,
                    CertificateRecord::issue(serial, issueTimeMs(created, serial, total)));
                generation = std::max(generation, generationOfSerial(serial, options.certificates));
            }
            DatabaseFile::setPageGeneration(page, generation);
            DatabaseFile::sealPage(page);
        }
        ok = fileio::writeAll(fd, batch.data(), count * kPageSize);
    }
    // No fsync: this is a test fixture that the final rename publishes, and flushing gigabytes
    // would dominate the creation time that scripts wait for.
    const int err = errno;
    ::close(fd);
    if (!ok)
        *error = "cannot write " + path + ": " + fileio::errnoText(err);
    return ok;
}

bool ServerCreator::writeLogs(const std::string &certLog, const CreateOptions &options,
                              std::int64_t created, std::string *error)
{
    const std::uint64_t total = options.certificates + options.logs * kLogCapacity;
    std::vector<CertificateRecord> records;
    for (std::uint64_t gen = 1; gen <= options.logs + 1; ++gen) {
        records.clear();
        if (gen <= options.logs) {
            const std::uint64_t first = options.certificates + (gen - 1) * kLogCapacity + 1;
            for (std::uint64_t serial = first; serial < first + kLogCapacity; ++serial)
                records.push_back(
                    CertificateRecord::issue(serial, issueTimeMs(created, serial, total)));
        }
        // The last generation is the current, open log: it starts empty.
        const auto generation = static_cast<std::uint32_t>(gen);
        const auto image = LogFile::buildImage(generation, options.caName, created, records);
        const std::string path = fileio::joinPath(certLog, LogFile::fileName(generation));
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        const bool ok = fd >= 0 && fileio::writeAll(fd, image.data(), image.size());
        const int err = errno;
        if (fd >= 0)
            ::close(fd);
        if (!ok) {
            *error = "cannot write " + path + ": " + fileio::errnoText(err);
            return false;
        }
    }
    return true;
}

} // namespace certsrvsim
