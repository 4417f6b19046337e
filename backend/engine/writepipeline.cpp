// SPDX-License-Identifier: Apache-2.0
#include "writepipeline.h"

#include "platform/filesync.h"
#include "sha256.h"

#include <QFile>

#include <memory>

namespace engine {

WritePipeline::WritePipeline(int bufferCount, std::uint32_t bufferSize, Hashing hashing)
    : m_bufferSize(bufferSize), m_hashing(hashing), m_buffers(static_cast<std::size_t>(bufferCount))
{
    for (Buffer &buffer : m_buffers) {
        buffer.data.resize(bufferSize);
        m_free.push_back(&buffer);
    }
    m_thread = std::thread([this] { run(); });
}

WritePipeline::~WritePipeline()
{
    abort();
    post({Kind::Stop, {}, nullptr});
    m_thread.join();
}

void WritePipeline::post(Command command)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_commands.push_back(std::move(command));
    }
    m_commandReady.notify_one();
}

void WritePipeline::beginFile(const QString &path)
{
    post({Kind::Begin, path, nullptr});
}

WritePipeline::Buffer *WritePipeline::acquire()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_bufferFree.wait(lock, [this] { return !m_free.empty() || m_failed || m_stopping; });
    if (m_failed || m_stopping) {
        return nullptr;
    }
    Buffer *buffer = m_free.back();
    m_free.pop_back();
    buffer->used = 0;
    return buffer;
}

void WritePipeline::submit(Buffer *buffer)
{
    post({Kind::Data, {}, buffer});
}

void WritePipeline::endFile()
{
    post({Kind::End, {}, nullptr});
}

bool WritePipeline::drain()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock, [this] { return m_commands.empty() && !m_busy; });
    return !m_failed;
}

void WritePipeline::abort()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_bufferFree.notify_all();
    m_commandReady.notify_one();
    drain();
}

QString WritePipeline::errorMessage() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

std::vector<WrittenFile> WritePipeline::writtenFiles() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_written;
}

void WritePipeline::fail(const QString &message, bool diskFull)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_failed) {
            m_error = message;
        }
    }
    if (diskFull) {
        m_diskFull = true;
    }
    m_failed = true;
    m_bufferFree.notify_all();
}

void WritePipeline::run()
{
    std::unique_ptr<QFile> file;
    // The path as the caller gave it: QFile::fileName() is Qt's form of it (forward slashes on
    // Windows), which would not match the caller's own list.
    QString path;
    Sha256 hash;
    qint64 fileSize = 0;

    for (;;) {
        Command command;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_commandReady.wait(lock, [this] { return !m_commands.empty(); });
            command = std::move(m_commands.front());
            m_commands.pop_front();
            m_busy = true;
        }
        const bool skip = m_failed || m_stopping;
        switch (command.kind) {
        case Kind::Begin:
            file.reset();
            fileSize = 0;
            hash.finishHex(); // start over
            path = command.path;
            if (!skip) {
                file = std::make_unique<QFile>(command.path);
                // NewOnly: a set folder is fresh; an existing file means something is wrong.
                if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly |
                                QIODevice::Unbuffered)) {
                    fail(QStringLiteral("Cannot create %1: %2")
                             .arg(command.path, file->errorString()),
                         false);
                    file.reset();
                }
            }
            break;
        case Kind::Data:
            if (!skip && file) {
                const char *data = command.buffer->data.data();
                const qint64 size = command.buffer->used;
                if (m_hashing == Hashing::OnWriterThread) {
                    hash.update(data, static_cast<std::size_t>(size));
                }
                qint64 done = 0;
                while (done < size) {
                    const qint64 wrote = file->write(data + done, size - done);
                    if (wrote <= 0) {
                        const bool full = file->error() == QFileDevice::ResourceError;
                        fail(QStringLiteral("Cannot write %1: %2")
                                 .arg(file->fileName(), file->errorString()),
                             full);
                        break;
                    }
                    done += wrote;
                }
                fileSize += done;
                m_bytesWritten += done;
            }
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_free.push_back(command.buffer);
            }
            m_bufferFree.notify_one();
            break;
        case Kind::End:
            if (!skip && file) {
                if (!platform::syncFile(*file)) {
                    fail(QStringLiteral("Cannot flush %1 to disk").arg(file->fileName()), false);
                } else {
                    file->close();
                    std::lock_guard<std::mutex> lock(m_mutex);
                    m_written.push_back(
                        {path, fileSize,
                         m_hashing == Hashing::OnWriterThread ? hash.finishHex() : QString()});
                }
            }
            file.reset();
            break;
        case Kind::Stop:
            file.reset();
            return;
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_busy = false;
            if (m_commands.empty()) {
                m_idle.notify_all();
            }
        }
    }
}

} // namespace engine
