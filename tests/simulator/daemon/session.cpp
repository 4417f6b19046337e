// SPDX-License-Identifier: Apache-2.0
#include "daemon/session.h"

#include "common/fileio.h"
#include "common/framereader.h"
#include "common/framewriter.h"
#include "common/hresults.h"
#include "common/socketio.h"
#include "common/utf16.h"
#include "daemon/caserver.h"
#include "daemon/eventlog.h"

#include "backend/certadm/certbcli_abi.h"

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certsrvsim {

using protocol::Op;

namespace {

constexpr std::uint32_t kDefaultReadSize = 512u * 1024;
constexpr std::uint32_t kMinReadSize = 64u * 1024;
constexpr std::uint32_t kMaxReadSize = 4u * 1024 * 1024;
constexpr int kHelloTimeoutMs = 10000;

std::uint32_t readSizeForHint(std::uint32_t hint)
{
    if (hint == 0)
        return kDefaultReadSize;
    std::uint32_t size = kMinReadSize;
    while (size < hint && size < kMaxReadSize)
        size <<= 1;
    return size;
}

bool isBackupOp(std::uint16_t op)
{
    switch (static_cast<Op>(op)) {
    case Op::BackupPrepare:
    case Op::GetDatabaseNames:
    case Op::OpenFile:
    case Op::Read:
    case Op::Close:
    case Op::GetBackupLogs:
    case Op::GetDynamicFileList:
    case Op::TruncateLogs:
    case Op::End:
    case Op::GetDatabaseLocations:
        return true;
    default:
        return false;
    }
}

std::u16string withType(char16_t type, const std::u16string &name)
{
    return std::u16string(1, type) + name;
}

} // namespace

Session::Session(int fd, std::uint64_t id, CaServer &server, EventLog &log,
                 const Registration::Token &token)
    : m_fd(fd), m_id(id), m_server(server), m_log(log), m_token(token), m_random(0x5eed0000u + id)
{}

Session::~Session()
{
    closeOpenFile();
    socketio::closeSocket(m_fd);
}

void Session::close()
{
    {
        std::lock_guard<std::mutex> lock(m_stallMutex);
        m_closedByDaemon = true;
    }
    m_stallWake.notify_all();
    ::shutdown(m_fd, SHUT_RDWR);
}

bool Session::stall(std::uint32_t ms)
{
    std::unique_lock<std::mutex> lock(m_stallMutex);
    return !m_stallWake.wait_for(lock, std::chrono::milliseconds(ms),
                                 [this] { return m_closedByDaemon.load(); });
}

void Session::run()
{
    // A peer that connects and never says Hello, says it one byte at a time, or announces a
    // huge frame must not hold a thread or memory: the Hello is small and must arrive whole
    // within a deadline. Once authenticated, calls may be far apart.
    std::vector<std::uint8_t> payload;
    while (m_authenticated ? socketio::receiveFrame(m_fd, payload)
                           : socketio::receiveFrameWithin(m_fd, payload, protocol::kMaxHelloPayload,
                                                          kHelloTimeoutMs)) {
        if (!handle(payload))
            break;
    }
    closeOpenFile();
    if (m_backupActive) {
        m_backupActive = false;
        m_server.endBackup(m_id,
                           m_closedByDaemon ? CaServer::EndReason::DaemonClosed
                                            : CaServer::EndReason::ClientVanished,
                           false);
    }
    ::shutdown(m_fd, SHUT_RDWR);
}

bool Session::handle(const std::vector<std::uint8_t> &payload)
{
    FrameReader in(payload);
    const std::uint16_t op = in.u16();
    in.u16();
    if (!in.ok())
        return false;
    if (!m_authenticated && static_cast<Op>(op) != Op::Hello)
        return false; // nothing is answered before a valid Hello

    // stall=MS: every request on a backup connection waits before it is answered, so a caller
    // can test cancelling a blocked call.
    if (m_authenticated && (m_backupActive || static_cast<Op>(op) == Op::BackupPrepare) &&
        isBackupOp(op)) {
        const std::uint32_t stallMs = m_server.faults().stallMs;
        if (stallMs > 0 && !stall(stallMs))
            return false;
    }

    FrameWriter out = FrameWriter::response(static_cast<Op>(op), hr::kOk);
    const After after = dispatch(op, in, out);
    if (after == After::Drop) {
        m_closedByDaemon = true;
        return false;
    }
    if (!socketio::sendFrame(m_fd, out.finish()))
        return false;
    if (after == After::ReplyThenShutdown) {
        m_server.requestShutdown("ServerControl SHUTDOWN from a client");
        return true;
    }
    if (static_cast<Op>(op) == Op::Hello && !m_authenticated)
        return false;
    // drop-after=BYTES: once that many bytes went out, the daemon hangs up on the context.
    const auto faults = m_server.faults();
    if (static_cast<Op>(op) == Op::Read && faults.dropAfter &&
        m_bytesReturned >= *faults.dropAfter) {
        m_log.write("context " + std::to_string(m_id) +
                    ": drop-after fault, closing the connection after " +
                    std::to_string(m_bytesReturned) + " bytes");
        m_closedByDaemon = true;
        return false;
    }
    return true;
}

Session::After Session::dispatch(std::uint16_t op, FrameReader &in, FrameWriter &out)
{
    // Each handler builds the response fields into `fields` only on success, so the header's
    // HRESULT and the fields never disagree.
    std::int32_t result = hr::kOk;
    FrameWriter fields = FrameWriter::response(static_cast<Op>(op), hr::kOk);
    After after = After::Reply;
    auto needContext = [this]() { return m_backupActive; };

    switch (static_cast<Op>(op)) {
    case Op::Hello:
        result = hello(in);
        break;
    case Op::IsOnline:
        fields.u8(m_server.faults().paused ? 0 : 1);
        break;
    case Op::BackupPrepare:
        result = prepare(in);
        break;
    case Op::GetDatabaseNames:
        if (!needContext() || m_backupType != CSBACKUP_TYPE_FULL) {
            result = hr::kJetInvalidBackupSequence;
        } else {
            const std::u16string name = uncPrefix() + utf16::fromUtf8(m_server.caName()) + u".edb";
            remember(name, true, 0);
            m_databaseListed = true;
            fields.blob(utf16::multiStringBytes({withType(CSBFT_CERTSERVER_DATABASE, name)}));
        }
        break;
    case Op::OpenFile:
        result = openFile(in, fields);
        break;
    case Op::Read:
        result = read(in, fields, after);
        break;
    case Op::Close:
        result = closeFile();
        break;
    case Op::GetBackupLogs: {
        std::vector<std::uint32_t> generations;
        result = needContext() ? m_server.listBackupLogs(m_id, generations)
                               : hr::kJetInvalidBackupSequence;
        if (result == hr::kOk) {
            std::vector<std::u16string> entries;
            for (const std::uint32_t gen : generations) {
                const std::u16string name = uncPrefix() + utf16::fromUtf8(LogFile::fileName(gen));
                remember(name, false, gen);
                entries.push_back(withType(CSBFT_LOG, name));
            }
            m_logsListed = true;
            fields.blob(utf16::multiStringBytes(entries));
        }
        break;
    }
    case Op::GetDynamicFileList:
        if (!needContext()) {
            result = hr::kJetInvalidBackupSequence;
        } else {
            const std::u16string prefix = u"\\\\" +
                                          utf16::fromUtf8(utf16::toUpperAscii(m_server.name())) +
                                          u"\\C$\\Windows\\system32\\CertSrv\\CertEnroll\\";
            const std::u16string ca = utf16::fromUtf8(m_server.caName());
            fields.blob(utf16::multiStringBytes({prefix + ca + u".crt", prefix + ca + u".crl"}));
        }
        break;
    case Op::TruncateLogs:
        if (!needContext() || m_openIndex >= 0)
            result = hr::kJetInvalidBackupSequence;
        else
            result = m_server.truncateLogs(m_id);
        break;
    case Op::End:
        result = endBackup();
        break;
    case Op::GetDatabaseLocations:
        if (!needContext()) {
            result = hr::kJetInvalidBackupSequence;
        } else {
            const std::u16string dir = localCertLog();
            const std::u16string db = dir + u"\\" + utf16::fromUtf8(m_server.caName()) + u".edb";
            fields.blob(utf16::multiStringBytes({withType(CSBFT_CERTSERVER_DATABASE, db),
                                                 withType(CSBFT_LOG_DIR, dir),
                                                 withType(CSBFT_CHECKPOINT_DIR, dir)}));
        }
        break;
    case Op::ServerControl: {
        const std::uint32_t control = in.u32();
        if (!in.ok()) {
            result = hr::kInvalidArg;
        } else if (m_server.faults().accessDenied && !m_elevated) {
            result = hr::kAccessDenied;
        } else if (control == CSCONTROL_SHUTDOWN) {
            after = After::ReplyThenShutdown;
        } else if (control == CSCONTROL_SUSPEND) {
            m_server.pause();
        } else if (control == CSCONTROL_RESTART) {
            result = hr::kNotImpl; // a restart would need a supervisor; stop and start instead
        } else {
            result = hr::kInvalidArg;
        }
        break;
    }
    case Op::RestorePrepare:
        // The daemon only answers while the CA runs, and a restore needs it stopped.
        m_log.write("context " + std::to_string(m_id) +
                    ": RestorePrepare refused, the CA is running");
        result = hr::kSharingViolation;
        break;
    case Op::Status: {
        fields.str(utf16::fromUtf8(m_server.status().serialize()));
        break;
    }
    case Op::SetFaults: {
        const bool clear = in.u8() != 0;
        const std::uint32_t count = in.u32();
        std::vector<std::string> specs;
        for (std::uint32_t i = 0; i < count && in.ok() && i < 64; ++i)
            specs.push_back(utf16::toUtf8(in.str()));
        std::string message = "malformed request";
        if (!in.ok() || !m_server.changeFaults(clear, specs, &message))
            result = hr::kInvalidArg;
        // The message travels in both cases: it says what was wrong or what is now active.
        out = FrameWriter::response(static_cast<Op>(op), result);
        out.str(utf16::fromUtf8(message));
        return after;
    }
    default:
        result = hr::kNotImpl;
        break;
    }

    if (result == hr::kOk)
        out = std::move(fields);
    else
        out = FrameWriter::response(static_cast<Op>(op), result);
    return after;
}

std::int32_t Session::hello(FrameReader &in)
{
    const std::uint32_t version = in.u32();
    const auto token = in.blob();
    const bool elevated = in.u8() != 0;
    const std::u16string name = in.str();
    if (!in.ok() || version != protocol::kVersion)
        return hr::kInvalidArg;
    // Compare every byte whatever the first difference: no timing hint about the token.
    std::uint8_t diff = token.size() == m_token.size() ? 0 : 1;
    for (std::size_t i = 0; i < m_token.size() && i < token.size(); ++i)
        diff = static_cast<std::uint8_t>(diff | (token[i] ^ m_token[i]));
    if (diff != 0) {
        m_log.write("connection " + std::to_string(m_id) + ": refused, wrong token");
        return hr::kAccessDenied;
    }
    if (!utf16::equalsIgnoreAsciiCase(name, utf16::fromUtf8(m_server.name()))) {
        m_log.write("connection " + std::to_string(m_id) + ": refused, it asked for server '" +
                    utf16::toUtf8(name) + "'");
        return hr::kRpcServerUnavailable;
    }
    m_authenticated = true;
    m_elevated = elevated;
    return hr::kOk;
}

std::int32_t Session::prepare(FrameReader &in)
{
    in.u32(); // grbitJet: reserved, the API requires 0 and ESE ignores it here
    const std::uint32_t flags = in.u32();
    if (!in.ok())
        return hr::kInvalidArg;
    if (m_backupActive)
        return hr::kJetBackupInProgress;
    const std::int32_t result = m_server.beginBackup(m_id, flags, m_elevated);
    if (result == hr::kOk) {
        m_backupActive = true;
        m_backupType = flags;
    }
    return result;
}

std::int32_t Session::openFile(FrameReader &in, FrameWriter &out)
{
    const std::u16string name = in.str();
    const std::uint32_t hint = in.u32();
    if (!in.ok())
        return hr::kInvalidArg;
    if (!m_backupActive || m_openIndex >= 0)
        return hr::kJetInvalidBackupSequence;
    int index = -1;
    for (std::size_t i = 0; i < m_listed.size(); ++i) {
        if (utf16::equalsIgnoreAsciiCase(m_listed[i].name, name)) {
            index = static_cast<int>(i);
            break;
        }
    }
    if (index < 0) {
        m_log.write("context " + std::to_string(m_id) + ": OpenFile refused for unlisted name '" +
                    utf16::toUtf8(name) + "'");
        return hr::kFileNotFound;
    }
    const ListedFile &file = m_listed[static_cast<std::size_t>(index)];
    if (m_readSize == 0) {
        m_readSize = readSizeForHint(hint);
        m_log.write("context " + std::to_string(m_id) + ": read size " +
                    std::to_string(m_readSize) + " bytes (hint " + std::to_string(hint) + ")");
    }
    if (file.isDatabase) {
        m_openSize = m_server.databaseSize();
        m_pages.assign(std::max<std::size_t>(m_readSize, format::kPageSize), 0);
        m_pagesStart = 0;
        m_pagesLength = 0;
    } else {
        const std::string path = m_server.logPath(file.generation);
        m_logFd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        struct stat st {};
        if (m_logFd < 0 || ::fstat(m_logFd, &st) != 0) {
            m_log.write("context " + std::to_string(m_id) + ": cannot open " + path + ": " +
                        fileio::errnoText(errno));
            closeOpenFile();
            return hr::kFileNotFound;
        }
        m_openSize = static_cast<std::uint64_t>(st.st_size);
    }
    m_openIndex = index;
    m_openOffset = 0;
    out.u64(m_openSize);
    return hr::kOk;
}

std::int32_t Session::read(FrameReader &in, FrameWriter &out, After &after)
{
    const std::uint32_t wanted = in.u32();
    if (!in.ok())
        return hr::kInvalidArg;
    if (m_openIndex < 0)
        return hr::kJetInvalidBackupSequence;
    const auto faults = m_server.faults();
    const std::string who = "context " + std::to_string(m_id) + ": ";
    if (faults.readErrorAfter && m_bytesReturned >= *faults.readErrorAfter) {
        m_log.write(who + "read-error-after fault: Read fails after " +
                    std::to_string(m_bytesReturned) + " bytes");
        return hr::kReadFault;
    }
    if (faults.dropAfter && m_bytesReturned >= *faults.dropAfter) {
        m_log.write(who + "drop-after fault: closing the connection");
        after = After::Drop;
        return hr::kOk;
    }

    ListedFile &file = m_listed[static_cast<std::size_t>(m_openIndex)];
    // The oversize fault pads every file beyond the size Open announced.
    const std::uint64_t sendable = m_openSize + faults.oversize.value_or(0);
    const std::uint64_t remaining = sendable > m_openOffset ? sendable - m_openOffset : 0;
    std::uint64_t n = std::min<std::uint64_t>({wanted, m_readSize, remaining});
    // Stop exactly at a fault's byte budget so the failure happens on a predictable call.
    if (faults.readErrorAfter)
        n = std::min(n, *faults.readErrorAfter - m_bytesReturned);
    if (faults.dropAfter)
        n = std::min(n, *faults.dropAfter - m_bytesReturned);
    if (faults.shortReads && n > 1) {
        // Smaller, never zero, and odd: never a multiple of a page or of any buffer size.
        n = 1 + m_random() % (n - 1);
        if (n > 1 && n % 2 == 0)
            --n;
    }

    std::vector<std::uint8_t> data(static_cast<std::size_t>(n));
    const std::size_t real = static_cast<std::size_t>(
        std::min<std::uint64_t>(n, m_openOffset < m_openSize ? m_openSize - m_openOffset : 0));
    bool ok = true;
    if (real > 0) {
        ok = file.isDatabase ? readDatabase(data.data(), real)
                             : fileio::preadAll(m_logFd, data.data(), real, m_openOffset);
    }
    if (!ok) {
        m_log.write(who + "read failed: " + fileio::errnoText(errno));
        return hr::kReadFault;
    }
    m_openOffset += n;
    m_bytesReturned += n;
    if (m_openOffset >= m_openSize)
        file.readToEnd = true;
    if (m_openOffset > m_openSize)
        m_sentOversize = true;
    out.blob(data);
    return hr::kOk;
}

bool Session::readDatabase(std::uint8_t *out, std::size_t size)
{
    std::size_t copied = 0;
    const std::uint64_t pageCount = m_openSize / format::kPageSize;
    while (copied < size) {
        const std::uint64_t pos = m_openOffset + copied;
        if (pos < m_pagesStart || pos >= m_pagesStart + m_pagesLength) {
            // Refill with whole pages. `pos` is page aligned here: the buffer always ends on a
            // page boundary, so a page split over two Reads still comes from one consistent copy.
            const std::uint64_t first = pos / format::kPageSize;
            const std::size_t count = static_cast<std::size_t>(
                std::min<std::uint64_t>(m_pages.size() / format::kPageSize, pageCount - first));
            if (count == 0 || !m_server.readDatabasePages(first, count, m_pages.data()))
                return false;
            m_pagesStart = first * format::kPageSize;
            m_pagesLength = count * format::kPageSize;
        }
        const std::size_t offset = static_cast<std::size_t>(pos - m_pagesStart);
        const std::size_t take =
            std::min<std::size_t>(size - copied, static_cast<std::size_t>(m_pagesLength) - offset);
        std::memcpy(out + copied, m_pages.data() + offset, take);
        copied += take;
    }
    return true;
}

std::int32_t Session::closeFile()
{
    if (m_openIndex < 0)
        return hr::kJetInvalidBackupSequence;
    closeOpenFile();
    return hr::kOk;
}

std::int32_t Session::endBackup()
{
    if (!m_backupActive)
        return hr::kJetInvalidBackupSequence;
    closeOpenFile();
    m_backupActive = false;
    m_server.endBackup(m_id, CaServer::EndReason::Ended, backupCompleted());
    return hr::kOk;
}

void Session::closeOpenFile()
{
    if (m_logFd >= 0)
        ::close(m_logFd);
    m_logFd = -1;
    m_openIndex = -1;
    m_openSize = 0;
    m_openOffset = 0;
    m_pagesLength = 0;
}

bool Session::backupCompleted() const
{
    // A file sent longer than announced (oversize fault) was not the file the client was
    // promised: whatever the client did with it, the backup does not count.
    if (!m_logsListed || (m_backupType == CSBACKUP_TYPE_FULL && !m_databaseListed) ||
        m_sentOversize)
        return false;
    return std::all_of(m_listed.begin(), m_listed.end(),
                       [](const ListedFile &f) { return f.readToEnd; });
}

void Session::remember(const std::u16string &name, bool isDatabase, std::uint32_t generation)
{
    for (const auto &file : m_listed) {
        if (utf16::equalsIgnoreAsciiCase(file.name, name))
            return;
    }
    m_listed.push_back({name, isDatabase, generation, false});
}

std::u16string Session::uncPrefix() const
{
    return u"\\\\" + utf16::fromUtf8(utf16::toUpperAscii(m_server.name())) +
           u"\\C$\\Windows\\system32\\CertLog\\";
}

std::u16string Session::localCertLog() const
{
    return u"C:\\Windows\\system32\\CertLog";
}

} // namespace certsrvsim
