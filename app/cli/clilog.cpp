#include "clilog.h"

namespace cli {

Q_LOGGING_CATEGORY(lcCli, "certsrv.cli", QtWarningMsg)

} // namespace cli
