// SPDX-License-Identifier: Apache-2.0
// The logging category of the platform layer (privileges, elevation, discovery, CA folders):
// certsrv.platform, warnings and above unless --verbose or QT_LOGGING_RULES turns it up.
#pragma once

#include <QLoggingCategory>

namespace platform {

Q_DECLARE_LOGGING_CATEGORY(lcPlatform)

} // namespace platform
