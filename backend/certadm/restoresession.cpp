// SPDX-License-Identifier: Apache-2.0
#include "restoresession.h"

#include "certlist.h"
#include "hresult.h"
#include "utf16.h"

namespace certadm {

RestoreSession::RestoreSession(std::shared_ptr<const CertadmLibrary> library, std::u16string server,
                               bool full)
    : m_library(std::move(library)), m_fn(m_library->functions())
{
    HCSBC hbc = nullptr;
    const HRESULT hr = m_fn.restorePrepare(apiString(server), full ? CSRESTORE_TYPE_FULL : 0, &hbc);
    if (!hrSucceeded(hr))
        throw CertadmError("CertSrvRestorePrepareW", hr);
    if (hbc == nullptr)
        throw CertadmError("CertSrvRestorePrepareW", kHrInvalidData, "no restore context");
    m_hbc = hbc;
}

RestoreSession::~RestoreSession()
{
    end();
}

std::vector<ListEntry> RestoreSession::databaseLocations()
{
    WCHAR *list = nullptr;
    DWORD size = 0;
    const HRESULT hr = m_fn.restoreGetDatabaseLocations(m_hbc, &list, &size);
    if (!hrSucceeded(hr))
        throw CertadmError("CertSrvRestoreGetDatabaseLocationsW", hr);
    const ParsedList parsed = parseList(list, list == nullptr ? 0 : size, ListKind::Typed);
    if (list != nullptr)
        m_fn.backupFree(list);
    if (!parsed.ok)
        throw CertadmError("CertSrvRestoreGetDatabaseLocationsW", kHrInvalidData, parsed.error);
    return parsed.entries;
}

void RestoreSession::registerRestore(const std::u16string &checkpointFolder,
                                     const std::u16string &logFolder,
                                     const std::vector<MapEntry> &map,
                                     const std::u16string &backupLogFolder, std::uint32_t genLow,
                                     std::uint32_t genHigh)
{
    // The API takes non-const strings in its map: give it copies it may not keep.
    std::vector<std::u16string> strings;
    strings.reserve(map.size() * 2);
    std::vector<CSEDB_RSTMAPW> entries;
    for (const auto &entry : map) {
        strings.push_back(entry.savedDatabase);
        strings.push_back(entry.newDatabase);
    }
    for (std::size_t i = 0; i < map.size(); ++i) {
        CSEDB_RSTMAPW raw{};
        raw.pwszDatabaseName = reinterpret_cast<WCHAR *>(strings[2 * i].data());
        raw.pwszNewDatabaseName = reinterpret_cast<WCHAR *>(strings[2 * i + 1].data());
        entries.push_back(raw);
    }
    const HRESULT hr = m_fn.restoreRegister(
        m_hbc, apiString(checkpointFolder), apiString(logFolder),
        entries.empty() ? nullptr : entries.data(), static_cast<LONG>(entries.size()),
        apiString(backupLogFolder), genLow, genHigh);
    if (!hrSucceeded(hr))
        throw CertadmError("CertSrvRestoreRegisterW", hr);
}

void RestoreSession::complete(HRESULT result)
{
    const HRESULT hr = m_fn.restoreRegisterComplete(m_hbc, result);
    if (!hrSucceeded(hr))
        throw CertadmError("CertSrvRestoreRegisterComplete", hr);
}

HRESULT RestoreSession::end()
{
    if (m_hbc == nullptr)
        return 0;
    const HRESULT hr = m_fn.restoreEnd(m_hbc);
    m_hbc = nullptr;
    return hr;
}

HRESULT shutDownServer(const CertadmLibrary &library, const std::u16string &server)
{
    DWORD size = 0;
    BYTE *out = nullptr;
    const HRESULT hr =
        library.functions().serverControl(apiString(server), CSCONTROL_SHUTDOWN, &size, &out);
    if (out != nullptr)
        library.functions().backupFree(out);
    return hr;
}

} // namespace certadm
