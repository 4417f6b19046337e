#include "runwatch.h"

#include "clioutput.h"
#include "interruptwatcher.h"

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

} // namespace cli
