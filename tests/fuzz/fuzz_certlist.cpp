// SPDX-License-Identifier: Apache-2.0
// Fuzzes the parser of the name lists that the server returns, and the safe-name check that
// every parsed entry then goes through.
#include "certadm/certlist.h"
#include "certadm/localname.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The first byte picks the list kind; the rest is the list as the server would send it.
    if (size == 0) {
        return 0;
    }
    const auto kind = (data[0] & 1) != 0 ? certadm::ListKind::Typed : certadm::ListKind::Untyped;
    const certadm::ParsedList parsed = certadm::parseList(data + 1, size - 1, kind);
    if (parsed.ok == !parsed.error.empty()) {
        std::abort(); // exactly one of a result and an error
    }
    std::size_t units = 0;
    certadm::LocalNameSet names;
    for (const certadm::ListEntry &entry : parsed.entries) {
        units += entry.name.size() + (kind == certadm::ListKind::Typed ? 1 : 0);
        const certadm::LocalName local = names.add(entry.name);
        if (local.ok && (local.name.empty() || local.name == "." || local.name == ".." ||
                         local.name.find('/') != std::string::npos ||
                         local.name.find('\\') != std::string::npos)) {
            std::abort(); // an unsafe name slipped through
        }
    }
    if (units * 2 > size - 1) {
        std::abort(); // entries hold more than the list had
    }
    return 0;
}
