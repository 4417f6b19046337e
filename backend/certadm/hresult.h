// SPDX-License-Identifier: Apache-2.0
// HRESULT codes of the backup API in words: what happened and what the operator can do next.
#pragma once

#include "certbcli_abi.h"

#include <cstdint>
#include <string>

namespace certadm {

// What kind of trouble a code means; front ends map it to exit codes and next steps.
enum class ErrorCategory {
    None,              // success
    NeedsElevation,    // the backup privilege is missing
    ServerUnavailable, // CertSvc not running, paused or unreachable
    BackupInProgress,  // another backup of this CA runs
    NeedsFullBackup,   // logs-only without a full backup to extend
    DiskFull,          // no room at the destination
    NotFound,          // a file or path that does not exist
    BadData,           // the server or a set returned something malformed
    Failed,            // anything else
};

struct HresultDescription {
    std::string code;    // "0x80070005"
    std::string symbol;  // "E_ACCESSDENIED", empty when unknown
    std::string meaning; // one sentence
    std::string action;  // what to do next, one or two sentences
    // For translations (context "certadm"): the meaning's English source text, with %1 where
    // `meaning` has meaningArgument; empty where the system gave the meaning in its own language.
    // `action` is always a source text.
    std::string meaningText;
    std::string meaningArgument;
    ErrorCategory category = ErrorCategory::Failed;
    // The code is one of the known ones, with a meaning of its own (not "Windows error 5").
    bool known = false;
};

// "0x%08X" of the code.
std::string formatHresult(HRESULT hr);

HresultDescription describeHresult(HRESULT hr);

constexpr bool hrSucceeded(HRESULT hr)
{
    return hr >= 0;
}

// HRESULT_FROM_WIN32 for the codes the tool produces itself (disk full, file errors).
constexpr HRESULT hresultFromWin32(std::uint32_t error)
{
    return error == 0 ? 0 : static_cast<HRESULT>((error & 0x0000FFFFu) | (7u << 16) | 0x80000000u);
}

// Codes the tool itself reports, next to those of the server.
inline constexpr HRESULT kHrAccessDenied = static_cast<HRESULT>(0x80070005u);
inline constexpr HRESULT kHrPrivilegeNotHeld = static_cast<HRESULT>(0x80070522u);
inline constexpr HRESULT kHrServerUnavailable = static_cast<HRESULT>(0x800706BAu);
inline constexpr HRESULT kHrCallFailed = static_cast<HRESULT>(0x800706BEu);
inline constexpr HRESULT kHrDiskFull = static_cast<HRESULT>(0x80070070u);
inline constexpr HRESULT kHrInvalidData = static_cast<HRESULT>(0x8007000Du);
inline constexpr HRESULT kHrCancelled = static_cast<HRESULT>(0x800704C7u);
inline constexpr HRESULT kHrNotReady = static_cast<HRESULT>(0x80070015u);
inline constexpr HRESULT kHrWriteFault = static_cast<HRESULT>(0x8007001Du);
inline constexpr HRESULT kHrFileExists = static_cast<HRESULT>(0x80070050u);
inline constexpr HRESULT kHrFail = static_cast<HRESULT>(0x80004005u);
inline constexpr HRESULT kHrBackupInProgress = static_cast<HRESULT>(0xC80001F9u);
inline constexpr HRESULT kHrMissingFullBackup = static_cast<HRESULT>(0xC8000230u);

} // namespace certadm
