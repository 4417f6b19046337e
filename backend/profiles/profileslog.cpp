// SPDX-License-Identifier: Apache-2.0
#include "profileslog.h"

namespace profiles {

Q_LOGGING_CATEGORY(lcProfiles, "certsrv.profiles", QtWarningMsg)

} // namespace profiles
