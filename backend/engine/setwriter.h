// SPDX-License-Identifier: Apache-2.0
// The one owner of a backup set while it is written. create() takes a free
// "<UTC yyyyMMdd-HHmmss>[-n]-<type>.partial" folder in the CA's folder and the lock beside it,
// files go in through the write pipeline (hashed and flushed), the manifest goes in last, and
// commit() renames the folder to its final name: the one atomic step that makes the set
// visible. Until then discard() (or the destructor) removes the unfinished folder and releases
// the lock only once the folder is gone, so that no sweep meanwhile takes it for stale.
// Failures are thrown as JobError; the writer is not thread-safe and lives on the job's thread.
#pragma once

#include "manifest.h"
#include "writepipeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace engine {

class PartialSetLock;

class SetWriter {
    Q_DECLARE_TR_FUNCTIONS(engine::SetWriter)
public:
    enum class State { Empty, Open, Committed, Discarded };

    SetWriter(int bufferCount, std::uint32_t bufferSize);
    ~SetWriter(); // discards a set that was created and not committed
    SetWriter(const SetWriter &) = delete;
    SetWriter &operator=(const SetWriter &) = delete;

    // Creates the unfinished set in `caFolder` (which must exist) with its DataBase folder. Two
    // writers of one name in the same second take the next free number.
    void create(const QString &caFolder, const QDateTime &started, SetType type);

    State state() const { return m_state; }
    QString caFolder() const { return m_caFolder; }
    QString partialPath() const { return m_partialPath; } // while Open
    QString finalName() const { return m_finalName; }     // the name it was created for
    QString finalPath() const { return m_finalPath; }     // once Committed
    QString dataFolder() const;
    // The local path of a file in the set ("DataBase/edb00001.log").
    QString pathOf(const QString &relativePath) const;

    // One file streamed through the pipeline: beginFile, acquire and submit buffers, endFile.
    void beginFile(const QString &relativePath);
    // Waits for a free buffer; throws the write failure once the pipeline failed.
    WritePipeline::Buffer *acquire();
    void submit(WritePipeline::Buffer *buffer);
    void endFile();
    bool failed() const;
    std::uint32_t bufferSize() const { return m_bufferSize; }
    [[noreturn]] void throwWriteFailure() const;
    // A whole small file, hashed and flushed like every other one.
    void writeFile(const QString &relativePath, const QByteArray &bytes);

    // Waits until every file is written and flushes them and the DataBase folder to disk.
    void flushFiles();
    // What was written as relativePath (size, SHA-256), after flushFiles(); empty when nothing
    // was written completely under that name.
    std::optional<WrittenFile> written(const QString &relativePath) const;

    // Writes manifest.json (it must not exist yet) and flushes it and the set folder.
    void writeManifest(const Manifest &manifest);

    // Renames the set to its final name (the next free number when the name was taken
    // meanwhile) and returns the final path. Refused before the manifest is written. From here
    // on the set is complete: a cancel keeps it.
    QString commit();

    // Removes the unfinished set. Returns true when a folder was there and is gone; false when
    // there was nothing to remove or it could not be removed completely. Nothing after commit.
    bool discard();

private:
    void requireOpen() const;
    void releaseLock();

    const int m_bufferCount;
    const std::uint32_t m_bufferSize;
    State m_state = State::Empty;
    QString m_caFolder;
    QDateTime m_started;
    SetType m_type = SetType::Full;
    QString m_partialPath;
    QString m_finalName;
    QString m_finalPath;
    bool m_manifestWritten = false;
    std::unique_ptr<PartialSetLock> m_lock; // held while m_partialPath exists
    std::unique_ptr<WritePipeline> m_pipeline;
};

} // namespace engine
