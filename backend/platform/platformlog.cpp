// SPDX-License-Identifier: Apache-2.0
#include "platformlog.h"

namespace platform {

Q_LOGGING_CATEGORY(lcPlatform, "certsrv.platform", QtWarningMsg)

} // namespace platform
