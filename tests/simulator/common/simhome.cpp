// SPDX-License-Identifier: Apache-2.0
#include "common/simhome.h"

#include "common/fileio.h"
#include "common/hostos.h"
#include "common/utf16.h"

namespace certsrvsim {

SimHome::SimHome(std::string root) : m_root(std::move(root)) {}

SimHome SimHome::fromEnvironment()
{
    // The daemon's host names the home (a Windows client under Wine may get a Unix path).
    if (const auto home = hostos::environment("CERTSRV_SIM_HOME"); home && !home->empty())
        return SimHome(fileio::fromDaemonHost(*home));
    return SimHome(fileio::joinPath(hostos::userDataDirectory(), "certsrv-sim"));
}

std::string SimHome::serversDirectory() const
{
    return fileio::joinPath(m_root, "servers");
}

std::string SimHome::serverDirectory(const std::string &storedName) const
{
    return fileio::joinPath(serversDirectory(), storedName);
}

std::vector<std::string> SimHome::serverNames() const
{
    std::vector<std::string> names;
    for (const auto &name : fileio::listDirectory(serversDirectory())) {
        if (isValidServerName(name) && fileio::isDirectory(serverDirectory(name)))
            names.push_back(name);
    }
    return names;
}

std::optional<std::string> SimHome::findServer(std::string_view requested) const
{
    const std::string wanted = utf16::toUpperAscii(hostLabel(requested));
    if (!isValidServerName(wanted))
        return std::nullopt;
    for (const auto &name : serverNames()) {
        if (utf16::toUpperAscii(name) == wanted)
            return name;
    }
    return std::nullopt;
}

bool SimHome::isValidServerName(std::string_view name)
{
    if (name.empty() || name.size() > 15)
        return false;
    for (char c : name) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

std::string SimHome::hostLabel(std::string_view networkName)
{
    std::string_view name = networkName;
    while (!name.empty() && (name.front() == '\\' || name.front() == '/'))
        name.remove_prefix(1);
    const std::size_t dot = name.find('.');
    if (dot != std::string_view::npos)
        name = name.substr(0, dot);
    return std::string(name);
}

} // namespace certsrvsim
