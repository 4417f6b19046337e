// SPDX-License-Identifier: Apache-2.0
// The writing half of a backup: a thread that hashes and writes the blocks the job reads from
// the server, so that reading, hashing and writing overlap. Memory is a small fixed pool of
// buffers, whatever the size of the database.
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace engine {

struct WrittenFile {
    QString path; // absolute local path
    qint64 size = 0;
    QString sha256;
};

class WritePipeline {
public:
    struct Buffer {
        std::vector<char> data;
        std::uint32_t used = 0;
    };

    // Who hashes the data: the writer thread (WrittenFile::sha256 is set), or the caller, which
    // then hashes as it reads so that hashing and writing run on two threads.
    enum class Hashing { OnWriterThread, ByCaller };

    WritePipeline(int bufferCount, std::uint32_t bufferSize,
                  Hashing hashing = Hashing::OnWriterThread);
    ~WritePipeline(); // aborts whatever is still queued

    WritePipeline(const WritePipeline &) = delete;
    WritePipeline &operator=(const WritePipeline &) = delete;

    std::uint32_t bufferSize() const { return m_bufferSize; }

    // Queues the start of a new file; fails later (see failed()) if it cannot be created.
    void beginFile(const QString &path);
    // Waits for a free buffer. Returns nullptr once the pipeline failed or was aborted.
    Buffer *acquire();
    // Hands a filled buffer (buffer->used bytes) to the writer.
    void submit(Buffer *buffer);
    // Queues the end of the current file: it is flushed to disk and its hash recorded.
    void endFile();
    // Waits until everything queued is written. Returns false when anything failed.
    bool drain();
    // Stops at once: queued blocks are dropped and the open file is closed.
    void abort();

    bool failed() const { return m_failed.load(); }
    QString errorMessage() const;
    bool diskFull() const { return m_diskFull.load(); }
    std::vector<WrittenFile> writtenFiles() const;
    // Bytes written so far (all files).
    qint64 bytesWritten() const { return m_bytesWritten.load(); }

private:
    enum class Kind { Begin, Data, End, Stop };
    struct Command {
        Kind kind;
        QString path;
        Buffer *buffer = nullptr;
    };

    void post(Command command);
    void run();
    void fail(const QString &message, bool diskFull);

    const std::uint32_t m_bufferSize;
    const Hashing m_hashing;
    std::vector<Buffer> m_buffers;

    mutable std::mutex m_mutex;
    std::condition_variable m_commandReady;
    std::condition_variable m_bufferFree;
    std::condition_variable m_idle;
    std::deque<Command> m_commands;
    std::vector<Buffer *> m_free;
    bool m_busy = false;
    // Set under the mutex by abort(), read by the writer thread outside it between commands.
    std::atomic<bool> m_stopping{false};

    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_diskFull{false};
    std::atomic<qint64> m_bytesWritten{0};
    QString m_error;
    std::vector<WrittenFile> m_written;

    std::thread m_thread; // last: starts after every member above exists
};

} // namespace engine
