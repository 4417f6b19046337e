// SPDX-License-Identifier: Apache-2.0
// Making written files and folders durable before a backup set is declared complete.
// One implementation per OS: filesync_posix.cpp, filesync_windows.cpp.
#pragma once

#include <QString>

class QFile;

namespace platform {

// Flushes an open file's data and metadata to the disk (fsync / FlushFileBuffers).
bool syncFile(QFile &file);

// Flushes a folder's entries (a rename, a new file) to the disk. On Windows NTFS journals the
// directory itself, and this is a no-op that returns true.
bool syncDirectory(const QString &path);

} // namespace platform
