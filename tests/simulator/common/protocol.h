// SPDX-License-Identifier: Apache-2.0
// Wire protocol between the clients (certadm-sim, certsrv-sim) and the daemon (certsrv-simd).
//
// TCP on 127.0.0.1 only. Every message is a frame: u32 payload length (little-endian, at most
// kMaxFramePayload) followed by the payload. The client sends one request and waits for its one
// response; there is no pipelining, so a connection is a simple call channel.
//
//   request payload:   u16 opcode, u16 0, fields
//   response payload:  u16 opcode | 0x8000, u16 0, i32 HRESULT, fields
//                      (fields only when the HRESULT is S_OK, unless noted below)
//   field types:       u8, u32, u64 little-endian;
//                      str  = u32 count of UTF-16 code units, then the units (UTF-16LE);
//                      blob = u32 byte count, then the bytes
//
//   Hello (1)              -> u32 version, blob token (16 bytes), u8 elevated, str server name
//                          The first frame of every connection. A wrong token or version is
//                          answered with an error and the connection is closed.
//   IsOnline (2)           <- u8 online (0 while paused)
//   BackupPrepare (3)      -> u32 grbitJet, u32 backup flags
//                          On success this connection is the backup context until End.
//   GetDatabaseNames (4)   <- blob: the UTF-16LE multi-string handed to the caller as is
//   OpenFile (5)           -> str name (without the type character), u32 read hint
//                          <- u64 file size
//   Read (6)               -> u32 buffer size     <- blob data (empty at end of file)
//   Close (7)
//   GetBackupLogs (8)      <- blob multi-string (rolls the log first)
//   GetDynamicFileList (9) <- blob multi-string
//   TruncateLogs (10)
//   End (11)
//   GetDatabaseLocations (12) <- blob multi-string
//   ServerControl (13)     -> u32 control flags (the daemon answers, then acts)
//   RestorePrepare (14)    -> u32 restore flags
//   Status (20)            <- str: key=value lines (control tool)
//   SetFaults (21)         -> u8 clear, u32 count, str spec...  <- str message, on failure too
//
// A connection that closes while its backup context is open (no End) ends that backup on the
// daemon side and counts as a leaked context. A connection the daemon closes itself (fault
// drop-after) ends the backup without counting a leak.
#pragma once

#include <cstddef>
#include <cstdint>

namespace certsrvsim::protocol {

constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kMaxFramePayload = 16u * 1024 * 1024;
// The Hello frame (version, token, flag, server name) is small; nothing larger is read from a
// peer that has not authenticated.
constexpr std::size_t kMaxHelloPayload = 4096;
constexpr std::uint16_t kResponseBit = 0x8000;
constexpr std::size_t kRequestHeaderSize = 4;
constexpr std::size_t kResponseHeaderSize = 8;

enum class Op : std::uint16_t {
    Hello = 1,
    IsOnline = 2,
    BackupPrepare = 3,
    GetDatabaseNames = 4,
    OpenFile = 5,
    Read = 6,
    Close = 7,
    GetBackupLogs = 8,
    GetDynamicFileList = 9,
    TruncateLogs = 10,
    End = 11,
    GetDatabaseLocations = 12,
    ServerControl = 13,
    RestorePrepare = 14,
    Status = 20,
    SetFaults = 21,
};

} // namespace certsrvsim::protocol
