// The commands of certsrv-backup-cli: backup, verify, list, servers, online. Each builds a
// request for the engine, shows its signals and returns a documented exit code.
#pragma once

#include <QStringList>

namespace cli {

// Parses `arguments` (argv as given) and runs the command; returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace cli
