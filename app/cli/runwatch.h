// Runs a backup runner (engine::BackupRunner or profiles::ProfileRunner) to its end from the
// command line: the terminal progress bar, the job's log lines with --verbose, and Ctrl-C or
// SIGTERM turned into a clean cancel. Both `backup` forms use this one loop.
#pragma once

#include "clioutput.h"
#include "interruptwatcher.h"
#include "terminalprogress.h"

#include <QEventLoop>
#include <QObject>

namespace cli {

// `start` starts `runner` and returns whether it did. Returns false when it did not start;
// otherwise waits for the finished signal and stores its argument in *result.
template <typename Runner, typename Result, typename Start>
bool runToEnd(Runner &runner, TerminalProgress &bar, bool verbose, Start start, Result *result)
{
    QEventLoop loop;
    QObject::connect(&runner, &Runner::progress, &loop,
                     [&bar](const engine::BackupProgress &p) { bar.update(p); });
    QObject::connect(&runner, &Runner::logLine, &loop, [&bar, verbose](const QString &line) {
        if (verbose) {
            bar.finish();
            err(line);
        }
    });
    QObject::connect(&runner, &Runner::finished, &loop, [&](const Result &r) {
        *result = r;
        loop.quit();
    });
    {
        InterruptWatcher interrupts;
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
            bar.finish();
            err(QStringLiteral("Cancelling: ending the backup on the server and removing the "
                               "unfinished set..."));
            runner.cancel();
        });
        if (!start()) {
            return false;
        }
        loop.exec();
    }
    bar.finish();
    return true;
}

} // namespace cli
