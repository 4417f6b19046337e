// SPDX-License-Identifier: Apache-2.0
// Parsing of the name lists that the backup API returns (GetDatabaseNames, GetBackupLogs,
// GetDynamicFileList, RestoreGetDatabaseLocations): UTF-16 entries, each NUL-terminated, the list
// closed by one more NUL, the size given in BYTES. The parser trusts nothing the server sends.
#pragma once

#include "certbcli_abi.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace certadm {

enum class FileType : std::uint16_t {
    Database = 0x44,
    Log = 0x21,
    LogDirectory = 0x82,
    CheckpointDirectory = 0x83,
    PatchFile = 0x25,
    Unknown = 0x0F,
};

// A human word for a type ("database", "log", ...), for manifests and messages.
const char *fileTypeName(FileType type);

struct ListEntry {
    FileType type = FileType::Unknown; // Unknown for untyped lists
    std::u16string name;               // without the type character
};

struct ParsedList {
    bool ok = false;
    std::string error; // why the list was refused, when !ok
    std::vector<ListEntry> entries;
};

enum class ListKind {
    Typed,  // every entry starts with a CSBFT type character
    Untyped // GetDynamicFileList: plain names
};

// Parses `byteCount` bytes at `data`. Never reads past byteCount; copes with a missing final NUL;
// refuses an odd byte count, a typed entry without a name, and an unrecognised type character.
ParsedList parseList(const void *data, std::size_t byteCount, ListKind kind);

} // namespace certadm
