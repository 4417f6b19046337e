// SPDX-License-Identifier: Apache-2.0
#include "common/hostos.h"

#include "common/fileio.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <pwd.h>
#include <sys/random.h>
#include <unistd.h>

namespace certsrvsim::hostos {

std::optional<std::string> environment(const char *name)
{
    const char *value = std::getenv(name);
    if (value == nullptr)
        return std::nullopt;
    return std::string(value);
}

std::string userDataDirectory()
{
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/')
        return xdg;
    std::string userHome;
    if (const char *home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        userHome = home;
    } else if (const passwd *pw = ::getpwuid(::getuid()); pw != nullptr && pw->pw_dir != nullptr) {
        userHome = pw->pw_dir;
    } else {
        userHome = "/tmp";
    }
    return fileio::joinPath(userHome, ".local/share");
}

bool processIsElevated()
{
    return ::geteuid() == 0;
}

bool processAlive(std::int64_t pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
    const auto stat = fileio::readTextFile("/proc/" + std::to_string(pid) + "/stat");
    if (!stat)
        return true; // no /proc: trust kill()
    // The state letter follows the command name, which is in parentheses and may hold spaces.
    const std::size_t paren = stat->rfind(')');
    if (paren != std::string::npos && paren + 2 < stat->size())
        return (*stat)[paren + 2] != 'Z' && (*stat)[paren + 2] != 'X';
    return true;
}

bool randomBytes(void *data, std::size_t size)
{
    auto *p = static_cast<std::uint8_t *>(data);
    std::size_t filled = 0;
    while (filled < size) {
        const ssize_t n = ::getrandom(p + filled, size - filled, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        filled += static_cast<std::size_t>(n);
    }
    if (filled < size) {
        // getrandom is always there on the Linux versions we support; /dev/urandom is the
        // fallback for exotic sandboxes that filter the system call.
        const int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            if (fileio::preadAll(fd, p + filled, size - filled, 0))
                filled = size;
            ::close(fd);
        }
    }
    return filled == size;
}

} // namespace certsrvsim::hostos
