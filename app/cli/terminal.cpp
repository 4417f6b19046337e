// SPDX-License-Identifier: Apache-2.0
// The terminal of certsrv-backup-cli: output, JSON, usage errors, secrets, progress line.
#include "terminal.h"

#include "exitcodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
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

int usageError(const QString &message, const QString &command)
{
    err(QStringLiteral("%1: %2").arg(QLatin1String(kProgramName), message));
    err(command.isEmpty()
            ? QCoreApplication::translate("Terminal", "Run '%1 --help' for the commands.")
                  .arg(QLatin1String(kProgramName))
            : QCoreApplication::translate("Terminal", "Run '%1 help %2' for what it takes.")
                  .arg(QLatin1String(kProgramName), command));
    return ExitUsage;
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

bool readKeyPassword(QString *password)
{
    return readSecretLine(QCoreApplication::translate("Terminal", "CA key password: "), password);
}

QString TerminalProgress::bytes(qint64 value)
{
    return QLocale::c().formattedDataSize(value, 1, QLocale::DataSizeIecFormat);
}

QString TerminalProgress::duration(qint64 seconds)
{
    if (seconds < 60) {
        return tr("%1s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1h %2m").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

void TerminalProgress::update(const engine::BackupProgress &progress)
{
    if (!m_enabled) {
        return;
    }
    constexpr int kWidth = 28;
    const double fraction = progress.bytesTotal > 0
                                ? std::min(1.0, static_cast<double>(progress.bytesDone) /
                                                    static_cast<double>(progress.bytesTotal))
                                : 0.0;
    const int filled = static_cast<int>(fraction * kWidth);
    const QString bar =
        QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('-'));
    const QString eta =
        progress.etaSeconds >= 0 ? tr("ETA %1").arg(duration(progress.etaSeconds)) : tr("ETA --");
    draw(QStringLiteral("[%1] %2% %3/%4%5 %6/s %7  %8")
             .arg(bar)
             .arg(static_cast<int>(fraction * 100), 3)
             .arg(bytes(progress.bytesDone), bytes(progress.bytesTotal),
                  progress.totalIsEstimate ? QStringLiteral("~") : QString(),
                  bytes(static_cast<qint64>(progress.bytesPerSecond)), eta,
                  progress.currentFile.left(24)));
}

void TerminalProgress::update(qint64 done, qint64 total, const QString &currentFile)
{
    if (!m_enabled || total <= 0) {
        return;
    }
    draw(QStringLiteral("  %1%  %2").arg(done * 100 / total, 3).arg(currentFile));
}

void TerminalProgress::draw(const QString &line)
{
    writeText(stderr, QLatin1Char('\r') + line + QStringLiteral("\033[K"));
    std::fflush(stderr);
    m_lineOpen = true;
}

void TerminalProgress::finish()
{
    if (m_enabled && m_lineOpen) {
        std::fputs("\n", stderr);
        std::fflush(stderr);
        m_lineOpen = false;
    }
}

} // namespace cli
