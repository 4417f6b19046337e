// SPDX-License-Identifier: Apache-2.0
#include "caservice.h"

#include "cakeysource.h"

#include <QElapsedTimer>
#include <QThread>

#include <windows.h>

namespace platform {
namespace {

constexpr int kStartTimeoutMs = 120000;
constexpr wchar_t kRestoreKey[] =
    L"SYSTEM\\CurrentControlSet\\Services\\CertSvc\\Configuration\\RestoreInProgress";

QString windowsError(DWORD code)
{
    wchar_t *text = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                       FORMAT_MESSAGE_IGNORE_INSERTS,
                   nullptr, code, 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    const QString message = text != nullptr ? QString::fromWCharArray(text).trimmed()
                                            : QStringLiteral("error %1").arg(code);
    LocalFree(text);
    return message;
}

struct ServiceHandle {
    SC_HANDLE handle = nullptr;
    ~ServiceHandle()
    {
        if (handle != nullptr) {
            CloseServiceHandle(handle);
        }
    }
};

// The CertSvc service of this computer, opened for `access` (the manager stays open with it).
struct CertSvc {
    ServiceHandle manager;
    ServiceHandle service;
};

bool openCertSvc(const QString &server, DWORD access, CertSvc &svc, QString *error)
{
    if (!CaKeySource::isLocal(server, error)) {
        return false;
    }
    svc.manager.handle = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    if (svc.manager.handle == nullptr) {
        *error = CaService::tr("Cannot open the service control manager: %1")
                     .arg(windowsError(GetLastError()));
        return false;
    }
    svc.service.handle = OpenServiceW(svc.manager.handle, L"CertSvc", access);
    if (svc.service.handle == nullptr) {
        *error =
            CaService::tr("Cannot open the CertSvc service: %1").arg(windowsError(GetLastError()));
        return false;
    }
    return true;
}

} // namespace

bool CaService::start(const QString &server, QString *error)
{
    CertSvc svc;
    if (!openCertSvc(server, SERVICE_START | SERVICE_QUERY_STATUS, svc, error)) {
        return false;
    }
    const SC_HANDLE service = svc.service.handle;
    if (!StartServiceW(service, 0, nullptr) && GetLastError() != ERROR_SERVICE_ALREADY_RUNNING) {
        *error = tr("CertSvc does not start: %1").arg(windowsError(GetLastError()));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kStartTimeoutMs) {
        SERVICE_STATUS status{};
        if (!QueryServiceStatus(service, &status)) {
            *error = tr("Cannot query CertSvc: %1").arg(windowsError(GetLastError()));
            return false;
        }
        if (status.dwCurrentState == SERVICE_RUNNING) {
            return true;
        }
        if (status.dwCurrentState == SERVICE_STOPPED) {
            const DWORD code = status.dwWin32ExitCode == ERROR_SERVICE_SPECIFIC_ERROR
                                   ? status.dwServiceSpecificExitCode
                                   : status.dwWin32ExitCode;
            *error = tr("CertSvc stopped during its start (0x%1): see the Application event log "
                        "(source CertificationAuthority and ESENT).")
                         .arg(code, 8, 16, QLatin1Char('0'));
            return false;
        }
        QThread::msleep(250);
    }
    *error = tr("CertSvc did not start within %1 s.").arg(kStartTimeoutMs / 1000);
    return false;
}

bool CaService::stop(const QString &server, QString *error)
{
    CertSvc svc;
    if (!openCertSvc(server, SERVICE_STOP | SERVICE_QUERY_STATUS, svc, error)) {
        return false;
    }
    const SC_HANDLE service = svc.service.handle;
    SERVICE_STATUS status{};
    if (!ControlService(service, SERVICE_CONTROL_STOP, &status) &&
        GetLastError() != ERROR_SERVICE_NOT_ACTIVE) {
        *error = tr("CertSvc does not stop: %1").arg(windowsError(GetLastError()));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kStartTimeoutMs) {
        if (!QueryServiceStatus(service, &status)) {
            *error = tr("Cannot query CertSvc: %1").arg(windowsError(GetLastError()));
            return false;
        }
        if (status.dwCurrentState == SERVICE_STOPPED) {
            return true;
        }
        QThread::msleep(250);
    }
    *error = tr("CertSvc did not stop within %1 s.").arg(kStartTimeoutMs / 1000);
    return false;
}

bool CaService::isRunning(const QString &server)
{
    if (!CaKeySource::isLocal(server)) {
        return false;
    }
    ServiceHandle manager{OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT)};
    ServiceHandle service{manager.handle == nullptr
                              ? nullptr
                              : OpenServiceW(manager.handle, L"CertSvc", SERVICE_QUERY_STATUS)};
    SERVICE_STATUS status{};
    return service.handle != nullptr && QueryServiceStatus(service.handle, &status) &&
           status.dwCurrentState != SERVICE_STOPPED;
}

bool CaService::clearRestoreRegistration(const QString &server, QString *error)
{
    if (!CaKeySource::isLocal(server, error)) {
        return false;
    }
    const LSTATUS status = RegDeleteTreeW(HKEY_LOCAL_MACHINE, kRestoreKey);
    if (status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND) {
        *error = tr("Cannot remove the registered restore (HKLM\\%1): %2")
                     .arg(QString::fromWCharArray(kRestoreKey), windowsError(status));
        return false;
    }
    return true;
}

bool CaService::restoreRegistered(const QString &server)
{
    if (!CaKeySource::isLocal(server)) {
        return false;
    }
    HKEY key = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, kRestoreKey, 0, KEY_READ, &key) != ERROR_SUCCESS) {
        return false;
    }
    RegCloseKey(key);
    return true;
}

} // namespace platform
