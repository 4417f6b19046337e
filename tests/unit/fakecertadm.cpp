// SPDX-License-Identifier: Apache-2.0
// A certadm library with scripted behaviour; see fakecertadm.h.
#include "fakecertadm.h"

#include "certadm/certbcli_abi.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#if defined(_WIN32)
// certbcli.h declares these functions dllimport; this library defines and exports them instead.
#define FAKE_EXPORT extern "C" __declspec(dllexport)
#else
#define FAKE_EXPORT extern "C" __attribute__((visibility("default")))
#endif

namespace {

FakeCertadmState g_state;

struct Context {
    int openIndex = -1;
    std::int64_t offset = 0;
    std::int64_t size = 0;
    std::int64_t readTotal = 0;
};

std::u16string logName(int i)
{
    if (i == 0 && g_state.logNameOverride[0] != 0) {
        return g_state.logNameOverride;
    }
    char name[64];
    std::snprintf(name, sizeof name, "\\\\FAKE\\C$\\Windows\\system32\\CertLog\\edb%05X.log",
                  g_state.firstLogGeneration + i);
    return std::u16string(name, name + std::strlen(name));
}

HRESULT makeList(const std::vector<std::u16string> &entries, WCHAR **list, DWORD *bytes)
{
    std::u16string all;
    for (const std::u16string &entry : entries) {
        all += entry;
        all += u'\0';
    }
    all += u'\0';
    auto *buffer = new WCHAR[all.size()];
    std::copy(all.begin(), all.end(), buffer);
    *list = buffer;
    *bytes = static_cast<DWORD>(all.size() * 2);
    ++g_state.listsAllocated;
    return 0;
}

} // namespace

FAKE_EXPORT FakeCertadmState *FakeCertadmGetState()
{
    return &g_state;
}

FAKE_EXPORT HRESULT CertSrvIsServerOnlineW(WCHAR const *, BOOL *online)
{
    __atomic_add_fetch(&g_state.onlineCalls, 1, __ATOMIC_SEQ_CST);
    if (g_state.onlineDelayMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(g_state.onlineDelayMs));
    }
    *online = g_state.online;
    const HRESULT hr = g_state.onlineHr;
    __atomic_add_fetch(&g_state.onlineReturns, 1, __ATOMIC_SEQ_CST);
    return hr;
}

FAKE_EXPORT HRESULT CertSrvBackupPrepareW(WCHAR const *, ULONG, ULONG, HCSBC *phbc)
{
    ++g_state.prepares;
    if (g_state.prepareHr < 0) {
        return g_state.prepareHr;
    }
    *phbc = new Context();
    ++g_state.contextsOpen;
    return 0;
}

FAKE_EXPORT HRESULT CertSrvBackupGetDatabaseNamesW(HCSBC, WCHAR **list, DWORD *bytes)
{
    return makeList({std::u16string(1, u'D') + g_state.databaseName}, list, bytes);
}

FAKE_EXPORT HRESULT CertSrvBackupGetBackupLogsW(HCSBC, WCHAR **list, DWORD *bytes)
{
    std::vector<std::u16string> entries;
    for (int i = 0; i < g_state.logCount; ++i) {
        entries.push_back(std::u16string(1, u'!').append(logName(i)));
    }
    if (g_state.duplicateLog != 0 && g_state.logCount > 0) {
        entries.push_back(std::u16string(1, u'!').append(logName(0)));
    }
    return makeList(entries, list, bytes);
}

FAKE_EXPORT HRESULT CertSrvBackupGetDynamicFileListW(HCSBC, WCHAR **list, DWORD *bytes)
{
    return makeList({u"\\\\FAKE\\C$\\Windows\\system32\\CertSrv\\CertEnroll\\Fake CA.crl"}, list,
                    bytes);
}

FAKE_EXPORT HRESULT CertSrvRestoreGetDatabaseLocationsW(HCSBC, WCHAR **list, DWORD *bytes)
{
    std::u16string db = g_state.databaseName;
    const std::size_t cut = db.find_last_of(u'\\');
    return makeList({u"D" + std::u16string(u"C:\\Windows\\system32\\CertLog") + db.substr(cut),
                     std::u16string(1, char16_t(0x82)) + u"C:\\Windows\\system32\\CertLog",
                     std::u16string(1, char16_t(0x83)) + u"C:\\Windows\\system32\\CertLog"},
                    list, bytes);
}

FAKE_EXPORT HRESULT CertSrvBackupOpenFileW(HCSBC hbc, WCHAR const *name, DWORD, LARGE_INTEGER *size)
{
    auto *context = static_cast<Context *>(hbc);
    if (g_state.openHr < 0) {
        return g_state.openHr;
    }
    if (context->openIndex >= 0) {
        return static_cast<HRESULT>(0xC8000209u);
    }
    const std::u16string wanted(reinterpret_cast<const char16_t *>(name));
    int index = -1;
    if (wanted == g_state.databaseName) {
        index = 0;
        context->size = g_state.databaseSize;
    } else {
        for (int i = 0; i < g_state.logCount; ++i) {
            if (wanted == logName(i)) {
                index = i + 1;
                context->size = g_state.logSize;
            }
        }
    }
    if (index < 0) {
        return static_cast<HRESULT>(0x80070002u);
    }
    context->openIndex = index;
    context->offset = 0;
    size->QuadPart = context->size;
    ++g_state.opens;
    ++g_state.openNow;
    return 0;
}

FAKE_EXPORT HRESULT CertSrvBackupRead(HCSBC hbc, void *buffer, DWORD cb, DWORD *read)
{
    auto *context = static_cast<Context *>(hbc);
    ++g_state.reads;
    if (g_state.readFailAfter >= 0 && context->readTotal >= g_state.readFailAfter) {
        return g_state.readHr;
    }
    const std::int64_t deliverable = std::max<std::int64_t>(
        0, context->size - g_state.shortByBytes + g_state.extraBytes - context->offset);
    const std::int64_t n =
        std::min<std::int64_t>({static_cast<std::int64_t>(cb), g_state.maxRead, deliverable});
    auto *out = static_cast<unsigned char *>(buffer);
    for (std::int64_t i = 0; i < n; ++i) {
        out[i] = fakeCertadmByte(context->openIndex, context->offset + i);
    }
    context->offset += n;
    context->readTotal += n;
    *read = static_cast<DWORD>(n);
    if (g_state.overReport > 0 && n > 0) {
        *read = cb + static_cast<DWORD>(g_state.overReport);
    }
    return 0;
}

FAKE_EXPORT HRESULT CertSrvBackupClose(HCSBC hbc)
{
    auto *context = static_cast<Context *>(hbc);
    if (context->openIndex < 0) {
        return static_cast<HRESULT>(0xC8000209u);
    }
    context->openIndex = -1;
    ++g_state.closes;
    --g_state.openNow;
    return 0;
}

FAKE_EXPORT HRESULT CertSrvBackupTruncateLogs(HCSBC hbc)
{
    if (static_cast<Context *>(hbc)->openIndex >= 0) {
        return static_cast<HRESULT>(0xC8000209u);
    }
    ++g_state.truncates;
    return g_state.truncateHr;
}

#ifndef FAKECERTADM_OMIT_END
FAKE_EXPORT HRESULT CertSrvBackupEnd(HCSBC hbc)
{
    delete static_cast<Context *>(hbc);
    ++g_state.ends;
    --g_state.contextsOpen;
    return 0;
}
#endif

FAKE_EXPORT void CertSrvBackupFree(void *pv)
{
    if (pv != nullptr) {
        ++g_state.listsFreed;
        delete[] static_cast<WCHAR *>(pv);
    }
}

FAKE_EXPORT HRESULT CertSrvRestorePrepareW(WCHAR const *, ULONG, HCSBC *)
{
    return static_cast<HRESULT>(0x80004001u);
}

FAKE_EXPORT HRESULT CertSrvRestoreRegisterW(HCSBC, WCHAR const *, WCHAR const *, CSEDB_RSTMAPW[],
                                            LONG, WCHAR const *, ULONG, ULONG)
{
    return static_cast<HRESULT>(0x80004001u);
}

FAKE_EXPORT HRESULT CertSrvRestoreRegisterComplete(HCSBC, HRESULT)
{
    return static_cast<HRESULT>(0x80004001u);
}

FAKE_EXPORT HRESULT CertSrvRestoreEnd(HCSBC)
{
    return static_cast<HRESULT>(0x80004001u);
}

FAKE_EXPORT HRESULT CertSrvServerControlW(WCHAR const *, DWORD, DWORD *, BYTE **)
{
    return static_cast<HRESULT>(0x80004001u);
}
