// SPDX-License-Identifier: Apache-2.0
#include "uilog.h"

namespace ui {

Q_LOGGING_CATEGORY(lcUi, "certsrv.ui", QtWarningMsg)

} // namespace ui
