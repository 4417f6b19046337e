// SPDX-License-Identifier: Apache-2.0
#include "runwatch.h"

#include "clioutput.h"
#include "exitcodes.h"
#include "interruptwatcher.h"

#include <QCoreApplication>

#include <QEventLoop>
#include <QObject>

namespace cli {

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
                    ? QStringLiteral("Cancelling: the set is complete and is kept; its "
                                     "verification is skipped...")
                    : QStringLiteral("Cancelling: ending the backup on the server and removing "
                                     "the unfinished set..."));
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
        out(QCoreApplication::translate("cli", "  test restore: passed (%1 certificates, highest "
                                               "serial %2)")
                .arg(run.drill.certificates)
                .arg(run.drill.highestSerial));
    } else if (run.drill.outcome == engine::RunOutcome::Cancelled) {
        out(QCoreApplication::translate("cli", "  test restore: cancelled"));
    } else {
        out(QCoreApplication::translate("cli", "  test restore: FAILED: %1")
                .arg(run.drill.message));
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
