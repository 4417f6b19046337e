// SPDX-License-Identifier: Apache-2.0
#include "common/serverpaths.h"

#include "common/fileio.h"
#include "common/logfile.h"

namespace certsrvsim {

using fileio::joinPath;

ServerPaths::ServerPaths(std::string directory, std::string name)
    : m_directory(std::move(directory)), m_name(std::move(name))
{}

std::string ServerPaths::configFile() const
{
    return joinPath(m_directory, "server.conf");
}

std::string ServerPaths::stateFile() const
{
    return joinPath(m_directory, "state");
}

std::string ServerPaths::restoreStateFile() const
{
    return fileio::joinPath(m_directory, "restore.pending");
}

std::string ServerPaths::registrationFile() const
{
    return joinPath(m_directory, "daemon.reg");
}

std::string ServerPaths::daemonLogFile() const
{
    return joinPath(m_directory, "daemon.log");
}

std::string ServerPaths::certLogDirectory() const
{
    return joinPath(m_directory, "CertLog");
}

std::string ServerPaths::certEnrollDirectory() const
{
    return joinPath(m_directory, "CertEnroll");
}

std::string ServerPaths::checkpointFile() const
{
    return joinPath(certLogDirectory(), "edb.chk");
}

std::string ServerPaths::databaseFile(const std::string &caName) const
{
    return joinPath(certLogDirectory(), caName + ".edb");
}

std::string ServerPaths::logFile(std::uint32_t generation) const
{
    return joinPath(certLogDirectory(), LogFile::fileName(generation));
}

std::string ServerPaths::certificateFile(const std::string &caName) const
{
    return joinPath(certEnrollDirectory(), caName + ".crt");
}

std::string ServerPaths::crlFile(const std::string &caName) const
{
    return joinPath(certEnrollDirectory(), caName + ".crl");
}

std::string ServerPaths::caKeyFile() const
{
    return joinPath(joinPath(m_directory, "ca"), "ca-key.pem");
}

std::string ServerPaths::caCertificateFile() const
{
    return joinPath(joinPath(m_directory, "ca"), "ca-cert.pem");
}

} // namespace certsrvsim
