// SPDX-License-Identifier: Apache-2.0
// Safe local file names for names that the server supplies. A server name is never used as a
// path: only its last component is kept, and anything that could escape the backup set, name a
// device or collide with another entry is refused.
#pragma once

#include <set>
#include <string>

namespace certadm {

struct LocalName {
    bool ok = false;
    std::string name;  // UTF-8, a single path component
    std::string error; // why it was refused
};

// The last component of a UNC or local path (split at '\\' and '/'), checked for safety.
LocalName safeLocalName(std::u16string_view serverName);

// Hands out local names for one folder of a backup set and refuses two server entries that would
// map to the same file (compared case-insensitively, as on Windows' file systems).
class LocalNameSet {
public:
    LocalName add(std::u16string_view serverName);
    // Reserves a name that the tool writes itself (certbkxp.dat) so no server entry takes it.
    void reserve(const std::string &localName);

private:
    std::set<std::string> m_taken; // folded to lower case
};

} // namespace certadm
