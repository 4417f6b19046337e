// SPDX-License-Identifier: Apache-2.0
// The HRESULT values the simulator returns, with the names Microsoft's headers give them.
//
// The client library and the daemon must agree on these exact numbers: the application maps them
// to messages and decisions (retry, take a full backup first, ...) just as it does on Windows.
#pragma once

#include <cstdint>

namespace certsrvsim::hr {

// HRESULTs are 32-bit signed; writing them as unsigned literals keeps them readable.
constexpr std::int32_t fromUnsigned(std::uint32_t v)
{
    return static_cast<std::int32_t>(v);
}

constexpr std::int32_t kOk = 0;
constexpr std::int32_t kNotImpl = fromUnsigned(0x80004001u);          // E_NOTIMPL
constexpr std::int32_t kPointer = fromUnsigned(0x80004003u);          // E_POINTER
constexpr std::int32_t kFail = fromUnsigned(0x80004005u);             // E_FAIL
constexpr std::int32_t kFileNotFound = fromUnsigned(0x80070002u);     // ERROR_FILE_NOT_FOUND
constexpr std::int32_t kAccessDenied = fromUnsigned(0x80070005u);     // E_ACCESSDENIED
constexpr std::int32_t kInvalidHandle = fromUnsigned(0x80070006u);    // E_HANDLE
constexpr std::int32_t kOutOfMemory = fromUnsigned(0x8007000Eu);      // E_OUTOFMEMORY
constexpr std::int32_t kNotReady = fromUnsigned(0x80070015u);         // ERROR_NOT_READY
constexpr std::int32_t kReadFault = fromUnsigned(0x8007001Eu);        // ERROR_READ_FAULT
constexpr std::int32_t kSharingViolation = fromUnsigned(0x80070020u); // file in use
constexpr std::int32_t kInvalidArg = fromUnsigned(0x80070057u);       // E_INVALIDARG
constexpr std::int32_t kRpcServerUnavailable = fromUnsigned(0x800706BAu);
constexpr std::int32_t kRpcCallFailed = fromUnsigned(0x800706BEu);
constexpr std::int32_t kJetBackupInProgress = fromUnsigned(0xC80001F9u);            // -505
constexpr std::int32_t kJetInvalidBackupSequence = fromUnsigned(0xC8000209u);       // -521
constexpr std::int32_t kJetMissingFullBackup = fromUnsigned(0xC8000230u);           // -560
constexpr std::int32_t kJetLogFileCorrupt = fromUnsigned(0xC80001F5u);              // -501
constexpr std::int32_t kJetMissingLogFile = fromUnsigned(0xC8000210u);              // -528
constexpr std::int32_t kJetRequiredLogFilesMissing = fromUnsigned(0xC800021Fu);     // -543
constexpr std::int32_t kJetGivenLogFileIsNotContiguous = fromUnsigned(0xC800022Cu); // -556
constexpr std::int32_t kJetAttachedDatabaseMismatch = fromUnsigned(0xC80004C0u);    // -1216
constexpr std::int32_t kJetDatabaseCorrupted = fromUnsigned(0xC80004B6u);           // -1206
constexpr std::int32_t kDirectory =
    fromUnsigned(0x8007010Bu); // ERROR_DIRECTORY: wrong restore layout
constexpr std::int32_t kServerSuspended = fromUnsigned(0x80094006u); // CERTSRV_E_SERVER_SUSPENDED

} // namespace certsrvsim::hr
