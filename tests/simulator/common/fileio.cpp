// SPDX-License-Identifier: Apache-2.0
// The system-independent part of fileio.h: error text and path strings.
#include "common/fileio.h"

#include <cstring>

namespace certsrvsim::fileio {

namespace {

#if defined(_WIN32)
constexpr char kSeparator = '\\';
#else
constexpr char kSeparator = '/';
#endif

std::string withoutTrailingSeparators(const std::string &path)
{
    std::string p = path;
    while (p.size() > 1 && isSeparator(p.back()))
        p.pop_back();
    return p;
}

std::size_t lastSeparator(const std::string &path)
{
    for (std::size_t i = path.size(); i > 0; --i) {
        if (isSeparator(path[i - 1]))
            return i - 1;
    }
    return std::string::npos;
}

} // namespace

std::string errnoText(int err)
{
    return std::strerror(err);
}

bool isSeparator(char c)
{
#if defined(_WIN32)
    return c == '/' || c == '\\';
#else
    return c == '/';
#endif
}

bool makeDirectories(const std::string &path, std::string *error)
{
    std::size_t pos = 0;
    while (pos <= path.size()) {
        std::size_t next = pos;
        while (next < path.size() && !isSeparator(path[next]))
            ++next;
        const std::string partial = path.substr(0, next);
        // "C:" is a drive, not a folder to create.
        const bool drive = partial.size() == 2 && partial[1] == ':';
        if (!partial.empty() && !drive && !makeDirectory(partial, error))
            return false;
        if (next >= path.size())
            break;
        pos = next + 1;
    }
    if (!isDirectory(path)) {
        if (error)
            *error = path + " exists but is not a folder";
        return false;
    }
    return true;
}

std::string joinPath(const std::string &a, const std::string &b)
{
    if (a.empty())
        return b;
    if (isSeparator(a.back()))
        return a + b;
    return a + kSeparator + b;
}

std::string baseName(const std::string &path)
{
    const std::string p = withoutTrailingSeparators(path);
    const std::size_t slash = lastSeparator(p);
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

std::string dirName(const std::string &path)
{
    const std::string p = withoutTrailingSeparators(path);
    const std::size_t slash = lastSeparator(p);
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return p.substr(0, 1);
#if defined(_WIN32)
    if (slash == 2 && p[1] == ':')
        return p.substr(0, 3); // "C:\\x" -> "C:\\", the root of the drive
#endif
    return p.substr(0, slash);
}

} // namespace certsrvsim::fileio
