// SPDX-License-Identifier: Apache-2.0
// The scriptable certadm library used by the unit tests: the test sets a FakeCertadmState through
// FakeCertadmState() and reads back what the engine called.
#pragma once

#include <cstdint>

struct FakeCertadmState {
    // Script
    std::int32_t onlineHr = 0;
    std::int32_t online = 1;
    std::int32_t prepareHr = 0;
    std::int32_t openHr = 0;
    std::int32_t readHr = 0;            // returned once readFailAfter bytes were read
    std::int64_t readFailAfter = -1;    // -1: never
    std::int64_t databaseSize = 300000; // bytes
    std::int32_t logCount = 3;
    std::int32_t firstLogGeneration = 1;
    std::int64_t logSize = 70000;
    std::int64_t shortByBytes = 0; // the server delivers this much less than announced
    std::int64_t extraBytes = 0;   // the server delivers this much more than announced
    std::int32_t overReport = 0;   // Read claims this many bytes more than the buffer holds
    std::int32_t truncateHr = 0;
    std::int32_t maxRead = 65536; // largest answer of one Read
    char16_t databaseName[128] = u"\\\\FAKE\\C$\\Windows\\system32\\CertLog\\Fake CA.edb";
    char16_t logNameOverride[128] = {}; // when set, the first log is listed under this name
    std::int32_t duplicateLog = 0;      // list the first log twice
    std::int32_t onlineDelayMs = 0;     // IsServerOnline answers this late (an unreachable server)

    // Record
    std::int32_t prepares = 0;
    std::int32_t ends = 0;
    std::int32_t opens = 0;
    std::int32_t closes = 0;
    std::int32_t reads = 0;
    std::int32_t truncates = 0;
    std::int32_t listsAllocated = 0;
    std::int32_t listsFreed = 0;
    std::int32_t openNow = 0;
    std::int32_t contextsOpen = 0;
    // IsServerOnline may run on any thread: read these two with __atomic_load_n.
    std::int32_t onlineCalls = 0;   // entered
    std::int32_t onlineReturns = 0; // returned
};

extern "C" FakeCertadmState *FakeCertadmGetState();
using PfnFakeCertadmGetState = FakeCertadmState *(*)();

// The content of byte `offset` of file `index` (0 = database, 1.. = logs).
inline unsigned char fakeCertadmByte(int index, std::int64_t offset)
{
    return static_cast<unsigned char>((offset * 31 + index * 7 + (offset >> 12)) & 0xFF);
}
