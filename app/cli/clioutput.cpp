// SPDX-License-Identifier: Apache-2.0
#include "clioutput.h"

#include "errortext.h"
#include "exitcodes.h"
#include "terminalprogress.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace cli {

bool stderrIsTerminal()
{
#if defined(_WIN32)
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

void prepareConsole()
{
#if defined(_WIN32)
    // The progress line redraws itself with VT sequences; Windows 10's console understands them
    // once asked to.
    const HANDLE handle = GetStdHandle(STD_ERROR_HANDLE);
    DWORD mode = 0;
    if (handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode)) {
        SetConsoleMode(handle, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
    }
#endif
}

void writeText(std::FILE *stream, const QString &text)
{
#if defined(_WIN32)
    // A console shows every character through its UTF-16 API, whatever its code page; a file or a
    // pipe gets UTF-8, as --json does, so no CA name turns into question marks.
    const HANDLE handle = GetStdHandle(stream == stderr ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    if (handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode)) {
        std::fflush(stream);
        DWORD written = 0;
        WriteConsoleW(handle, reinterpret_cast<const wchar_t *>(text.utf16()),
                      static_cast<DWORD>(text.size()), &written, nullptr);
        return;
    }
    std::fputs(text.toUtf8().constData(), stream);
#else
    std::fputs(text.toLocal8Bit().constData(), stream);
#endif
}

void out(const QString &text)
{
    writeText(stdout, text + QLatin1Char('\n'));
    std::fflush(stdout);
}

void err(const QString &text)
{
    writeText(stderr, text + QLatin1Char('\n'));
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

void printJson(const QJsonArray &array)
{
    std::fputs(QJsonDocument(array).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

int usageError(const QString &message)
{
    err(QStringLiteral("certsrv-backup-cli: %1").arg(message));
    err(QStringLiteral("Run 'certsrv-backup-cli --help' for the commands and options."));
    return ExitUsage;
}

int exitCodeFor(certadm::ErrorCategory category)
{
    switch (category) {
    case certadm::ErrorCategory::None:
        return ExitSuccess;
    case certadm::ErrorCategory::NeedsElevation:
        return ExitNeedsElevation;
    case certadm::ErrorCategory::ServerUnavailable:
        return ExitServerOffline;
    default:
        return ExitFailed;
    }
}

QJsonObject errorJson(HRESULT hr, const QString &call, const QString &message,
                      const QString &action)
{
    const engine::ErrorText d = engine::describeError(hr);
    return QJsonObject{{QStringLiteral("hresult"), d.code},
                       {QStringLiteral("symbol"), d.symbol},
                       {QStringLiteral("call"), call},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("action"), action}};
}

QJsonObject backupResultJson(const engine::BackupResult &result, bool verifyAsked)
{
    if (!result.succeeded()) {
        return QJsonObject{
            {QStringLiteral("ok"), false},
            {QStringLiteral("cancelled"),
             result.outcome == engine::BackupResult::Outcome::Cancelled},
            {QStringLiteral("type"), engine::setTypeName(result.type)},
            {QStringLiteral("server"), result.server},
            {QStringLiteral("seconds"), result.seconds},
            {QStringLiteral("error"),
             errorJson(result.hresult, result.failedCall, result.message, result.action)},
        };
    }
    QJsonObject object{
        {QStringLiteral("ok"), true},
        {QStringLiteral("set"), QDir::toNativeSeparators(result.setPath)},
        {QStringLiteral("type"), engine::setTypeName(result.type)},
        {QStringLiteral("server"), result.server},
        {QStringLiteral("ca_name"), result.caName},
        {QStringLiteral("bytes"), result.bytes},
        {QStringLiteral("files"), result.files},
        {QStringLiteral("seconds"), result.seconds},
        {QStringLiteral("log_generation_low"), static_cast<qint64>(result.logGenerationLow)},
        {QStringLiteral("log_generation_high"), static_cast<qint64>(result.logGenerationHigh)},
        {QStringLiteral("logs_truncated"), result.logsTruncated},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
    };
    if (!result.caKeyFile.isEmpty()) {
        object.insert(QStringLiteral("ca_key"), result.caKeyFile);
    }
    if (verifyAsked) {
        object.insert(QStringLiteral("verified"), result.verified);
        if (result.verifySkipped) {
            object.insert(QStringLiteral("verify_skipped"), true);
        }
    }
    return object;
}

void printBackupText(const engine::BackupResult &result)
{
    if (result.succeeded()) {
        const double rate =
            result.seconds > 0 ? static_cast<double>(result.bytes) / result.seconds : 0;
        out(QStringLiteral("Backup complete: %1").arg(QDir::toNativeSeparators(result.setPath)));
        out(QStringLiteral("  %1 backup of %2 (%3): %4 files, %5 in %6 s (%7/s)")
                .arg(engine::setTypeName(result.type), result.caName, result.server)
                .arg(result.files)
                .arg(TerminalProgress::bytes(result.bytes))
                .arg(result.seconds, 0, 'f', 1)
                .arg(TerminalProgress::bytes(static_cast<qint64>(rate))));
        out(QStringLiteral("  log generations %1-%2, logs %3")
                .arg(result.logGenerationLow)
                .arg(result.logGenerationHigh)
                .arg(result.logsTruncated ? QStringLiteral("truncated on the server")
                                          : QStringLiteral("kept on the server")));
        if (!result.caKeyFile.isEmpty()) {
            out(QCoreApplication::translate("cli", "  CA certificate and key: %1")
                    .arg(result.caKeyFile));
        }
        if (!result.verifySummary.isEmpty()) {
            out(QStringLiteral("  verification: ") + result.verifySummary);
        }
        for (const QString &warning : result.warnings) {
            err(QStringLiteral("warning: ") + warning);
        }
        return;
    }
    const engine::ErrorText d = engine::describeError(result.hresult);
    err(QStringLiteral("Backup %1: %2")
            .arg(result.outcome == engine::BackupResult::Outcome::Cancelled
                     ? QStringLiteral("cancelled")
                     : QStringLiteral("failed"),
                 result.message));
    err(QStringLiteral("  code %1 %2 (in %3)").arg(d.code, d.symbol, result.failedCall));
    err(QStringLiteral("  what to do: ") + result.action);
}

int backupExitCode(const engine::BackupResult &result, bool verifyAsked)
{
    if (result.succeeded()) {
        // A verification skipped by a cancel after the set was complete is no failed one.
        return verifyAsked && !result.verified && !result.verifySkipped ? ExitVerificationFailed
                                                                        : ExitSuccess;
    }
    if (result.outcome == engine::BackupResult::Outcome::Cancelled) {
        return ExitCancelled;
    }
    return exitCodeFor(result.category);
}

bool readSecretLine(const QString &prompt, QString *line)
{
    // A terminal gets a prompt and no echo; a pipe (a script, a scheduler) is read as it is.
#if defined(_WIN32)
    const bool terminal = _isatty(_fileno(stdin)) != 0;
    HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool echoOff = terminal && GetConsoleMode(console, &mode) &&
                         SetConsoleMode(console, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
    const bool terminal = isatty(fileno(stdin)) != 0;
    termios saved{};
    bool echoOff = false;
    if (terminal && tcgetattr(fileno(stdin), &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        echoOff = tcsetattr(fileno(stdin), TCSAFLUSH, &quiet) == 0;
    }
#endif
    if (terminal) {
        writeText(stderr, prompt);
        std::fflush(stderr);
    }
    std::string text;
    const bool got = static_cast<bool>(std::getline(std::cin, text));
#if defined(_WIN32)
    if (echoOff) {
        SetConsoleMode(console, mode);
    }
#else
    if (echoOff) {
        tcsetattr(fileno(stdin), TCSAFLUSH, &saved);
    }
#endif
    if (terminal) {
        std::fputs("\n", stderr);
    }
    if (!got && text.empty()) {
        return false;
    }
    if (!text.empty() && text.back() == '\r') {
        text.pop_back();
    }
    *line = QString::fromLocal8Bit(text.data(), static_cast<qsizetype>(text.size()));
    return true;
}

} // namespace cli
