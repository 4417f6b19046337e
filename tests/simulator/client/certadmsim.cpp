// SPDX-License-Identifier: Apache-2.0
// Definitions of the certbcli.h functions for the simulator (declared in certadmsim.h).
//
// Each call that names a server finds the daemon through the simulator's home folder and talks to
// it over a fresh connection; a backup context keeps its own connection, held by the HCSBC handle
// until CertSrvBackupEnd. Lists are returned in memory from malloc, released by CertSrvBackupFree.
#include "client/certadmsim.h"

#include "client/handleregistry.h"
#include "client/restorecontext.h"
#include "common/connection.h"
#include "common/framereader.h"
#include "common/framewriter.h"
#include "common/databasefile.h"
#include "common/hresults.h"
#include "common/recovery.h"
#include "common/registration.h"
#include "common/serverpaths.h"
#include "common/simhome.h"
#include "common/utf16.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <type_traits>

using namespace certsrvsim;
using protocol::Op;

// The compiler checks every definition against the portable ABI's function types.
static_assert(std::is_same_v<decltype(&CertSrvIsServerOnlineW), PfnCertSrvIsServerOnlineW>);
static_assert(std::is_same_v<decltype(&CertSrvBackupPrepareW), PfnCertSrvBackupPrepareW>);
static_assert(
    std::is_same_v<decltype(&CertSrvBackupGetDatabaseNamesW), PfnCertSrvBackupGetDatabaseNamesW>);
static_assert(std::is_same_v<decltype(&CertSrvBackupOpenFileW), PfnCertSrvBackupOpenFileW>);
static_assert(std::is_same_v<decltype(&CertSrvBackupRead), PfnCertSrvBackupRead>);
static_assert(std::is_same_v<decltype(&CertSrvBackupClose), PfnCertSrvBackupClose>);
static_assert(
    std::is_same_v<decltype(&CertSrvBackupGetBackupLogsW), PfnCertSrvBackupGetBackupLogsW>);
static_assert(std::is_same_v<decltype(&CertSrvBackupGetDynamicFileListW),
                             PfnCertSrvBackupGetDynamicFileListW>);
static_assert(std::is_same_v<decltype(&CertSrvBackupTruncateLogs), PfnCertSrvBackupTruncateLogs>);
static_assert(std::is_same_v<decltype(&CertSrvBackupEnd), PfnCertSrvBackupEnd>);
static_assert(std::is_same_v<decltype(&CertSrvBackupFree), PfnCertSrvBackupFree>);
static_assert(std::is_same_v<decltype(&CertSrvRestorePrepareW), PfnCertSrvRestorePrepareW>);
static_assert(std::is_same_v<decltype(&CertSrvRestoreGetDatabaseLocationsW),
                             PfnCertSrvRestoreGetDatabaseLocationsW>);
static_assert(std::is_same_v<decltype(&CertSrvRestoreRegisterW), PfnCertSrvRestoreRegisterW>);
static_assert(
    std::is_same_v<decltype(&CertSrvRestoreRegisterComplete), PfnCertSrvRestoreRegisterComplete>);
static_assert(std::is_same_v<decltype(&CertSrvRestoreEnd), PfnCertSrvRestoreEnd>);
static_assert(std::is_same_v<decltype(&CertSrvServerControlW), PfnCertSrvServerControlW>);
static_assert(std::is_same_v<decltype(&CertSimExternalRestoreW), PfnCertSimExternalRestoreW>);
static_assert(std::is_same_v<decltype(&CertSimCheckDatabaseW), PfnCertSimCheckDatabaseW>);

namespace {

constexpr int kShutdownWaitMs = 15000;

// WCHAR is wchar_t on Windows and char16_t elsewhere: UTF-16 code units either way.
std::u16string unitsOf(WCHAR const *text)
{
    std::u16string units;
    for (; text != nullptr && *text != 0; ++text)
        units.push_back(static_cast<char16_t>(*text));
    return units;
}

std::string serverNameOf(WCHAR const *name)
{
    return utf16::toUtf8(unitsOf(name));
}

// A short-lived connection for a call that names a server.
HRESULT connectTo(WCHAR const *server, std::unique_ptr<Connection> &out)
{
    return Connection::open(SimHome::fromEnvironment(), serverNameOf(server),
                            Connection::clientIsElevated(), out);
}

std::string utf8Of(WCHAR const *text)
{
    return text == nullptr ? std::string() : serverNameOf(text);
}

// A list in the caller's memory, released by CertSrvBackupFree.
HRESULT returnList(const std::vector<std::uint8_t> &bytes, WCHAR **list, DWORD *size)
{
    auto *memory = static_cast<WCHAR *>(std::malloc(bytes.size()));
    if (memory == nullptr)
        return hr::kOutOfMemory;
    for (std::size_t i = 0; i < bytes.size() / 2; ++i)
        memory[i] = static_cast<WCHAR>(bytes[2 * i] | (bytes[2 * i + 1] << 8));
    *list = memory;
    *size = static_cast<DWORD>(bytes.size());
    return hr::kOk;
}

// Shared by the four calls that return a multi-string list.
HRESULT listCall(HCSBC hbc, Op op, WCHAR **list, DWORD *size)
{
    if (list == nullptr || size == nullptr)
        return hr::kPointer;
    *list = nullptr;
    *size = 0;
    if (op == Op::GetDatabaseLocations) {
        if (const auto context = RestoreContexts::instance().find(hbc))
            return returnList(utf16::multiStringBytes(RestoreContexts::locations(*context)), list,
                              size);
    }
    const auto connection = HandleRegistry::instance().find(hbc);
    if (!connection)
        return hr::kInvalidHandle;
    FrameWriter request = FrameWriter::request(op);
    std::vector<std::uint8_t> fields;
    const HRESULT result = connection->call(request, fields);
    if (result != hr::kOk)
        return result;
    FrameReader in(fields);
    const auto bytes = in.blob();
    if (!in.ok() || bytes.size() % 2 != 0 || bytes.size() < 4)
        return hr::kRpcCallFailed;
    return returnList(bytes, list, size);
}

// Shared by the calls that send nothing and receive nothing but an HRESULT.
HRESULT simpleCall(HCSBC hbc, Op op)
{
    const auto connection = HandleRegistry::instance().find(hbc);
    if (!connection)
        return hr::kInvalidHandle;
    FrameWriter request = FrameWriter::request(op);
    std::vector<std::uint8_t> fields;
    return connection->call(request, fields);
}

} // namespace

extern "C" {

HRESULT CERTSRV_ABI_CALL CertSrvIsServerOnlineW(WCHAR const *pwszServerName, BOOL *pfServerOnline)
{
    if (pfServerOnline == nullptr)
        return hr::kPointer;
    *pfServerOnline = 0;
    if (pwszServerName == nullptr)
        return hr::kInvalidArg;
    std::unique_ptr<Connection> connection;
    const HRESULT opened = connectTo(pwszServerName, connection);
    if (opened != hr::kOk)
        return opened;
    FrameWriter request = FrameWriter::request(Op::IsOnline);
    std::vector<std::uint8_t> fields;
    const HRESULT result = connection->call(request, fields);
    if (result != hr::kOk)
        return result;
    FrameReader in(fields);
    const std::uint8_t online = in.u8();
    if (!in.ok())
        return hr::kRpcCallFailed;
    *pfServerOnline = online != 0 ? 1 : 0;
    return hr::kOk;
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupPrepareW(WCHAR const *pwszServerName, ULONG grbitJet,
                                               ULONG dwBackupFlags, HCSBC *phbc)
{
    if (phbc == nullptr)
        return hr::kPointer;
    *phbc = nullptr;
    if (pwszServerName == nullptr)
        return hr::kInvalidArg;
    if (dwBackupFlags != CSBACKUP_TYPE_FULL && dwBackupFlags != CSBACKUP_TYPE_LOGS_ONLY)
        return hr::kInvalidArg;
    std::unique_ptr<Connection> connection;
    const HRESULT opened = connectTo(pwszServerName, connection);
    if (opened != hr::kOk)
        return opened;
    FrameWriter request = FrameWriter::request(Op::BackupPrepare);
    request.u32(grbitJet).u32(dwBackupFlags);
    std::vector<std::uint8_t> fields;
    const HRESULT result = connection->call(request, fields);
    if (result != hr::kOk)
        return result;
    *phbc = HandleRegistry::instance().add(std::move(connection));
    return hr::kOk;
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupGetDatabaseNamesW(HCSBC hbc,
                                                        WCHAR **ppwszzAttachmentInformation,
                                                        DWORD *pcbSize)
{
    return listCall(hbc, Op::GetDatabaseNames, ppwszzAttachmentInformation, pcbSize);
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupOpenFileW(HCSBC hbc, WCHAR const *pwszAttachmentName,
                                                DWORD cbReadHintSize, LARGE_INTEGER *pliFileSize)
{
    if (pliFileSize == nullptr)
        return hr::kPointer;
    pliFileSize->QuadPart = 0;
    if (pwszAttachmentName == nullptr)
        return hr::kInvalidArg;
    const auto connection = HandleRegistry::instance().find(hbc);
    if (!connection)
        return hr::kInvalidHandle;
    FrameWriter request = FrameWriter::request(Op::OpenFile);
    request.str(unitsOf(pwszAttachmentName)).u32(cbReadHintSize);
    std::vector<std::uint8_t> fields;
    const HRESULT result = connection->call(request, fields);
    if (result != hr::kOk)
        return result;
    FrameReader in(fields);
    const std::uint64_t size = in.u64();
    if (!in.ok())
        return hr::kRpcCallFailed;
    pliFileSize->QuadPart = static_cast<std::int64_t>(size);
    return hr::kOk;
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupRead(HCSBC hbc, void *pvBuffer, DWORD cbBuffer,
                                           DWORD *pcbRead)
{
    if (pcbRead == nullptr || (pvBuffer == nullptr && cbBuffer > 0))
        return hr::kPointer;
    *pcbRead = 0;
    const auto connection = HandleRegistry::instance().find(hbc);
    if (!connection)
        return hr::kInvalidHandle;
    FrameWriter request = FrameWriter::request(Op::Read);
    request.u32(cbBuffer);
    std::vector<std::uint8_t> fields;
    const HRESULT result = connection->call(request, fields);
    if (result != hr::kOk)
        return result;
    FrameReader in(fields);
    const auto data = in.blob();
    if (!in.ok() || data.size() > cbBuffer)
        return hr::kRpcCallFailed;
    if (!data.empty())
        std::memcpy(pvBuffer, data.data(), data.size());
    *pcbRead = static_cast<DWORD>(data.size());
    return hr::kOk;
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupClose(HCSBC hbc)
{
    return simpleCall(hbc, Op::Close);
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupGetBackupLogsW(HCSBC hbc, WCHAR **ppwszzBackupLogFiles,
                                                     DWORD *pcbSize)
{
    return listCall(hbc, Op::GetBackupLogs, ppwszzBackupLogFiles, pcbSize);
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupGetDynamicFileListW(HCSBC hbc, WCHAR **ppwszzFileList,
                                                          DWORD *pcbSize)
{
    return listCall(hbc, Op::GetDynamicFileList, ppwszzFileList, pcbSize);
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupTruncateLogs(HCSBC hbc)
{
    return simpleCall(hbc, Op::TruncateLogs);
}

HRESULT CERTSRV_ABI_CALL CertSrvBackupEnd(HCSBC hbc)
{
    // The handle is released whatever the daemon says: after End it must not be used again,
    // and a dropped connection must not leak it.
    const auto connection = HandleRegistry::instance().take(hbc);
    if (!connection)
        return hr::kInvalidHandle;
    FrameWriter request = FrameWriter::request(Op::End);
    std::vector<std::uint8_t> fields;
    return connection->call(request, fields);
}

void CERTSRV_ABI_CALL CertSrvBackupFree(void *pv)
{
    std::free(pv);
}

HRESULT CERTSRV_ABI_CALL CertSrvRestorePrepareW(WCHAR const *pwszServerName, ULONG dwRestoreFlags,
                                                HCSBC *phbc)
{
    if (phbc == nullptr)
        return hr::kPointer;
    *phbc = nullptr;
    if (pwszServerName == nullptr || (dwRestoreFlags & ~CSRESTORE_TYPE_FULL) != 0)
        return hr::kInvalidArg; // ONLINE and CATCHUP are "not yet supported" by the real API too
    const SimHome home = SimHome::fromEnvironment();
    const auto stored = home.findServer(serverNameOf(pwszServerName));
    if (!stored)
        return hr::kRpcServerUnavailable;
    // Restoring needs a local administrator; tests play an unelevated operator with this.
    const char *unelevated = std::getenv("CERTSRV_SIM_UNELEVATED");
    if (unelevated != nullptr && std::strcmp(unelevated, "1") == 0)
        return hr::kAccessDenied;
    std::unique_ptr<Connection> connection;
    if (connectTo(pwszServerName, connection) == hr::kOk) {
        // A running CA refuses: its files are in use (the daemon answers ERROR_SHARING_VIOLATION).
        FrameWriter request = FrameWriter::request(Op::RestorePrepare);
        request.u32(dwRestoreFlags);
        std::vector<std::uint8_t> fields;
        return connection->call(request, fields);
    }
    // The CA is stopped: the restore works on its folder, as the real one works on CertLog.
    return RestoreContexts::instance().open(ServerPaths(home.serverDirectory(*stored), *stored),
                                            (dwRestoreFlags & CSRESTORE_TYPE_FULL) != 0, phbc);
}

HRESULT CERTSRV_ABI_CALL CertSrvRestoreGetDatabaseLocationsW(HCSBC hbc,
                                                             WCHAR **ppwszzDatabaseLocationList,
                                                             DWORD *pcbSize)
{
    return listCall(hbc, Op::GetDatabaseLocations, ppwszzDatabaseLocationList, pcbSize);
}

HRESULT CERTSRV_ABI_CALL CertSrvRestoreRegisterW(HCSBC hbc, WCHAR const *pwszCheckPointFilePath,
                                                 WCHAR const *pwszLogPath, CSEDB_RSTMAPW rgrstmap[],
                                                 LONG crstmap, WCHAR const *pwszBackupLogPath,
                                                 ULONG genLow, ULONG genHigh)
{
    const auto context = RestoreContexts::instance().find(hbc);
    if (!context)
        return hr::kInvalidHandle;
    if (crstmap < 0 || (crstmap > 0 && rgrstmap == nullptr))
        return hr::kInvalidArg;
    std::vector<std::pair<std::string, std::string>> map;
    for (LONG i = 0; i < crstmap; ++i) {
        if (rgrstmap[i].pwszDatabaseName == nullptr || rgrstmap[i].pwszNewDatabaseName == nullptr)
            return hr::kInvalidArg;
        map.emplace_back(utf8Of(rgrstmap[i].pwszDatabaseName),
                         utf8Of(rgrstmap[i].pwszNewDatabaseName));
    }
    return RestoreContexts::registerRestore(*context, utf8Of(pwszCheckPointFilePath),
                                            utf8Of(pwszLogPath), map, utf8Of(pwszBackupLogPath),
                                            genLow, genHigh);
}

HRESULT CERTSRV_ABI_CALL CertSrvRestoreRegisterComplete(HCSBC hbc, HRESULT hrRestoreState)
{
    const auto context = RestoreContexts::instance().find(hbc);
    if (!context)
        return hr::kInvalidHandle;
    return RestoreContexts::complete(*context, hrRestoreState);
}

HRESULT CERTSRV_ABI_CALL CertSrvRestoreEnd(HCSBC hbc)
{
    // A registration that was never completed stays: the CA refuses to start until a restore
    // completes, as CertSvc does.
    return RestoreContexts::instance().take(hbc) ? hr::kOk : hr::kInvalidHandle;
}

HRESULT CERTSRV_ABI_CALL CertSimExternalRestoreW(WCHAR const *pwszCheckpointFilePath,
                                                 WCHAR const *pwszLogPath, CSEDB_RSTMAPW rgrstmap[],
                                                 LONG crstmap, WCHAR const *pwszBackupLogPath,
                                                 ULONG genLow, ULONG genHigh, WCHAR **ppwszMessage)
{
    (void)pwszCheckpointFilePath;
    (void)pwszLogPath;
    if (ppwszMessage != nullptr)
        *ppwszMessage = nullptr;
    if (crstmap != 1 || rgrstmap == nullptr || rgrstmap[0].pwszNewDatabaseName == nullptr ||
        pwszBackupLogPath == nullptr)
        return hr::kInvalidArg;
    RecoveryStats stats;
    std::string message;
    const HRESULT result =
        hardRecovery(utf8Of(rgrstmap[0].pwszNewDatabaseName), std::string(),
                     utf8Of(pwszBackupLogPath), {{genLow, genHigh}}, stats, message);
    if (ppwszMessage != nullptr && !message.empty()) {
        DWORD size = 0;
        returnList(utf16::multiStringBytes({utf16::fromUtf8(message)}), ppwszMessage, &size);
    }
    return result;
}

HRESULT CERTSRV_ABI_CALL CertSimCheckDatabaseW(WCHAR const *pwszDatabase,
                                               CertSimDatabaseCheck *pCheck, WCHAR **ppwszzProblems)
{
    if (pCheck == nullptr || ppwszzProblems == nullptr)
        return hr::kPointer;
    *pCheck = CertSimDatabaseCheck{};
    *ppwszzProblems = nullptr;
    if (pwszDatabase == nullptr)
        return hr::kInvalidArg;
    DatabaseFile db;
    std::string error;
    if (!db.open(utf8Of(pwszDatabase), false, &error))
        return hr::kJetDatabaseCorrupted;
    DatabaseScan scan;
    if (!scanDatabase(db, true, scan, &error))
        return hr::kReadFault;
    pCheck->certificates = scan.certificates;
    pCheck->highestSerial = scan.highestSerial;
    pCheck->badPages = scan.badPages.size();
    pCheck->checkpointGeneration = db.header().checkpointGeneration;
    std::vector<std::u16string> problems;
    for (const auto &problem : scan.problems())
        problems.push_back(utf16::fromUtf8(problem));
    if (problems.empty())
        problems.push_back(std::u16string());
    DWORD size = 0;
    return returnList(utf16::multiStringBytes(problems), ppwszzProblems, &size);
}

HRESULT CERTSRV_ABI_CALL CertSrvServerControlW(WCHAR const *pwszServerName, DWORD dwControlFlags,
                                               DWORD *pcbOut, BYTE **ppbOut)
{
    if (pcbOut != nullptr)
        *pcbOut = 0;
    if (ppbOut != nullptr)
        *ppbOut = nullptr;
    if (pwszServerName == nullptr)
        return hr::kInvalidArg;
    std::unique_ptr<Connection> connection;
    const HRESULT opened = connectTo(pwszServerName, connection);
    if (opened != hr::kOk)
        return opened;
    FrameWriter request = FrameWriter::request(Op::ServerControl);
    request.u32(dwControlFlags);
    std::vector<std::uint8_t> fields;
    const HRESULT result = connection->call(request, fields);
    if (result != hr::kOk || dwControlFlags != CSCONTROL_SHUTDOWN)
        return result;

    // SHUTDOWN returns once the service has stopped, like the real call: first the daemon hangs
    // up, then its registration disappears after the final flush.
    connection->waitForPeerClose(kShutdownWaitMs);
    const SimHome home = SimHome::fromEnvironment();
    const auto stored = home.findServer(serverNameOf(pwszServerName));
    if (stored) {
        const ServerPaths paths(home.serverDirectory(*stored), *stored);
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(kShutdownWaitMs);
        while (std::chrono::steady_clock::now() < deadline) {
            const auto reg = Registration::load(paths.registrationFile());
            if (!reg || !Registration::processAlive(reg->pid))
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    return hr::kOk;
}

} // extern "C"
