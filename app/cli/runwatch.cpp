// SPDX-License-Identifier: Apache-2.0
// A backup run watched to its end on the terminal, and its result as text, JSON, exit code.
#include "runwatch.h"

#include "commandsupport.h"
#include "engine/errortext.h"
#include "exitcodes.h"
#include "interruptwatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QObject>

namespace cli {
namespace {

class RunWatch {
    Q_DECLARE_TR_FUNCTIONS(RunWatch)
};

// The JSON object of a finished backup (success or failure), as `backup --json` prints it.
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

// The human-readable lines of a finished backup.
void printBackupText(const engine::BackupResult &result)
{
    if (result.succeeded()) {
        const double rate =
            result.seconds > 0 ? static_cast<double>(result.bytes) / result.seconds : 0;
        out(RunWatch::tr("Backup complete: %1").arg(QDir::toNativeSeparators(result.setPath)));
        out((result.type == engine::SetType::Full
                 ? RunWatch::tr("  full backup of %1 (%2): %3 files, %4 in %5 s (%6/s)")
                 : RunWatch::tr("  logs-only backup of %1 (%2): %3 files, %4 in %5 s (%6/s)"))
                .arg(result.caName, result.server)
                .arg(result.files)
                .arg(TerminalProgress::bytes(result.bytes))
                .arg(result.seconds, 0, 'f', 1)
                .arg(TerminalProgress::bytes(static_cast<qint64>(rate))));
        out((result.logsTruncated
                 ? RunWatch::tr("  log generations %1-%2, logs truncated on the server")
                 : RunWatch::tr("  log generations %1-%2, logs kept on the server"))
                .arg(result.logGenerationLow)
                .arg(result.logGenerationHigh));
        if (!result.caKeyFile.isEmpty()) {
            out(RunWatch::tr("  CA certificate and key: %1").arg(result.caKeyFile));
        }
        if (!result.verifySummary.isEmpty()) {
            out(RunWatch::tr("  verification: %1").arg(result.verifySummary));
        }
        for (const QString &warning : result.warnings) {
            err(RunWatch::tr("warning: %1").arg(warning));
        }
        return;
    }
    const engine::ErrorText d = engine::describeError(result.hresult);
    err((result.outcome == engine::BackupResult::Outcome::Cancelled
             ? RunWatch::tr("Backup cancelled: %1")
             : RunWatch::tr("Backup failed: %1"))
            .arg(result.message));
    err(RunWatch::tr("  code %1 %2 (in %3)").arg(d.code, d.symbol, result.failedCall));
    err(RunWatch::tr("  what to do: %1").arg(result.action));
}

// The documented exit code of a finished backup.
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

} // namespace

bool runToEnd(profiles::RunController &controller, const profiles::RunSpec &spec,
              TerminalProgress &bar, bool verbose, profiles::RunResult *result)
{
    QEventLoop loop;
    QObject::connect(&controller, &profiles::RunController::progress, &loop,
                     [&bar](const engine::BackupProgress &p) { bar.update(p); });
    QObject::connect(&controller, &profiles::RunController::logLine, &loop,
                     [&bar, verbose](const QString &line) {
                         if (verbose) {
                             bar.finish();
                             err(line);
                         }
                     });
    QObject::connect(&controller, &profiles::RunController::finished, &loop,
                     [&](const profiles::RunResult &r) {
                         *result = r;
                         loop.quit();
                     });
    {
        InterruptWatcher interrupts;
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
            bar.finish();
            err(controller.isCommitted()
                    ? RunWatch::tr(
                          "Cancelling: the set is complete and is kept; its verification is "
                          "skipped...")
                    : RunWatch::tr("Cancelling: ending the backup on the server and removing the "
                                   "unfinished set..."));
            controller.cancel();
        });
        if (!controller.start(spec)) {
            return false;
        }
        loop.exec();
    }
    bar.finish();
    return true;
}

QJsonObject runResultJson(const profiles::RunResult &run, bool verifyAsked)
{
    QJsonObject object = backupResultJson(run.backup, verifyAsked);
    if (run.drillRan) {
        QJsonObject drill{
            {QStringLiteral("ok"), run.drill.succeeded()},
            {QStringLiteral("certificates"), run.drill.certificates},
            {QStringLiteral("highest_serial"), run.drill.highestSerial},
            {QStringLiteral("seconds"), run.drill.seconds},
        };
        if (!run.drill.succeeded()) {
            drill.insert(QStringLiteral("error"), errorJson(run.drill.hresult, run.drill.failedCall,
                                                            run.drill.message, run.drill.action));
        }
        object.insert(QStringLiteral("drill"), drill);
    }
    return object;
}

void printRunText(const profiles::RunResult &run)
{
    printBackupText(run.backup);
    if (!run.drillRan) {
        return;
    }
    if (run.drill.succeeded()) {
        out(RunWatch::tr("  test restore: passed (%1 certificates, highest serial %2)")
                .arg(run.drill.certificates)
                .arg(run.drill.highestSerial));
    } else if (run.drill.outcome == engine::RunOutcome::Cancelled) {
        out(RunWatch::tr("  test restore: cancelled"));
    } else {
        out(RunWatch::tr("  test restore: FAILED: %1").arg(run.drill.message));
    }
}

int runExitCode(const profiles::RunResult &run, bool verifyAsked)
{
    const int code = backupExitCode(run.backup, verifyAsked);
    if (code == ExitSuccess && run.drillRan && run.drill.outcome == engine::RunOutcome::Failed) {
        return ExitVerificationFailed;
    }
    return code;
}

} // namespace cli
