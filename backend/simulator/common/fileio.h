// SPDX-License-Identifier: Apache-2.0
// Thin POSIX file helpers shared by the daemon, the client library and the control tool.
//
// They retry on EINTR and short transfers so callers can treat a read or write as all-or-nothing,
// and they report errors as text that names the file, ready for a message to the operator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certsrvsim::fileio {

std::string errnoText(int err);

bool writeAll(int fd, const void *data, std::size_t size);
bool preadAll(int fd, void *data, std::size_t size, std::uint64_t offset);
bool pwriteAll(int fd, const void *data, std::size_t size, std::uint64_t offset);

// Writes to a temporary file beside `path`, flushes it and renames it over `path`, so readers
// see either the old or the new content, never half of it.
bool writeFileAtomic(const std::string &path, const std::string &content, unsigned mode,
                     std::string *error);
std::optional<std::string> readTextFile(const std::string &path);

bool makeDirectories(const std::string &path, std::string *error);
bool removeTree(const std::string &path);
std::vector<std::string> listDirectory(const std::string &path);
bool isDirectory(const std::string &path);
bool isRegularFile(const std::string &path);
std::optional<std::uint64_t> fileSize(const std::string &path);

std::string joinPath(const std::string &a, const std::string &b);
std::string baseName(const std::string &path);
std::string dirName(const std::string &path);

// Directory of the running executable (from /proc/self/exe), used to find sibling programs.
std::string executableDirectory();

} // namespace certsrvsim::fileio
