// SPDX-License-Identifier: Apache-2.0
// Thin file helpers shared by the daemon, the client library and the control tool.
//
// They retry on EINTR and short transfers so callers can treat a read or write as all-or-nothing,
// and they report errors as text that names the file, ready for a message to the operator.
// Paths are UTF-8. fileio_posix.cpp and fileio_windows.cpp hold the system calls (on Windows the
// wide API, so that any path works); this header and fileio.cpp are the same everywhere.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certsrvsim::fileio {

std::string errnoText(int err);

// --- Open files, as descriptors (POSIX) or C runtime descriptors (Windows); failures set errno.
enum class OpenMode {
    Read,      // existing file, read only
    ReadWrite, // existing file
    CreateNew, // new file, read and write; fails if it exists. `mode` applies to it (POSIX).
};
int openFile(const std::string &path, OpenMode how, unsigned mode = 0644);
void closeFile(int fd);
// Flushes the file's data to stable storage (fdatasync; FlushFileBuffers).
bool syncFile(int fd);
std::optional<std::uint64_t> openFileSize(int fd);

// Sequential write at the current position; positioned reads and writes. On Windows the
// positioned calls move the file position, so a file written with writeAll must not be written
// with pwriteAll before it (nobody does).
bool writeAll(int fd, const void *data, std::size_t size);
bool preadAll(int fd, void *data, std::size_t size, std::uint64_t offset);
bool pwriteAll(int fd, const void *data, std::size_t size, std::uint64_t offset);

// Writes to a temporary file beside `path`, flushes it and renames it over `path`, so readers
// see either the old or the new content, never half of it. `mode` is ignored on Windows.
bool writeFileAtomic(const std::string &path, const std::string &content, unsigned mode,
                     std::string *error);
std::optional<std::string> readTextFile(const std::string &path);

bool makeDirectories(const std::string &path, std::string *error);
// One folder whose parent exists; true if it exists already.
bool makeDirectory(const std::string &path, std::string *error);
bool removeTree(const std::string &path);
std::vector<std::string> listDirectory(const std::string &path);
bool isDirectory(const std::string &path);
bool isRegularFile(const std::string &path);
std::optional<std::uint64_t> fileSize(const std::string &path);

// '/' joins and splits paths; on Windows '\\' too, and joinPath inserts '\\'.
bool isSeparator(char c);
std::string joinPath(const std::string &a, const std::string &b);
std::string baseName(const std::string &path);
std::string dirName(const std::string &path);

// The absolute path with links resolved as far as the system can; `path` itself if it cannot.
std::string resolvedPath(const std::string &path);
// Whether two path strings name the same file by text: exact on POSIX, ignoring case on Windows.
bool samePathText(const std::string &a, const std::string &b);

// Directory of the running executable (from /proc/self/exe), used to find sibling programs.
std::string executableDirectory();

// The daemon's host and this process may see the file system under different names: a Windows
// client under Wine gets the simulator home as a Unix path and hands the daemon DOS paths. These
// convert between the two under Wine and return the path unchanged everywhere else.
// fromDaemonHost: a path as the daemon's host names it (e.g. $CERTSRV_SIM_HOME), for our own use.
// forDaemonHost:  one of our paths, for a file the daemon reads (restore.pending).
std::string fromDaemonHost(const std::string &path);
std::string forDaemonHost(const std::string &path);

} // namespace certsrvsim::fileio
