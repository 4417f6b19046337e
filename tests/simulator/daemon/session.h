// SPDX-License-Identifier: Apache-2.0
// One client connection of certsrv-simd, served on its own thread.
//
// A connection that sends BackupPrepare becomes that backup's context: it remembers which names
// it listed, which file is open, the read size fixed by the first OpenFile hint and how many
// bytes it returned (for the read-error-after and drop-after faults).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "common/registration.h"

namespace certsrvsim {

class CaServer;
class EventLog;
class FrameReader;
class FrameWriter;

class Session {
public:
    Session(int fd, std::uint64_t id, CaServer &server, EventLog &log,
            const Registration::Token &token);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    void run();
    // Called from another thread when the daemon stops: wakes run() and ends it.
    void close();

private:
    enum class After { Reply, ReplyThenShutdown, Drop };
    struct ListedFile {
        std::u16string name; // UNC name without the type character
        bool isDatabase = false;
        std::uint32_t generation = 0;
        bool readToEnd = false;
    };

    bool handle(const std::vector<std::uint8_t> &payload);
    After dispatch(std::uint16_t op, FrameReader &in, FrameWriter &out);
    std::int32_t hello(FrameReader &in);
    std::int32_t prepare(FrameReader &in);
    std::int32_t openFile(FrameReader &in, FrameWriter &out);
    std::int32_t read(FrameReader &in, FrameWriter &out, After &after);
    std::int32_t closeFile();
    std::int32_t endBackup();
    bool readDatabase(std::uint8_t *out, std::size_t size);
    // Waits `ms` milliseconds unless close() is called first; false when closed.
    bool stall(std::uint32_t ms);
    void closeOpenFile();
    bool backupCompleted() const;
    void remember(const std::u16string &name, bool isDatabase, std::uint32_t generation);

    std::u16string uncPrefix() const;
    std::u16string localCertLog() const;

    int m_fd;
    std::uint64_t m_id;
    CaServer &m_server;
    EventLog &m_log;
    Registration::Token m_token;
    std::atomic<bool> m_closedByDaemon{false};
    std::mutex m_stallMutex; // with m_stallWake: close() cuts a stall short
    std::condition_variable m_stallWake;
    bool m_authenticated = false;
    bool m_elevated = false;

    bool m_backupActive = false;
    std::uint32_t m_backupType = 0;
    bool m_databaseListed = false;
    bool m_logsListed = false;
    bool m_sentOversize = false; // a Read went past the announced size (oversize fault)
    std::vector<ListedFile> m_listed;
    int m_openIndex = -1;
    int m_logFd = -1;
    std::uint64_t m_openSize = 0;
    std::uint64_t m_openOffset = 0;
    std::uint32_t m_readSize = 0; // 0 until the first OpenFile
    std::uint64_t m_bytesReturned = 0;
    std::vector<std::uint8_t> m_pages; // whole pages read under the server lock, served in pieces
    std::uint64_t m_pagesStart = 0;
    std::uint64_t m_pagesLength = 0;
    std::mt19937_64 m_random;
};

} // namespace certsrvsim
