// SPDX-License-Identifier: Apache-2.0
// A CertSvc service for Wine test prefixes: the service control manager starts and stops it as it
// would Certificate Services, and it starts and stops a simulated CA whose daemon runs on Linux,
// so that a restore's start of the CA through the service manager runs for real.
//
// Usage (its binPath): certsvc_standin.exe CONTROL_SCRIPT
// CONTROL_SCRIPT is a Linux path. Starting runs `/bin/sh CONTROL_SCRIPT start` (Wine runs the
// Linux programs a Windows program starts), which writes its exit code into
// CONTROL_SCRIPT.start, read here through Wine's Z: drive; the service runs when that is 0 and
// stops with it as its service-specific exit code otherwise. Stopping does the same with "stop".
// Wine gives no exit code of a Linux process, hence the result files.
#include <windows.h>

#include <cstdlib>
#include <string>

namespace {

constexpr DWORD kTimeoutMs = 120000;

SERVICE_STATUS_HANDLE g_handle = nullptr;
SERVICE_STATUS g_status{};
std::wstring g_script;  // Linux path of the control script
std::wstring g_results; // the same path as Windows programs under Wine see it
HANDLE g_stopped = nullptr;

void report(DWORD state, DWORD specificExitCode = 0)
{
    g_status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    g_status.dwCurrentState = state;
    g_status.dwControlsAccepted = state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP : 0;
    g_status.dwWin32ExitCode = specificExitCode != 0 ? ERROR_SERVICE_SPECIFIC_ERROR : NO_ERROR;
    g_status.dwServiceSpecificExitCode = specificExitCode;
    g_status.dwWaitHint = state == SERVICE_RUNNING || state == SERVICE_STOPPED ? 0 : kTimeoutMs;
    ++g_status.dwCheckPoint;
    SetServiceStatus(g_handle, &g_status);
}

// Runs the control script with `verb` and returns its exit code (~0u when it gave none in time).
DWORD control(const wchar_t *verb)
{
    const std::wstring result = g_results + L"." + verb;
    DeleteFileW(result.c_str());
    std::wstring command = L"Z:\\bin\\sh \"" + g_script + L"\" " + verb;
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(nullptr, command.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr,
                        &startup, &process)) {
        return GetLastError();
    }
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    for (DWORD waited = 0; waited < kTimeoutMs; waited += 100) {
        const HANDLE file = CreateFileW(result.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr,
                                        OPEN_EXISTING, 0, nullptr);
        if (file != INVALID_HANDLE_VALUE) {
            char text[16] = {};
            DWORD read = 0;
            const BOOL ok = ReadFile(file, text, sizeof text - 1, &read, nullptr);
            CloseHandle(file);
            // The script writes the code and a newline: a file without one is not complete yet.
            if (ok && read > 0 && text[read - 1] == '\n') {
                return static_cast<DWORD>(strtoul(text, nullptr, 10));
            }
        }
        Sleep(100);
    }
    return ~0u;
}

DWORD WINAPI handler(DWORD code, DWORD, void *, void *)
{
    if (code == SERVICE_CONTROL_STOP && g_status.dwCurrentState == SERVICE_RUNNING) {
        report(SERVICE_STOP_PENDING);
        SetEvent(g_stopped);
    }
    return NO_ERROR;
}

void WINAPI serviceMain(DWORD, wchar_t **)
{
    g_handle = RegisterServiceCtrlHandlerExW(L"CertSvc", handler, nullptr);
    if (g_handle == nullptr) {
        return;
    }
    report(SERVICE_START_PENDING);
    const DWORD started = control(L"start");
    if (started != 0) {
        report(SERVICE_STOPPED, started);
        return;
    }
    report(SERVICE_RUNNING);
    WaitForSingleObject(g_stopped, INFINITE);
    report(SERVICE_STOPPED, control(L"stop"));
}

} // namespace

int wmain(int argc, wchar_t **argv)
{
    if (argc != 2) {
        return 2;
    }
    g_script = argv[1];
    g_results = L"Z:" + g_script;
    for (wchar_t &c : g_results) {
        if (c == L'/') {
            c = L'\\';
        }
    }
    g_stopped = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    SERVICE_TABLE_ENTRYW table[] = {{const_cast<wchar_t *>(L"CertSvc"), serviceMain},
                                    {nullptr, nullptr}};
    return StartServiceCtrlDispatcherW(table) ? 0 : 1;
}
