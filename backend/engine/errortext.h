// SPDX-License-Identifier: Apache-2.0
// What an HRESULT means and what to do about it, in the operator's language.
#pragma once

#include "certadm/hresult.h"

#include <QString>

namespace engine {

// The certadm core's words for what a failure asks of the operator, and its catch-all code, for
// the front ends.
using ErrorCategory = certadm::ErrorCategory;
inline constexpr HRESULT kHrFail = certadm::kHrFail;

struct ErrorText {
    QString code;    // "0x80070005"
    QString symbol;  // "E_ACCESSDENIED", empty when unknown
    QString meaning; // one sentence, translated
    QString action;  // what to do next, translated
    certadm::ErrorCategory category = certadm::ErrorCategory::Failed;
    // The code is a known one with a meaning of its own, not "Windows error 5" or "Unknown error".
    bool known = false;
};

// certadm::describeHresult with its texts translated (context "certadm").
ErrorText describeError(HRESULT hr);

} // namespace engine
