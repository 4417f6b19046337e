// SPDX-License-Identifier: Apache-2.0
// The logging category of the profiles layer (profiles, secrets, runs): certsrv.profiles,
// warnings and above unless --verbose or QT_LOGGING_RULES turns it up.
#pragma once

#include <QLoggingCategory>

namespace profiles {

Q_DECLARE_LOGGING_CATEGORY(lcProfiles)

} // namespace profiles
