// SPDX-License-Identifier: Apache-2.0
// A failure of the tool's own making (disk, files, names, a refused answer), carried like a
// server error: the HRESULT that fits, the step that failed, what happened in words and, where
// the code's own advice does not fit, what the operator can do.
#pragma once

#include "certadm/hresult.h"

#include <QString>

namespace engine {

struct JobError {
    HRESULT hr;
    QString step;
    QString message;
    QString action = {}; // empty: the code's own advice
};

} // namespace engine
