// SPDX-License-Identifier: Apache-2.0
// Output helpers of certsrv-backup-cli shared by its commands: text on standard output and
// error, one JSON document per command, a backup result as JSON or text and its exit code, and
// reading a password from standard input.
#pragma once

#include "backuptypes.h"
#include "hresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace cli {

// Whether standard error is a terminal (progress bars and prompts only there).
bool stderrIsTerminal();

// Sets the console up for the progress line (Windows: VT sequences); once, at start.
void prepareConsole();
// Text as the stream's reader reads it: the locale's encoding on POSIX; on Windows a console's
// UTF-16 API, else UTF-8.
void writeText(std::FILE *stream, const QString &text);
void out(const QString &text);
void err(const QString &text);
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);

// Prints the message and a hint on standard error; returns ExitUsage.
int usageError(const QString &message);
int exitCodeFor(certadm::ErrorCategory category);
QJsonObject errorJson(HRESULT hr, const QString &call, const QString &message,
                      const QString &action);

// The JSON object of a finished backup (success or failure), as `backup --json` prints it.
QJsonObject backupResultJson(const engine::BackupResult &result, bool verifyAsked);
// The human-readable lines of a finished backup.
void printBackupText(const engine::BackupResult &result);
// The documented exit code of a finished backup.
int backupExitCode(const engine::BackupResult &result, bool verifyAsked);

// One line from standard input without its line end; the echo is off while a terminal types
// it. False when standard input ends before a line.
bool readSecretLine(const QString &prompt, QString *line);

} // namespace cli
