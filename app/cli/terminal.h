// SPDX-License-Identifier: Apache-2.0
// The terminal of certsrv-backup-cli, for every command: text on standard output and error, one
// JSON document per command, usage errors, a password read from standard input, the console's
// set-up and the progress line.
#pragma once

#include "engine/backuptypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace cli {

// The name the help and the messages call the tool by, whatever path started it.
inline constexpr char kProgramName[] = "certsrv-backup-cli";

// Whether standard error is a terminal (progress lines and prompts only there).
bool stderrIsTerminal();

// Sets the console up for the progress line (Windows: VT sequences); once, at start.
void prepareConsole();
// Text as the stream's reader reads it: the locale's encoding on POSIX; on Windows a console's
// UTF-16 API, else UTF-8.
void writeText(std::FILE *stream, const QString &text);
void out(const QString &text);
void err(const QString &text);
// JSON is UTF-8 whatever the console, the same in every language.
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);

// Prints "certsrv-backup-cli: MESSAGE" and where to find the usage (`help COMMAND`, or the
// command list without a command) on standard error; returns ExitUsage.
int usageError(const QString &message, const QString &command = QString());

// One line from standard input without its line end; the echo is off while a terminal types
// it, after `prompt` on standard error. False when standard input ends before a line.
bool readSecretLine(const QString &prompt, QString *line);
// readSecretLine() for the CA key password, with the prompt every command uses.
bool readKeyPassword(QString *password);

// A one-line progress bar with rate and ETA for an interactive terminal (on standard error).
class TerminalProgress {
    Q_DECLARE_TR_FUNCTIONS(TerminalProgress)
public:
    explicit TerminalProgress(bool enabled) : m_enabled(enabled) {}
    void update(const engine::BackupProgress &progress);
    // A line of its own with a percentage and the current file (restore steps).
    void update(qint64 done, qint64 total, const QString &currentFile);
    void finish(); // ends the line so later output starts clean

    // "1.5 GiB", "12.0 MiB/s", "3m 05s": shared with the summaries.
    static QString bytes(qint64 value);
    static QString duration(qint64 seconds);

private:
    void draw(const QString &line);

    bool m_enabled;
    bool m_lineOpen = false;
};

} // namespace cli
