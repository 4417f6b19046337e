#include "uilog.h"

namespace ui {

Q_LOGGING_CATEGORY(lcUi, "certsrv.ui", QtWarningMsg)

} // namespace ui
