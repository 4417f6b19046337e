// SPDX-License-Identifier: Apache-2.0
// The logging category of the desktop application: certsrv.ui, warnings and above unless
// --verbose or QT_LOGGING_RULES turns it up.
#pragma once

#include <QLoggingCategory>

namespace ui {

Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace ui
