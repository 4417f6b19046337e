// SPDX-License-Identifier: Apache-2.0
#include "backupsession.h"

#include "hresult.h"
#include "utf16.h"

#include <utility>

namespace certadm {

CertadmError::CertadmError(std::string call, HRESULT hr, const std::string &detail)
    : std::runtime_error(call + " failed with " + formatHresult(hr) +
                         (detail.empty() ? std::string() : ": " + detail)),
      m_call(std::move(call)), m_hr(hr), m_detail(detail)
{}

ServerOnline isServerOnline(const CertadmLibrary &library, const std::u16string &server)
{
    ServerOnline result;
    BOOL online = 0;
    result.hr = library.functions().isServerOnline(apiString(server), &online);
    result.online = hrSucceeded(result.hr) && online != 0;
    return result;
}

BackupFile::BackupFile(BackupFile &&other) noexcept
    : m_session(std::exchange(other.m_session, nullptr)), m_size(other.m_size)
{}

BackupFile::~BackupFile()
{
    if (m_session != nullptr && m_session->m_hbc != nullptr) {
        // Errors are not reported from here: the caller is already leaving on another path, and
        // the context still gets its End.
        m_session->m_fn.backupClose(m_session->m_hbc);
        m_session->m_fileOpen = false;
    }
}

std::uint32_t BackupFile::read(void *buffer, std::uint32_t capacity)
{
    if (m_session == nullptr) {
        throw std::logic_error("read from a closed backup file");
    }
    DWORD got = 0;
    const HRESULT hr = m_session->m_fn.backupRead(m_session->m_hbc, buffer, capacity, &got);
    if (!hrSucceeded(hr)) {
        throw CertadmError("CertSrvBackupRead", hr);
    }
    if (got > capacity) {
        throw CertadmError("CertSrvBackupRead", kHrInvalidData,
                           "the server claims to have read more bytes than the buffer holds");
    }
    return got;
}

void BackupFile::close()
{
    BackupSession *session = std::exchange(m_session, nullptr);
    if (session == nullptr) {
        return;
    }
    session->m_fileOpen = false;
    const HRESULT hr = session->m_fn.backupClose(session->m_hbc);
    if (!hrSucceeded(hr)) {
        throw CertadmError("CertSrvBackupClose", hr);
    }
}

BackupSession::BackupSession(std::shared_ptr<const CertadmLibrary> library, std::u16string server,
                             BackupType type)
    : m_library(std::move(library)), m_fn(m_library->functions()), m_server(std::move(server)),
      m_type(type)
{
    const ULONG flags = type == BackupType::Full ? CSBACKUP_TYPE_FULL : CSBACKUP_TYPE_LOGS_ONLY;
    HCSBC hbc = nullptr;
    const HRESULT hr = m_fn.backupPrepare(apiString(m_server), 0, flags, &hbc);
    if (!hrSucceeded(hr)) {
        throw CertadmError("CertSrvBackupPrepareW", hr);
    }
    if (hbc == nullptr) {
        throw CertadmError("CertSrvBackupPrepareW", kHrInvalidData,
                           "the server returned no backup context");
    }
    m_hbc = hbc;
}

BackupSession::~BackupSession()
{
    if (m_hbc != nullptr) {
        if (m_fileOpen) {
            m_fn.backupClose(m_hbc);
        }
        m_fn.backupEnd(m_hbc);
    }
}

HRESULT BackupSession::end()
{
    HCSBC hbc = std::exchange(m_hbc, nullptr);
    if (hbc == nullptr) {
        return 0;
    }
    if (m_fileOpen) {
        m_fn.backupClose(hbc);
        m_fileOpen = false;
    }
    return m_fn.backupEnd(hbc);
}

std::vector<unsigned char> BackupSession::fetchList(ListCall call, const char *callName)
{
    if (m_hbc == nullptr) {
        throw std::logic_error("backup context already ended");
    }
    WCHAR *list = nullptr;
    DWORD bytes = 0;
    HRESULT hr = 0;
    switch (call) {
    case ListCall::DatabaseNames:
        hr = m_fn.backupGetDatabaseNames(m_hbc, &list, &bytes);
        break;
    case ListCall::BackupLogs:
        hr = m_fn.backupGetBackupLogs(m_hbc, &list, &bytes);
        break;
    case ListCall::DynamicFiles:
        hr = m_fn.backupGetDynamicFileList(m_hbc, &list, &bytes);
        break;
    case ListCall::Locations:
        hr = m_fn.restoreGetDatabaseLocations(m_hbc, &list, &bytes);
        break;
    }
    // The list belongs to the library until CertSrvBackupFree, whatever happens next.
    std::unique_ptr<WCHAR, PfnCertSrvBackupFree> owned(list, m_fn.backupFree);
    if (!hrSucceeded(hr)) {
        throw CertadmError(callName, hr);
    }
    if (bytes > 0 && list == nullptr) {
        throw CertadmError(callName, kHrInvalidData, "a size without a list");
    }
    const auto *begin = reinterpret_cast<const unsigned char *>(list);
    return std::vector<unsigned char>(begin, begin + (list == nullptr ? 0 : bytes));
}

namespace {

std::vector<ListEntry> parseOrThrow(const std::vector<unsigned char> &bytes, ListKind kind,
                                    const char *callName)
{
    ParsedList parsed = parseList(bytes.data(), bytes.size(), kind);
    if (!parsed.ok) {
        throw CertadmError(callName, kHrInvalidData, parsed.error);
    }
    return std::move(parsed.entries);
}

} // namespace

std::vector<ListEntry> BackupSession::databaseNames()
{
    const char *name = "CertSrvBackupGetDatabaseNamesW";
    return parseOrThrow(fetchList(ListCall::DatabaseNames, name), ListKind::Typed, name);
}

std::vector<ListEntry> BackupSession::backupLogs()
{
    const char *name = "CertSrvBackupGetBackupLogsW";
    return parseOrThrow(fetchList(ListCall::BackupLogs, name), ListKind::Typed, name);
}

std::vector<ListEntry> BackupSession::dynamicFileList()
{
    const char *name = "CertSrvBackupGetDynamicFileListW";
    return parseOrThrow(fetchList(ListCall::DynamicFiles, name), ListKind::Untyped, name);
}

BackupSession::Locations BackupSession::databaseLocations()
{
    const char *name = "CertSrvRestoreGetDatabaseLocationsW";
    Locations result;
    result.rawBytes = fetchList(ListCall::Locations, name);
    result.entries = parseOrThrow(result.rawBytes, ListKind::Typed, name);
    return result;
}

BackupFile BackupSession::openFile(const std::u16string &name, std::uint32_t readHint)
{
    if (m_hbc == nullptr) {
        throw std::logic_error("backup context already ended");
    }
    if (m_fileOpen) {
        throw std::logic_error("a backup file is already open in this context");
    }
    LARGE_INTEGER size{};
    const HRESULT hr = m_fn.backupOpenFile(m_hbc, apiString(name), readHint, &size);
    if (!hrSucceeded(hr)) {
        throw CertadmError("CertSrvBackupOpenFileW", hr);
    }
    m_fileOpen = true;
    BackupFile file(this, size.QuadPart);
    if (size.QuadPart < 0) {
        // Closed by the BackupFile's destructor on the way out.
        throw CertadmError("CertSrvBackupOpenFileW", kHrInvalidData,
                           "the server reported a negative file size");
    }
    return file;
}

void BackupSession::truncateLogs()
{
    if (m_hbc == nullptr) {
        throw std::logic_error("backup context already ended");
    }
    if (m_fileOpen) {
        throw std::logic_error("logs cannot be truncated while a backup file is open");
    }
    const HRESULT hr = m_fn.backupTruncateLogs(m_hbc);
    if (!hrSucceeded(hr)) {
        throw CertadmError("CertSrvBackupTruncateLogs", hr);
    }
}

} // namespace certadm
