// SPDX-License-Identifier: Apache-2.0
// fileio.h with POSIX system calls.
#include "common/fileio.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace certsrvsim::fileio {

int openFile(const std::string &path, OpenMode how, unsigned mode)
{
    switch (how) {
    case OpenMode::Read:
        return ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    case OpenMode::ReadWrite:
        return ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    case OpenMode::CreateNew:
        return ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC,
                      static_cast<mode_t>(mode));
    }
    errno = EINVAL;
    return -1;
}

void closeFile(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

bool syncFile(int fd)
{
    return fd >= 0 && ::fdatasync(fd) == 0;
}

std::optional<std::uint64_t> openFileSize(int fd)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return std::nullopt;
    return static_cast<std::uint64_t>(st.st_size);
}

bool writeAll(int fd, const void *data, std::size_t size)
{
    const auto *p = static_cast<const std::uint8_t *>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool preadAll(int fd, void *data, std::size_t size, std::uint64_t offset)
{
    auto *p = static_cast<std::uint8_t *>(data);
    while (size > 0) {
        const ssize_t n = ::pread(fd, p, size, static_cast<off_t>(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO; // the file is shorter than its format says: treat as damage
            return false;
        }
        p += n;
        size -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return true;
}

bool pwriteAll(int fd, const void *data, std::size_t size, std::uint64_t offset)
{
    const auto *p = static_cast<const std::uint8_t *>(data);
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, p, size, static_cast<off_t>(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        size -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return true;
}

bool writeFileAtomic(const std::string &path, const std::string &content, unsigned mode,
                     std::string *error)
{
    const std::string tmp = path + ".tmp." + std::to_string(::getpid());
    const int fd =
        ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd < 0) {
        if (error)
            *error = "cannot create " + tmp + ": " + errnoText(errno);
        return false;
    }
    // The umask must not widen or narrow the mode the caller asked for (daemon.reg is 0600).
    ::fchmod(fd, static_cast<mode_t>(mode));
    const bool ok = writeAll(fd, content.data(), content.size()) && ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(tmp.c_str());
        if (error)
            *error = "cannot write " + tmp + ": " + errnoText(err);
        return false;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int renameErr = errno;
        ::unlink(tmp.c_str());
        if (error)
            *error = "cannot rename " + tmp + " to " + path + ": " + errnoText(renameErr);
        return false;
    }
    return true;
}

std::optional<std::string> readTextFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::string out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return out;
}

bool makeDirectory(const std::string &path, std::string *error)
{
    if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) {
        if (error)
            *error = "cannot create folder " + path + ": " + errnoText(errno);
        return false;
    }
    return true;
}

namespace {

int removeEntry(const char *path, const struct stat *, int, struct FTW *)
{
    return ::remove(path);
}

} // namespace

bool removeTree(const std::string &path)
{
    return ::nftw(path.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS) == 0;
}

std::vector<std::string> listDirectory(const std::string &path)
{
    std::vector<std::string> names;
    DIR *dir = ::opendir(path.c_str());
    if (dir == nullptr)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..")
            names.push_back(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

bool isDirectory(const std::string &path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool isRegularFile(const std::string &path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::optional<std::uint64_t> fileSize(const std::string &path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return static_cast<std::uint64_t>(st.st_size);
}

std::string resolvedPath(const std::string &path)
{
    char buffer[PATH_MAX];
    return ::realpath(path.c_str(), buffer) != nullptr ? std::string(buffer) : path;
}

bool samePathText(const std::string &a, const std::string &b)
{
    return a == b;
}

std::string executableDirectory()
{
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return ".";
    return dirName(std::string(buf, static_cast<std::size_t>(n)));
}

std::string fromDaemonHost(const std::string &path)
{
    return path;
}

std::string forDaemonHost(const std::string &path)
{
    return path;
}

} // namespace certsrvsim::fileio
