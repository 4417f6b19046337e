// SPDX-License-Identifier: Apache-2.0
// The commands of certsrv-backup-cli by name, `help`, `--help` and `--version`.
#pragma once

#include <QStringList>

namespace cli {

// Runs the command `arguments` (argv as given) name; returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace cli
