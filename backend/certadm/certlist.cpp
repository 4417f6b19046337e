// SPDX-License-Identifier: Apache-2.0
#include "certlist.h"

#include <cstring>

namespace certadm {
namespace {

bool isKnownType(char16_t c)
{
    switch (c) {
    case 0x44:
    case 0x21:
    case 0x82:
    case 0x83:
    case 0x25:
    case 0x0F:
        return true;
    default:
        return false;
    }
}

} // namespace

const char *fileTypeName(FileType type)
{
    switch (type) {
    case FileType::Database:
        return "database";
    case FileType::Log:
        return "log";
    case FileType::LogDirectory:
        return "log-directory";
    case FileType::CheckpointDirectory:
        return "checkpoint-directory";
    case FileType::PatchFile:
        return "patch-file";
    case FileType::Unknown:
        break;
    }
    return "unknown";
}

ParsedList parseList(const void *data, std::size_t byteCount, ListKind kind)
{
    ParsedList result;
    if (byteCount == 0) {
        result.ok = true;
        return result;
    }
    if (data == nullptr) {
        result.error = "the server returned a size but no list";
        return result;
    }
    if (byteCount % 2 != 0) {
        result.error =
            "the list has an odd byte count (" + std::to_string(byteCount) + "): it is not UTF-16";
        return result;
    }
    const std::size_t units = byteCount / 2;
    const auto *bytes = static_cast<const unsigned char *>(data);
    auto unitAt = [bytes](std::size_t i) {
        // memcpy: the buffer need not be aligned for char16_t.
        char16_t c;
        std::memcpy(&c, bytes + i * 2, sizeof c);
        return c;
    };

    std::size_t i = 0;
    while (i < units) {
        std::size_t end = i;
        while (end < units && unitAt(end) != 0) {
            ++end;
        }
        if (end == i) {
            // An empty entry is the list's final NUL: whatever follows is padding.
            break;
        }
        ListEntry entry;
        std::size_t nameStart = i;
        if (kind == ListKind::Typed) {
            const char16_t type = unitAt(i);
            if (!isKnownType(type)) {
                result.error = "entry " + std::to_string(result.entries.size() + 1) +
                               " has an unknown type character 0x" + [type] {
                                   static const char hex[] = "0123456789ABCDEF";
                                   std::string s;
                                   for (int shift = 12; shift >= 0; shift -= 4) {
                                       s += hex[(type >> shift) & 0xF];
                                   }
                                   return s;
                               }();
                return result;
            }
            entry.type = static_cast<FileType>(type);
            nameStart = i + 1;
            if (nameStart == end) {
                result.error = "entry " + std::to_string(result.entries.size() + 1) +
                               " has a type but no name";
                return result;
            }
        }
        entry.name.reserve(end - nameStart);
        for (std::size_t k = nameStart; k < end; ++k) {
            entry.name += unitAt(k);
        }
        result.entries.push_back(std::move(entry));
        // Past the entry's NUL; when the list lacked its final NUL, end == units and we stop.
        i = end + 1;
    }
    result.ok = true;
    return result;
}

} // namespace certadm
