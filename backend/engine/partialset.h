// SPDX-License-Identifier: Apache-2.0
// The ".partial" folders of sets still being written. Each is guarded by a lock file beside it
// (QLockFile: the owner's PID, host and program), held for as long as the folder exists, so a
// later run can tell a set that another process is writing from one that a killed or crashed
// run left behind, and remove only the latter.
#pragma once

#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace engine {

struct PartialSet {
    enum class State {
        Stale, // its writer is gone: removed by a sweep (or `error` says why not)
        InUse, // another process still writes it: never touched
    };
    QString path;
    State state = State::Stale;
    qint64 bytes = 0;     // Stale: what it held
    bool removed = false; // Stale: removed by the sweep
    QString error;        // Stale and not removed: why
    qint64 ownerPid = 0;  // InUse: the writer, where the lock file names it
    QString ownerHost;
    QString ownerProgram;

    // One sentence for the operator.
    QString describe() const;
};

// Held by a backup for as long as its .partial folder exists; released (and the lock file
// removed) when the folder has been renamed to its final name or removed.
class PartialSetLock {
public:
    explicit PartialSetLock(const QString &partialPath);
    ~PartialSetLock();
    PartialSetLock(const PartialSetLock &) = delete;
    PartialSetLock &operator=(const PartialSetLock &) = delete;

    // False when another live process holds it; `owner` then says who.
    bool tryLock(QString *owner);
    void unlock();

    static QString lockPathFor(const QString &partialPath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

// Finds the .partial folders in `folder` (a destination holding one folder per CA, or a CA
// folder) and, with `remove`, removes those whose writer is gone, together with lock files
// that no folder needs any more. Folders in use by another process are reported, never touched.
QList<PartialSet> sweepPartialSets(const QString &folder, bool remove);

} // namespace engine
