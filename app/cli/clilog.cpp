// SPDX-License-Identifier: Apache-2.0
#include "clilog.h"

namespace cli {

Q_LOGGING_CATEGORY(lcCli, "certsrv.cli", QtWarningMsg)

} // namespace cli
