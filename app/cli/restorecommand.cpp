// SPDX-License-Identifier: Apache-2.0
// The restore command: a set's chain restored into the CA on this computer, or a drill.
#include "restorecommand.h"

#include "commandoptions.h"
#include "commandsupport.h"
#include "exitcodes.h"
#include "interruptwatcher.h"
#include "engine/manifest.h"
#include "engine/restorerunner.h"
#include "engine/runlog.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {
namespace {

using O = CommandOptions;

QCommandLineOption drillOption()
{
    return {QStringLiteral("drill"),
            RestoreCommand::tr("Prove the set restorable on a scratch copy; no CA is touched.")};
}

QCommandLineOption scratchOption()
{
    return {QStringLiteral("scratch"),
            RestoreCommand::tr("With --drill: the folder for the scratch copy (default: the "
                               "temporary folder)."),
            RestoreCommand::tr("dir")};
}

QCommandLineOption databaseOnlyOption()
{
    return {QStringLiteral("database-only"),
            RestoreCommand::tr("The database and logs, not the CA key.")};
}

QCommandLineOption keyOnlyOption()
{
    return {QStringLiteral("key-only"), RestoreCommand::tr("Only the CA key and certificate.")};
}

QCommandLineOption stopServiceOption()
{
    return {QStringLiteral("stop-service"), RestoreCommand::tr("Stop the CA first if it runs.")};
}

QCommandLineOption startOption()
{
    return {QStringLiteral("start"),
            RestoreCommand::tr("Start the CA afterwards; it recovers the restored database (a "
                               "failure undoes the restore).")};
}

QCommandLineOption forceOption()
{
    return {QStringLiteral("force"),
            RestoreCommand::tr("Restore onto a CA whose name differs from the set's.")};
}

// The server a set was taken from, from its manifest; empty without one.
QString serverOfSet(const QString &setPath)
{
    QFile file(setPath + QLatin1Char('/') + QLatin1String(engine::kManifestFileName));
    engine::Manifest manifest;
    QString error;
    if (!file.open(QIODevice::ReadOnly) ||
        !engine::Manifest::fromBytes(file.read(4 << 20), &manifest, &error)) {
        return {};
    }
    return manifest.server;
}

int exitCodeOf(const engine::RestoreResult &result)
{
    using Refusal = engine::RestoreResult::Refusal;
    if (result.succeeded()) {
        return ExitSuccess;
    }
    if (result.outcome == engine::RestoreResult::Outcome::Cancelled) {
        return ExitCancelled;
    }
    switch (result.refusal) {
    case Refusal::BadSet:
        return ExitVerificationFailed;
    case Refusal::CaRunning:
        return ExitCaRunning;
    case Refusal::NeedsElevation:
        return ExitNeedsElevation;
    case Refusal::None:
    case Refusal::NotLocal:
    case Refusal::CaNameDiffers:
        break;
    }
    return result.drill ? ExitVerificationFailed : ExitFailed;
}

QString refusalWord(engine::RestoreResult::Refusal refusal)
{
    using Refusal = engine::RestoreResult::Refusal;
    switch (refusal) {
    case Refusal::None:
        return QStringLiteral("none");
    case Refusal::BadSet:
        return QStringLiteral("bad_set");
    case Refusal::NotLocal:
        return QStringLiteral("not_local");
    case Refusal::CaNameDiffers:
        return QStringLiteral("ca_name_differs");
    case Refusal::CaRunning:
        return QStringLiteral("ca_running");
    case Refusal::NeedsElevation:
        return QStringLiteral("needs_elevation");
    }
    return QStringLiteral("none");
}

QJsonObject resultJson(const engine::RestoreResult &result)
{
    QJsonObject json{
        {QStringLiteral("ok"), result.succeeded()},
        {QStringLiteral("drill"), result.drill},
        {QStringLiteral("outcome"), engine::runOutcomeWord(result.outcome)},
        {QStringLiteral("server"), result.server},
        {QStringLiteral("ca_name"), result.caName},
        {QStringLiteral("set"), QDir::toNativeSeparators(result.setPath)},
        {QStringLiteral("chain"), QJsonArray::fromStringList(result.chain)},
        {QStringLiteral("gen_low"), static_cast<qint64>(result.genLow)},
        {QStringLiteral("gen_high"), static_cast<qint64>(result.genHigh)},
        {QStringLiteral("bytes"), result.bytes},
        {QStringLiteral("files"), result.files},
        {QStringLiteral("seconds"), result.seconds},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
    };
    if (result.drill) {
        json.insert(QStringLiteral("checks"), QJsonArray::fromStringList(result.checks));
        json.insert(QStringLiteral("certificates"), result.certificates);
        json.insert(QStringLiteral("highest_serial"), result.highestSerial);
    } else {
        json.insert(QStringLiteral("database_restored"), result.databaseRestored);
        json.insert(QStringLiteral("key_restored"), result.keyRestored);
        json.insert(QStringLiteral("service_started"), result.serviceStarted);
        json.insert(QStringLiteral("rolled_back"), result.rolledBack);
        json.insert(QStringLiteral("previous_database"),
                    QDir::toNativeSeparators(result.asideFolder));
    }
    if (!result.succeeded()) {
        QJsonObject error =
            errorJson(result.hresult, result.failedCall, result.message, result.action);
        error.insert(QStringLiteral("refusal"), refusalWord(result.refusal));
        json.insert(QStringLiteral("error"), error);
    }
    return json;
}

void printText(const engine::RestoreResult &result)
{
    if (!result.chain.isEmpty()) {
        out(RestoreCommand::tr("Chain:     %1").arg(result.chain.join(QStringLiteral(" -> "))));
    }
    for (const QString &warning : result.warnings) {
        out(RestoreCommand::tr("Warning:   %1").arg(warning));
    }
    if (result.drill) {
        for (const QString &check : result.checks) {
            out(RestoreCommand::tr("Checked:   %1").arg(check));
        }
        if (result.succeeded()) {
            out(RestoreCommand::tr(
                    "Drill passed: %1 is restorable (%2 certificates, highest serial %3, %4).")
                    .arg(QDir::toNativeSeparators(result.setPath))
                    .arg(result.certificates)
                    .arg(result.highestSerial)
                    .arg(TerminalProgress::duration(static_cast<qint64>(result.seconds))));
            return;
        }
    } else if (result.succeeded()) {
        out(RestoreCommand::tr("Restored:  %1 files, %2, log generations %3 to %4, in %5")
                .arg(result.files)
                .arg(TerminalProgress::bytes(result.bytes))
                .arg(result.genLow)
                .arg(result.genHigh)
                .arg(TerminalProgress::duration(static_cast<qint64>(result.seconds))));
        if (!result.asideFolder.isEmpty()) {
            out(RestoreCommand::tr("Previous database and logs kept in %1")
                    .arg(QDir::toNativeSeparators(result.asideFolder)));
        }
        if (result.keyRestored) {
            out(RestoreCommand::tr("The CA key and certificate were restored."));
        }
        out(result.serviceStarted
                ? RestoreCommand::tr(
                      "The CA is running on the restored database. Take a full backup now: "
                      "sets taken before the restore cannot be chained with later ones.")
            : result.databaseRestored
                ? RestoreCommand::tr(
                      "Start the CA to finish: it recovers the restored database at start. "
                      "Then take a full backup.")
                : QString());
        return;
    }
    err(result.outcome == engine::RestoreResult::Outcome::Cancelled
            ? RestoreCommand::tr("Restore cancelled.")
            : (result.drill ? RestoreCommand::tr("Drill FAILED: %1")
                            : RestoreCommand::tr("Restore failed: %1"))
                  .arg(result.message));
    if (result.rolledBack) {
        err(RestoreCommand::tr(
            "The restore was undone: the CA has its previous database and logs."));
    }
    if (!result.action.isEmpty()) {
        err(RestoreCommand::tr("What to do: %1").arg(result.action));
    }
}

} // namespace

RestoreCommand::RestoreCommand() : Command(QStringLiteral("restore")) {}

QString RestoreCommand::description() const
{
    return tr("Restore a set's chain into the CA on this computer, or test-restore it (--drill).");
}

QList<QCommandLineOption> RestoreCommand::options() const
{
    return {O::server(),
            databaseOnlyOption(),
            keyOnlyOption(),
            O::keyPasswordStdin(tr("Read the password of the set's CA key from standard input "
                                   "(one line) and restore the key too.")),
            stopServiceOption(),
            startOption(),
            forceOption(),
            drillOption(),
            scratchOption(),
            O::json(),
            O::verbose(),
            O::certadmLibrary()};
}

QList<Command::Argument> RestoreCommand::arguments() const
{
    return {{QStringLiteral("SET"), tr("The set to restore: the last set of the chain.")}};
}

int RestoreCommand::execute(const QCommandLineParser &parser, const QStringList &positional)
{
    const bool json = parser.isSet(O::json());
    const bool drill = parser.isSet(drillOption());
    if (parser.isSet(databaseOnlyOption()) && parser.isSet(keyOnlyOption())) {
        return usageError(tr("--database-only and --key-only exclude each other"));
    }
    if (drill && (parser.isSet(keyOnlyOption()) || parser.isSet(startOption()) ||
                  parser.isSet(stopServiceOption()) || parser.isSet(forceOption()))) {
        return usageError(tr("--drill touches no CA: it takes only SET, --scratch "
                             "and --json"));
    }
    if (!drill && parser.isSet(scratchOption())) {
        return usageError(tr("--scratch is for --drill"));
    }
    engine::RestoreRequest request;
    request.setPath = positional.at(0);
    request.server = parser.isSet(O::server()) ? parser.value(O::server()).trimmed()
                                               : serverOfSet(request.setPath);
    if (!drill && request.server.isEmpty()) {
        return usageError(tr("restore needs --server NAME: the set has no manifest "
                             "that names its server"));
    }
    request.database = !parser.isSet(keyOnlyOption());
    request.caKey = parser.isSet(keyOnlyOption()) ||
                    (parser.isSet(O::keyPasswordStdin({})) && !parser.isSet(databaseOnlyOption()));
    request.stopService = parser.isSet(stopServiceOption());
    request.startService = parser.isSet(startOption());
    request.force = parser.isSet(forceOption());
    if (request.caKey) {
        if (!readKeyPassword(&request.keyPassword) || request.keyPassword.isEmpty()) {
            return usageError(tr("restoring the CA key needs its password: --key-password-stdin"));
        }
    }
    int exitCode = ExitSuccess;
    request.library = loadLibraryOrReport(parser.value(O::certadmLibrary()), json, &exitCode);
    if (!request.library) {
        return exitCode;
    }

    const bool verbose = parser.isSet(O::verbose());
    TerminalProgress bar(!json && stderrIsTerminal());
    engine::RestoreRunner runner;
    engine::RestoreResult result;
    QEventLoop loop;
    QString lastStep;
    QObject::connect(&runner, &engine::RestoreRunner::progress, &loop,
                     [&](const engine::RestoreProgress &p) {
                         const QString step = engine::restoreStepText(p.step);
                         if (json || step == lastStep) {
                             bar.update(p.bytesDone, p.bytesTotal, p.currentFile);
                             return;
                         }
                         lastStep = step;
                         if (p.step == engine::RestoreStep::Done) {
                             return;
                         }
                         bar.finish();
                         err(step + QStringLiteral("..."));
                     });
    QObject::connect(&runner, &engine::RestoreRunner::logLine, &loop,
                     [&bar, verbose](const QString &line) {
                         if (verbose) {
                             bar.finish();
                             err(line);
                         }
                     });
    QObject::connect(&runner, &engine::RestoreRunner::finished, &loop,
                     [&](const engine::RestoreResult &r) {
                         result = r;
                         loop.quit();
                     });
    {
        InterruptWatcher interrupts;
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
            bar.finish();
            err(tr("Cancelling: the restore is undone..."));
            runner.cancel();
        });
        if (drill) {
            runner.startDrill(request, parser.value(scratchOption()));
        } else {
            runner.start(request);
        }
        loop.exec();
    }
    bar.finish();
    // Recorded like every backup, so that the history shows restores and drills too.
    QString logError;
    if (!engine::RunLog().append(
            engine::RunRecord::fromRestore(result, engine::RunSource::CommandLine), &logError)) {
        warnRunLog(logError);
    }
    if (json) {
        printJson(resultJson(result));
    } else {
        printText(result);
    }
    return exitCodeOf(result);
}

} // namespace cli
