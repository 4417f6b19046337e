// SPDX-License-Identifier: Apache-2.0
// The backup command: a backup with the settings given, or a saved profile's run.
#include "backupcommand.h"

#include "commandoptions.h"
#include "commandsupport.h"
#include "exitcodes.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/runcontroller.h"
#include "engine/runlog.h"
#include "runwatch.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>

namespace cli {
namespace {

using O = CommandOptions;

// A run that could not even start (no store, no such profile, no library) still goes into the
// run log, so that a scheduled run that fails this way shows in the main window.
void recordFailedRun(const QString &name, const QString &server, const QString &message,
                     const QString &action)
{
    engine::BackupResult result;
    result.outcome = engine::BackupResult::Outcome::Failed;
    result.server = server;
    result.hresult = certadm::kHrFail;
    result.failedCall = QStringLiteral("profile");
    result.message = message;
    result.action = action;
    QString error;
    if (!engine::RunLog().append(
            engine::RunRecord::fromResult(result, engine::RunSource::Profile, name), &error)) {
        warnRunLog(error);
    }
}

QJsonObject retentionJson(const profiles::RunResult &result)
{
    QJsonArray decisions;
    for (const profiles::RetentionDecision &decision : result.retention.decisions) {
        decisions.append(QJsonObject{{QStringLiteral("set"), decision.folderName},
                                     {QStringLiteral("removed"), decision.remove},
                                     {QStringLiteral("reason"), decision.reason}});
    }
    return QJsonObject{
        {QStringLiteral("ran"), result.retentionRan},
        {QStringLiteral("skipped"), result.retentionSkipped},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("errors"), QJsonArray::fromStringList(result.retention.errors)}};
}

} // namespace

BackupCommand::BackupCommand() : Command(QStringLiteral("backup")) {}

QString BackupCommand::description() const
{
    return tr("Back up a CA into a new set, or run a saved profile (--profile).");
}

QList<QCommandLineOption> BackupCommand::options() const
{
    return {O::server(),
            O::type(),
            O::dest(),
            O::keepLogs(),
            O::verify(),
            O::noVerify(),
            O::drillAfter(),
            O::withKey(),
            O::keyPasswordStdin(tr("Read the CA key password from standard input (one line): "
                                   "for --with-key, or for a profile that asks for it.")),
            O::profile(tr("Run a saved profile: its server, destination, settings, secrets "
                          "and retention.")),
            O::json(),
            O::verbose(),
            O::certadmLibrary()};
}

int BackupCommand::execute(const QCommandLineParser &parser, const QStringList &)
{
    if (parser.isSet(O::profile({}))) {
        return runProfile(parser);
    }
    const bool json = parser.isSet(O::json());
    if (!parser.isSet(O::server()) || parser.value(O::server()).trimmed().isEmpty()) {
        return usageError(tr("backup needs --server NAME (or --profile NAME)"));
    }
    if (!parser.isSet(O::dest()) || parser.value(O::dest()).isEmpty()) {
        return usageError(tr("backup needs --dest DIR"));
    }
    profiles::RunSpec spec;
    spec.source = engine::RunSource::CommandLine;
    spec.giveKeyPasswordHint = tr("Or pass it with --key-password-stdin.");
    engine::BackupRequest &request = spec.request;
    const QString typeName =
        parser.isSet(O::type()) ? parser.value(O::type()) : QStringLiteral("full");
    if (!engine::parseSetType(typeName, &request.type)) {
        return usageError(tr("--type must be full or logs, not \"%1\"").arg(typeName));
    }
    if (request.type == engine::SetType::LogsOnly && parser.isSet(O::keepLogs())) {
        err(tr("note: --keep-logs has no effect on a logs-only backup (logs are only truncated "
               "after a full backup)"));
    }
    if (parser.isSet(O::keyPasswordStdin({})) && !parser.isSet(O::withKey())) {
        return usageError(tr("--key-password-stdin only goes with --with-key or --profile"));
    }
    if (parser.isSet(O::verify()) && parser.isSet(O::noVerify())) {
        return usageError(tr("--verify and --no-verify exclude each other"));
    }
    request.server = parser.value(O::server()).trimmed();
    request.destination = QDir(parser.value(O::dest())).absolutePath();
    request.keepLogs = parser.isSet(O::keepLogs());
    request.verifyAfter = !parser.isSet(O::noVerify());
    spec.drillAfter = parser.isSet(O::drillAfter());
    if (parser.isSet(O::withKey())) {
        // Without a profile there is no keychain entry to use: the password comes with the call.
        if (!parser.isSet(O::keyPasswordStdin({}))) {
            return usageError(tr("--with-key needs --key-password-stdin (or use --profile with a "
                                 "password in the keychain)"));
        }
        request.includeKey = true;
        spec.keyPasswordFrom = profiles::KeyPasswordFrom::Given;
        if (!readKeyPassword(&request.keyPassword) || request.keyPassword.isEmpty()) {
            return usageError(tr("no key password on standard input"));
        }
    }
    int exitCode = ExitSuccess;
    request.library = loadLibraryOrReport(parser.value(O::certadmLibrary()), json, &exitCode);
    if (!request.library) {
        return exitCode;
    }

    const bool interactive = !json && stderrIsTerminal();
    const bool verbose = parser.isSet(O::verbose());
    TerminalProgress bar(interactive);
    // The controller writes the run record, so that the GUI's history shows every run,
    // scheduled ones included.
    profiles::RunController controller(nullptr);
    profiles::RunResult run;
    if (!runToEnd(controller, spec, bar, verbose, &run)) {
        return ExitFailed;
    }
    warnRunLog(run.runLogError);
    if (json) {
        printJson(runResultJson(run, request.verifyAfter));
    } else {
        printRunText(run);
    }
    return runExitCode(run, request.verifyAfter);
}

int BackupCommand::runProfile(const QCommandLineParser &parser)
{
    const bool json = parser.isSet(O::json());
    const QString name = parser.value(O::profile({})).trimmed();
    for (const QCommandLineOption &option :
         {O::server(), O::dest(), O::type(), O::keepLogs(), O::verify(), O::withKey(),
          O::noVerify(), O::drillAfter()}) {
        if (parser.isSet(option)) {
            return usageError(tr("--profile takes the server, destination and settings from the "
                                 "profile; drop --%1")
                                  .arg(option.names().constFirst()));
        }
    }
    if (name.isEmpty()) {
        return usageError(tr("--profile needs a profile name"));
    }
    // A run that cannot start is recorded, and reported as JSON or text.
    const auto fail = [&](int exitCode, const QString &server, const QString &message,
                          const QString &action) {
        recordFailedRun(name, server, message, action);
        if (json) {
            printJson(QJsonObject{
                {QStringLiteral("ok"), false},
                {QStringLiteral("profile"), name},
                {QStringLiteral("error"),
                 errorJson(certadm::kHrFail, QStringLiteral("profile"), message, action)}});
        } else {
            err(tr("Backup failed: %1").arg(message));
            err(tr("  what to do: %1").arg(action));
        }
        return exitCode;
    };
    profiles::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        return fail(ExitFailed, QString(), error,
                    tr("Repair or move the profiles file, then run again."));
    }
    const std::optional<profiles::Profile> found = store.find(name);
    if (!found) {
        return fail(ExitUsage, QString(),
                    tr("There is no profile named \"%1\" in %2.")
                        .arg(name, QDir::toNativeSeparators(store.path())),
                    tr("Check the name with `certsrv-backup-cli profiles list` (profiles belong "
                       "to the account that saved them)."));
    }
    const profiles::Profile profile = *found;
    QString typedPassword;
    if (parser.isSet(O::keyPasswordStdin({}))) {
        if (!readKeyPassword(&typedPassword) || typedPassword.isEmpty()) {
            return usageError(tr("no key password on standard input"));
        }
    }
    int exitCode = ExitSuccess;
    auto library = loadLibraryOrReport(parser.value(O::certadmLibrary()), json, &exitCode);
    if (!library) {
        recordFailedRun(profile.name, profile.server,
                        tr("The certadm library could not be loaded."),
                        tr("Install the Certificate Services tools or pass --certadm-library."));
        return exitCode;
    }

    const bool interactive = !json && stderrIsTerminal();
    const bool verbose = parser.isSet(O::verbose());
    TerminalProgress bar(interactive);
    profiles::KeychainSecretStore keychain;
    profiles::RunController controller(&keychain);
    controller.setProfileStore(&store);
    controller.setSecretTimeout(kKeychainTimeoutMs);
    profiles::RunResult result;
    profiles::RunSpec spec = profiles::RunSpec::forProfile(profile, library, typedPassword);
    spec.giveKeyPasswordHint = tr("Or pass it with --key-password-stdin.");
    spec.storeKeyPasswordHint = tr("Store it with `certsrv-backup-cli profiles add %1 ... "
                                   "--with-key --key-password-stdin --replace`.")
                                    .arg(profile.name);
    if (!runToEnd(controller, spec, bar, verbose, &result)) {
        return ExitFailed;
    }
    warnRunLog(result.runLogError);

    QJsonArray pruned;
    for (const QString &path : std::as_const(result.retention.removed)) {
        pruned.append(QDir::toNativeSeparators(path));
    }
    if (json) {
        QJsonObject object = runResultJson(result, profile.verifyAfter);
        object.insert(QStringLiteral("profile"), profile.name);
        object.insert(QStringLiteral("pruned"), pruned);
        object.insert(QStringLiteral("retention"), retentionJson(result));
        printJson(object);
    } else {
        printRunText(result);
        for (const QString &path : std::as_const(result.retention.removed)) {
            out(tr("  retention removed %1").arg(QDir::toNativeSeparators(path)));
        }
        if (result.retentionRan) {
            out(QStringLiteral("  ") + result.retention.summary());
        }
    }
    return runExitCode(result, profile.verifyAfter);
}

} // namespace cli
