// SPDX-License-Identifier: Apache-2.0
#include "destinationcheck.h"

#include "certadm/hresult.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace engine {
namespace {

// Linux file systems that show the kernel's state, not storage: nothing written there is kept.
bool isKernelFileSystem(const QByteArray &type)
{
    static const QByteArrayList kinds{
        "proc",     "sysfs",      "devtmpfs",    "devpts", "cgroup",     "cgroup2", "debugfs",
        "tracefs",  "securityfs", "pstore",      "bpf",    "configfs",   "fusectl", "mqueue",
        "efivarfs", "hugetlbfs",  "binfmt_misc", "autofs", "rpc_pipefs", "nsfs"};
    return kinds.contains(type);
}

} // namespace

DestinationProblem DestinationCheck::problemOf(const QString &folder)
{
    QFileInfo info(folder);
    // The nearest part of the path that exists decides.
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath()) {
            break;
        }
        info = QFileInfo(parent);
    }
    if (!info.exists()) {
        return {certadm::hresultFromWin32(3),
                tr("%1 cannot be created: not even its drive or share exists.")
                    .arg(QDir::toNativeSeparators(folder)),
                QString()};
    }
    const QString existing = info.absoluteFilePath();
    const QString where = QDir::toNativeSeparators(existing);
    if (!info.isDir()) {
        return {certadm::hresultFromWin32(267),
                tr("%1 is a file, not a folder: the backup cannot be written there.").arg(where),
                existing};
    }
    const QStorageInfo storage(existing);
    if (storage.isValid() && isKernelFileSystem(storage.fileSystemType())) {
        return {certadm::hresultFromWin32(19),
                tr("%1 is on %2, a file system that shows the operating system's state, not a "
                   "disk: nothing written there is kept.")
                    .arg(where, QString::fromLatin1(storage.fileSystemType())),
                existing};
    }
    if ((storage.isValid() && storage.isReadOnly()) || !info.isWritable()) {
        return {certadm::hresultFromWin32(19),
                tr("%1 cannot be written: it is on a read-only file system, or this account may "
                   "not write there.")
                    .arg(where),
                existing};
    }
    return {0, QString(), existing};
}

DestinationProblem DestinationCheck::problemOfTyped(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty()) {
        return {certadm::hresultFromWin32(161), tr("Enter the folder that is to hold the sets."),
                QString()};
    }
    if (QDir::isRelativePath(QDir::fromNativeSeparators(trimmed))) {
        return {certadm::hresultFromWin32(161),
                tr("%1 is not a full path: enter one that starts at a drive or share (such as "
                   "D:\\CABackup or \\\\server\\share\\CABackup; on Linux /srv/ca-backup).")
                    .arg(trimmed),
                QString()};
    }
    return problemOf(QDir::fromNativeSeparators(trimmed));
}

} // namespace engine
