// SPDX-License-Identifier: Apache-2.0
// The logging category of certsrv-backup-cli: certsrv.cli, warnings and above unless --verbose
// or QT_LOGGING_RULES turns it up. What the operator asked for goes to standard output and
// standard error through clioutput.h, not through here.
#pragma once

#include <QLoggingCategory>

namespace cli {

Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace cli
