// SPDX-License-Identifier: Apache-2.0
// Certification authorities this machine can find by itself. One implementation per OS:
// on Windows the local CA from the CertSvc configuration; on Linux the simulated servers.
#pragma once

#include <QList>
#include <QString>

namespace platform {

struct DiscoveredServer {
    QString server; // the name to pass to the backup API
    QString caName; // empty when not known
    QString source; // where it was found, for the operator
};

QList<DiscoveredServer> discoverServers();

} // namespace platform
