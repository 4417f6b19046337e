// SPDX-License-Identifier: Apache-2.0
// RAII over one backup context of the Certificate Services backup API. A BackupSession calls
// CertSrvBackupPrepareW when made and CertSrvBackupEnd when it goes, and a BackupFile calls
// CertSrvBackupClose for every successful CertSrvBackupOpenFileW, on every path: success, error,
// exception and cancel. Failures are thrown as CertadmError with the call and the HRESULT.
#pragma once

#include "certadmlibrary.h"
#include "certlist.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace certadm {

class CertadmError : public std::runtime_error {
public:
    CertadmError(std::string call, HRESULT hr, const std::string &detail = {});
    HRESULT hr() const { return m_hr; }
    const std::string &call() const { return m_call; }
    const std::string &detail() const { return m_detail; }

private:
    std::string m_call;
    HRESULT m_hr;
    std::string m_detail;
};

enum class BackupType { Full, LogsOnly };

struct ServerOnline {
    HRESULT hr = 0;
    bool online = false; // running and not paused; only meaningful when hr succeeded
};

// CertSrvIsServerOnlineW. Never throws.
ServerOnline isServerOnline(const CertadmLibrary &library, const std::u16string &server);

class BackupSession;

// One open file of a backup context; closed when it goes.
class BackupFile {
public:
    BackupFile(BackupFile &&other) noexcept;
    BackupFile &operator=(BackupFile &&) = delete;
    BackupFile(const BackupFile &) = delete;
    BackupFile &operator=(const BackupFile &) = delete;
    ~BackupFile();

    // The size that CertSrvBackupOpenFileW reported.
    std::int64_t size() const { return m_size; }
    // One CertSrvBackupRead; returns the bytes read (0 at the end of the file).
    std::uint32_t read(void *buffer, std::uint32_t capacity);
    // CertSrvBackupClose now; the destructor does nothing more. Throws on failure.
    void close();

private:
    friend class BackupSession;
    BackupFile(BackupSession *session, std::int64_t size) : m_session(session), m_size(size) {}

    BackupSession *m_session;
    std::int64_t m_size;
};

class BackupSession {
public:
    // CertSrvBackupPrepareW(server, 0, type). Throws CertadmError.
    BackupSession(std::shared_ptr<const CertadmLibrary> library, std::u16string server,
                  BackupType type);
    ~BackupSession();
    BackupSession(const BackupSession &) = delete;
    BackupSession &operator=(const BackupSession &) = delete;

    std::vector<ListEntry> databaseNames();
    std::vector<ListEntry> backupLogs();
    std::vector<ListEntry> dynamicFileList();

    struct Locations {
        std::vector<unsigned char> rawBytes; // exactly as returned: saved as certbkxp.dat
        std::vector<ListEntry> entries;
    };
    Locations databaseLocations();

    // CertSrvBackupOpenFileW with `name` stripped of its type character. Only one file may be
    // open at a time; the BackupFile must not outlive the session.
    BackupFile openFile(const std::u16string &name, std::uint32_t readHint);

    // CertSrvBackupTruncateLogs. Refused (std::logic_error) while a file is open.
    void truncateLogs();

    // CertSrvBackupEnd now, returning its result; the destructor then does nothing.
    HRESULT end();
    bool ended() const { return m_hbc == nullptr; }
    BackupType type() const { return m_type; }

private:
    friend class BackupFile;
    enum class ListCall { DatabaseNames, BackupLogs, DynamicFiles, Locations };
    std::vector<unsigned char> fetchList(ListCall call, const char *callName);

    std::shared_ptr<const CertadmLibrary> m_library;
    const CertadmFunctions &m_fn;
    std::u16string m_server;
    BackupType m_type;
    HCSBC m_hbc = nullptr;
    bool m_fileOpen = false;
};

} // namespace certadm
