// SPDX-License-Identifier: Apache-2.0
#include "partialset.h"

#include "manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace engine {
namespace {

const QLatin1String kLockSuffix(".lock");

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

void sweepOne(const QString &partialPath, bool remove, QList<PartialSet> &found)
{
    PartialSet set;
    set.path = partialPath;
    const bool folderExists = QFileInfo(partialPath).isDir();
    QLockFile lock(PartialSetLock::lockPathFor(partialPath));
    // Stale only when its owner is gone (same host, PID not running), never by age: a backup of
    // a large database may run for hours.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (!folderExists) {
            return; // a lock whose set is being created or was just committed
        }
        if (lock.error() == QLockFile::LockFailedError) {
            set.state = PartialSet::State::InUse;
            lock.getLockInfo(&set.ownerPid, &set.ownerHost, &set.ownerProgram);
        } else {
            // A read-only destination, or one this account may not write: nothing to decide.
            set.state = PartialSet::State::Stale;
            set.bytes = folderBytes(partialPath);
            set.error = QCoreApplication::translate(
                "engine::PartialSet", "this account cannot write there, so it was left alone");
        }
        found.append(set);
        return;
    }
    // Ours now: no other process can start writing this folder until it is released.
    if (!folderExists) {
        return; // only a lock file was left behind; unlocking removes it
    }
    set.state = PartialSet::State::Stale;
    set.bytes = folderBytes(partialPath);
    if (remove) {
        set.removed = QDir(partialPath).removeRecursively();
        if (!set.removed) {
            set.error = QCoreApplication::translate(
                "engine::PartialSet", "it could not be removed completely; check the "
                                      "permissions of the folder and remove it by hand");
        }
    }
    found.append(set);
}

void sweepFolder(const QString &folder, bool remove, int depth, QList<PartialSet> &found)
{
    const QDir dir(folder);
    const QString partialSuffix = QLatin1String(kPartialSuffix);
    QStringList partials;
    for (const QString &child : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (child.endsWith(partialSuffix)) {
            partials.append(dir.filePath(child));
        } else if (depth > 0) {
            sweepFolder(dir.filePath(child), remove, depth - 1, found);
        }
    }
    // Lock files left without their folder (a run killed between commit and unlock).
    const QString lockPattern = QLatin1Char('*') + partialSuffix + kLockSuffix;
    for (const QString &lockName : dir.entryList({lockPattern}, QDir::Files | QDir::Hidden)) {
        const QString partial = dir.filePath(lockName.chopped(kLockSuffix.size()));
        if (!partials.contains(partial) && remove) {
            sweepOne(partial, remove, found);
        }
    }
    for (const QString &partial : std::as_const(partials)) {
        sweepOne(partial, remove, found);
    }
}

} // namespace

QString PartialSet::describe() const
{
    const QString where = QDir::toNativeSeparators(path);
    if (state == State::InUse) {
        if (ownerPid > 0) {
            return QCoreApplication::translate("engine::PartialSet",
                                               "%1 is being written by another backup (process "
                                               "%2 on %3); it was left alone.")
                .arg(where)
                .arg(ownerPid)
                .arg(ownerHost.isEmpty() ? QStringLiteral("?") : ownerHost);
        }
        return QCoreApplication::translate("engine::PartialSet",
                                           "%1 is being written by another backup; it was left "
                                           "alone.")
            .arg(where);
    }
    const QString size = QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
    if (removed) {
        return QCoreApplication::translate("engine::PartialSet",
                                           "Removed %1 (%2), the unfinished set of a backup that "
                                           "was interrupted (killed, crashed or cut off by a "
                                           "power loss); it was never a usable backup.")
            .arg(where, size);
    }
    if (!error.isEmpty()) {
        return QCoreApplication::translate("engine::PartialSet",
                                           "%1 (%2) is the unfinished set of an interrupted "
                                           "backup, but %3.")
            .arg(where, size, error);
    }
    return QCoreApplication::translate("engine::PartialSet",
                                       "%1 (%2) is the unfinished set of an interrupted backup; "
                                       "the next backup to this destination removes it.")
        .arg(where, size);
}

PartialSetLock::PartialSetLock(const QString &partialPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(partialPath)))
{
    m_lock->setStaleLockTime(0);
}

PartialSetLock::~PartialSetLock() = default;

bool PartialSetLock::tryLock(QString *owner)
{
    if (m_lock->tryLock(0)) {
        return true;
    }
    if (owner != nullptr) {
        qint64 pid = 0;
        QString host;
        QString program;
        if (m_lock->getLockInfo(&pid, &host, &program)) {
            *owner = QCoreApplication::translate("engine::PartialSet", "process %1 on %2")
                         .arg(pid)
                         .arg(host);
        } else {
            *owner = m_lock->fileName();
        }
    }
    return false;
}

void PartialSetLock::unlock()
{
    m_lock->unlock();
}

QString PartialSetLock::lockPathFor(const QString &partialPath)
{
    return partialPath + kLockSuffix;
}

QList<PartialSet> sweepPartialSets(const QString &folder, bool remove)
{
    QList<PartialSet> found;
    if (QFileInfo(folder).isDir()) {
        sweepFolder(folder, remove, 1, found);
    }
    return found;
}

} // namespace engine
