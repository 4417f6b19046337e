// SPDX-License-Identifier: Apache-2.0
// The POSIX elevation through pkexec, with the pkexec program to run chosen by the caller (tests
// give a stand-in that answers as pkexec does).
#pragma once

#include "elevation.h"

#include <memory>

namespace platform {

// pkexec is found on PATH when `pkexecProgram` is empty.
std::unique_ptr<Elevation> makePkexecElevation(const QString &pkexecProgram = QString());

} // namespace platform
