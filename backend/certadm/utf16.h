// SPDX-License-Identifier: Apache-2.0
// UTF-16 <-> UTF-8 conversion for names that cross the certadm boundary. Qt-free so that the
// certadm layer builds with mingw-w64 and without Qt.
#pragma once

#include "certbcli_abi.h"

#include <string>
#include <string_view>

namespace certadm {

// The API's WCHAR is char16_t here and wchar_t on Windows: both are UTF-16 code units, so the
// text is passed as it is.
inline const WCHAR *apiString(const std::u16string &text)
{
    return reinterpret_cast<const WCHAR *>(text.c_str());
}

// Converts UTF-16 to UTF-8. Unpaired surrogates become U+FFFD, so the result is always valid UTF-8.
std::string toUtf8(std::u16string_view text);

// Converts UTF-8 to UTF-16. Invalid sequences become U+FFFD.
std::u16string toUtf16(std::string_view text);

} // namespace certadm
