// SPDX-License-Identifier: Apache-2.0
#include "restorecommand.h"

#include "clicommands.h"
#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "interruptwatcher.h"
#include "manifest.h"
#include "restorerunner.h"
#include "runlog.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace cli {
namespace {

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
    const auto tr = [](const char *text) { return QCoreApplication::translate("cli", text); };
    if (!result.chain.isEmpty()) {
        out(tr("Chain:     %1").arg(result.chain.join(QStringLiteral(" -> "))));
    }
    for (const QString &warning : result.warnings) {
        out(tr("Warning:   %1").arg(warning));
    }
    if (result.drill) {
        for (const QString &check : result.checks) {
            out(tr("Checked:   %1").arg(check));
        }
        if (result.succeeded()) {
            out(tr("Drill passed: %1 is restorable (%2 certificates, highest serial %3, %4).")
                    .arg(QDir::toNativeSeparators(result.setPath))
                    .arg(result.certificates)
                    .arg(result.highestSerial)
                    .arg(TerminalProgress::duration(static_cast<qint64>(result.seconds))));
            return;
        }
    } else if (result.succeeded()) {
        out(tr("Restored:  %1 files, %2, log generations %3 to %4, in %5")
                .arg(result.files)
                .arg(TerminalProgress::bytes(result.bytes))
                .arg(result.genLow)
                .arg(result.genHigh)
                .arg(TerminalProgress::duration(static_cast<qint64>(result.seconds))));
        if (!result.asideFolder.isEmpty()) {
            out(tr("Previous database and logs kept in %1")
                    .arg(QDir::toNativeSeparators(result.asideFolder)));
        }
        if (result.keyRestored) {
            out(tr("The CA key and certificate were restored."));
        }
        out(result.serviceStarted
                ? tr("The CA is running on the restored database. Take a full backup now: "
                     "sets taken before the restore cannot be chained with later ones.")
            : result.databaseRestored
                ? tr("Start the CA to finish: it recovers the restored database at start. "
                     "Then take a full backup.")
                : QString());
        return;
    }
    err(result.outcome == engine::RestoreResult::Outcome::Cancelled
            ? tr("Restore cancelled.")
            : (result.drill ? tr("Drill FAILED: %1") : tr("Restore failed: %1"))
                  .arg(result.message));
    if (result.rolledBack) {
        err(tr("The restore was undone: the CA has its previous database and logs."));
    }
    if (!result.action.isEmpty()) {
        err(tr("What to do: %1").arg(result.action));
    }
}

} // namespace

int runRestore(const QCommandLineParser &parser, const Options &o)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return usageError(QStringLiteral("restore needs exactly one SET folder"));
    }
    const bool json = parser.isSet(o.json);
    const bool drill = parser.isSet(o.drill);
    if (parser.isSet(o.databaseOnly) && parser.isSet(o.keyOnly)) {
        return usageError(QStringLiteral("--database-only and --key-only exclude each other"));
    }
    if (drill && (parser.isSet(o.keyOnly) || parser.isSet(o.startService) ||
                  parser.isSet(o.stopService) || parser.isSet(o.force))) {
        return usageError(QStringLiteral("--drill touches no CA: it takes only SET, --scratch "
                                         "and --json"));
    }
    if (!drill && parser.isSet(o.scratch)) {
        return usageError(QStringLiteral("--scratch is for --drill"));
    }
    engine::RestoreRequest request;
    request.setPath = positional.at(1);
    request.server =
        parser.isSet(o.server) ? parser.value(o.server).trimmed() : serverOfSet(request.setPath);
    if (!drill && request.server.isEmpty()) {
        return usageError(QStringLiteral("restore needs --server NAME: the set has no manifest "
                                         "that names its server"));
    }
    request.database = !parser.isSet(o.keyOnly);
    request.caKey = parser.isSet(o.keyOnly) ||
                    (parser.isSet(o.keyPasswordStdin) && !parser.isSet(o.databaseOnly));
    request.stopService = parser.isSet(o.stopService);
    request.startService = parser.isSet(o.startService);
    request.force = parser.isSet(o.force);
    if (request.caKey) {
        if (!readSecretLine(QCoreApplication::translate("cli", "CA key password: "),
                            &request.keyPassword) ||
            request.keyPassword.isEmpty()) {
            return usageError(QCoreApplication::translate(
                "cli", "restoring the CA key needs its password: --key-password-stdin"));
        }
    }
    int exitCode = ExitSuccess;
    request.library = loadLibraryOrReport(parser, o, json, &exitCode);
    if (!request.library) {
        return exitCode;
    }

    const bool verbose = parser.isSet(o.verbose);
    const bool interactive = !json && stderrIsTerminal();
    engine::RestoreRunner runner;
    engine::RestoreResult result;
    QEventLoop loop;
    QString lastStep;
    QObject::connect(&runner, &engine::RestoreRunner::progress, &loop,
                     [&](const engine::RestoreProgress &p) {
                         const QString step = engine::restoreStepText(p.step);
                         if (json || step == lastStep) {
                             if (interactive && p.bytesTotal > 0) {
                                 writeText(stderr, QStringLiteral("\r  %1%  %2          ")
                                                       .arg(p.bytesDone * 100 / p.bytesTotal, 3)
                                                       .arg(p.currentFile));
                                 std::fflush(stderr);
                             }
                             return;
                         }
                         lastStep = step;
                         if (p.step == engine::RestoreStep::Done) {
                             return;
                         }
                         if (interactive) {
                             std::fputs("\n", stderr);
                         }
                         err(step + QStringLiteral("..."));
                     });
    QObject::connect(&runner, &engine::RestoreRunner::logLine, &loop,
                     [verbose](const QString &line) {
                         if (verbose) {
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
            err(QCoreApplication::translate("cli", "Cancelling: the restore is undone..."));
            runner.cancel();
        });
        if (drill) {
            runner.startDrill(request, parser.value(o.scratch));
        } else {
            runner.start(request);
        }
        loop.exec();
    }
    if (interactive) {
        std::fputs("\n", stderr);
    }
    // Recorded like every backup, so that the history shows restores and drills too.
    QString logError;
    if (!engine::RunLog().append(
            engine::RunRecord::fromRestore(result, engine::RunSource::CommandLine), &logError)) {
        err(QStringLiteral("warning: cannot write the run log: ") + logError);
    }
    if (json) {
        printJson(resultJson(result));
    } else {
        printText(result);
    }
    return exitCodeOf(result);
}

} // namespace cli
