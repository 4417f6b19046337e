// SPDX-License-Identifier: Apache-2.0
// The files of one simulated server, under <home>/servers/<NAME>/:
//   server.conf                  ca_name=..., db_pages=..., created=... (see serverconfig.h)
//   CertLog/<CA name>.edb        the database (format in format.h)
//   CertLog/edbXXXXX.log         1 MiB transaction logs, XXXXX = generation, 5 uppercase hex digits
//   CertLog/edb.chk              checkpoint generation (checkpoint_generation=N)
//   CertEnroll/<CA name>.crt     CA certificate and CRL: the "dynamic files" of the backup API
//   CertEnroll/<CA name>.crl
//   ca/ca-key.pem                the CA's private key (PKCS#8 PEM, mode 0600)
//   ca/ca-cert.pem               the CA's self-signed certificate (PEM), subject CN=<CA name>
//   state                        what must survive daemon restarts (see daemonstate.h)
//   restore.pending              a registered restore not yet recovered (see restorestate.h)
//   daemon.reg                   registration of the running daemon (see registration.h)
//   daemon.log                   one line per daemon event
#pragma once

#include <cstdint>
#include <string>

namespace certsrvsim {

class ServerPaths {
public:
    ServerPaths(std::string directory, std::string name);

    const std::string &name() const { return m_name; }
    const std::string &directory() const { return m_directory; }

    std::string configFile() const;
    std::string stateFile() const;
    std::string restoreStateFile() const;
    std::string registrationFile() const;
    std::string daemonLogFile() const;
    std::string certLogDirectory() const;
    std::string certEnrollDirectory() const;
    std::string checkpointFile() const;
    std::string databaseFile(const std::string &caName) const;
    std::string logFile(std::uint32_t generation) const;
    std::string certificateFile(const std::string &caName) const;
    std::string crlFile(const std::string &caName) const;
    std::string caKeyFile() const;
    std::string caCertificateFile() const;

private:
    std::string m_directory;
    std::string m_name;
};

} // namespace certsrvsim
