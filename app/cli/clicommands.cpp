// SPDX-License-Identifier: Apache-2.0
#include "clicommands.h"

#include "errortext.h"
#include "hresult.h"
#include "catalog.h"
#include "certadmloader.h"
#include "clilog.h"
#include "clioptions.h"
#include "clioutput.h"
#include "enginelog.h"
#include "exitcodes.h"
#include "keychainsecretstore.h"
#include "partialset.h"
#include "profile.h"
#include "profilecommands.h"
#include "profilestore.h"
#include "restorecommand.h"
#include "runwatch.h"
#include "runlog.h"
#include "serverinventory.h"
#include "setverifier.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cli {

std::shared_ptr<const certadm::CertadmLibrary>
loadLibraryOrReport(const QCommandLineParser &parser, const Options &o, bool json, int *exitCode)
{
    QString error;
    auto library = engine::loadCertadmLibrary(parser.value(o.library), &error);
    if (!library) {
        if (json) {
            printJson(QJsonObject{
                {QStringLiteral("ok"), false},
                {QStringLiteral("error"),
                 errorJson(certadm::kHrFail, QStringLiteral("load"), error,
                           QStringLiteral("Install the Certificate Services tools or pass "
                                          "--certadm-library."))}});
        } else {
            err(error);
        }
        *exitCode = ExitFailed;
    }
    return library;
}

namespace {

int runBackup(const QCommandLineParser &parser, const Options &o)
{
    if (parser.isSet(o.profile)) {
        return runProfileBackup(parser, o);
    }
    const bool json = parser.isSet(o.json);
    if (!parser.isSet(o.server) || parser.value(o.server).trimmed().isEmpty()) {
        return usageError(QStringLiteral("backup needs --server NAME"));
    }
    if (!parser.isSet(o.dest) || parser.value(o.dest).isEmpty()) {
        return usageError(QStringLiteral("backup needs --dest DIR"));
    }
    profiles::RunSpec spec;
    spec.source = engine::RunSource::CommandLine;
    engine::BackupRequest &request = spec.request;
    const QString typeName = parser.isSet(o.type) ? parser.value(o.type) : QStringLiteral("full");
    if (!engine::parseSetType(typeName, &request.type)) {
        return usageError(QStringLiteral("--type must be full or logs, not \"%1\"").arg(typeName));
    }
    if (request.type == engine::SetType::LogsOnly && parser.isSet(o.keepLogs)) {
        err(QStringLiteral("note: --keep-logs has no effect on a logs-only backup (logs are only "
                           "truncated after a full backup)"));
    }
    if (parser.isSet(o.keyPasswordStdin) && !parser.isSet(o.withKey)) {
        return usageError(
            QCoreApplication::translate("cli", "--key-password-stdin only goes with --with-key"));
    }
    if (parser.isSet(o.verify) && parser.isSet(o.noVerify)) {
        return usageError(QStringLiteral("--verify and --no-verify exclude each other"));
    }
    request.server = parser.value(o.server).trimmed();
    request.destination = QDir(parser.value(o.dest)).absolutePath();
    request.keepLogs = parser.isSet(o.keepLogs);
    request.verifyAfter = !parser.isSet(o.noVerify);
    spec.drillAfter = parser.isSet(o.drillAfter);
    if (parser.isSet(o.withKey)) {
        // Without a profile there is no keychain entry to use: the password comes with the call.
        if (!parser.isSet(o.keyPasswordStdin)) {
            return usageError(QCoreApplication::translate(
                "cli", "--with-key needs --key-password-stdin (or use --profile with a "
                       "password in the keychain)"));
        }
        request.includeKey = true;
        spec.keyPasswordFrom = profiles::KeyPasswordFrom::Given;
        if (!readSecretLine(QCoreApplication::translate("cli", "CA key password: "),
                            &request.keyPassword) ||
            request.keyPassword.isEmpty()) {
            return usageError(
                QCoreApplication::translate("cli", "no key password on standard input"));
        }
    }
    int exitCode = ExitSuccess;
    request.library = loadLibraryOrReport(parser, o, json, &exitCode);
    if (!request.library) {
        return exitCode;
    }

    const bool interactive = !json && stderrIsTerminal();
    const bool verbose = parser.isSet(o.verbose);
    TerminalProgress bar(interactive);
    // The controller writes the run record, so that the GUI's history shows every run,
    // scheduled ones included.
    profiles::RunController controller(nullptr);
    profiles::RunResult run;
    if (!runToEnd(controller, spec, bar, verbose, &run)) {
        return ExitFailed;
    }
    if (!run.runLogError.isEmpty()) {
        err(QStringLiteral("warning: cannot write the run log: ") + run.runLogError);
    }
    if (json) {
        printJson(runResultJson(run, request.verifyAfter));
    } else {
        printRunText(run);
    }
    return runExitCode(run, request.verifyAfter);
}

QJsonObject caKeyJson(const engine::VerifyReport &report)
{
    QString state;
    switch (report.caKey) {
    case engine::CaKeyState::Absent:
        state = QStringLiteral("absent");
        break;
    case engine::CaKeyState::NotChecked:
        state = QStringLiteral("not-checked");
        break;
    case engine::CaKeyState::Verified:
        state = QStringLiteral("verified");
        break;
    case engine::CaKeyState::Failed:
        state = QStringLiteral("failed");
        break;
    }
    return QJsonObject{{QStringLiteral("state"), state},
                       {QStringLiteral("file"), report.caKeyFile},
                       {QStringLiteral("detail"), report.caKeyDetail}};
}

// The password that opens a set's CA key: typed or piped with --key-password-stdin, or from the
// keychain entry of --profile. Empty when neither is asked for (the key is then not opened).
bool verifyKeyPassword(const QCommandLineParser &parser, const Options &o, QString *password,
                       int *exitCode)
{
    if (parser.isSet(o.keyPasswordStdin)) {
        if (!readSecretLine(QCoreApplication::translate("cli", "CA key password: "), password) ||
            password->isEmpty()) {
            *exitCode =
                usageError(QCoreApplication::translate("cli", "no key password on standard input"));
            return false;
        }
        return true;
    }
    if (parser.isSet(o.profile)) {
        profiles::KeychainSecretStore keychain;
        const profiles::SecretResult secret =
            keychain.readBlocking(profiles::keyPasswordSecretKey(parser.value(o.profile)));
        if (!secret.ok()) {
            err(secret.message());
            *exitCode = ExitFailed;
            return false;
        }
        *password = secret.secret;
    }
    return true;
}

QJsonObject reportJson(const engine::VerifyReport &report)
{
    return QJsonObject{
        {QStringLiteral("ok"), report.ok},
        {QStringLiteral("set"), QDir::toNativeSeparators(report.setPath)},
        {QStringLiteral("type"),
         report.manifestError.isEmpty() ? engine::setTypeName(report.manifest.type) : QString()},
        {QStringLiteral("ca_name"), report.manifest.caName},
        {QStringLiteral("files_checked"), report.filesChecked},
        {QStringLiteral("bytes_checked"), report.bytesChecked},
        {QStringLiteral("manifest_error"), report.manifestError},
        {QStringLiteral("missing"), QJsonArray::fromStringList(report.missing)},
        {QStringLiteral("extra"), QJsonArray::fromStringList(report.extra)},
        {QStringLiteral("changed"), QJsonArray::fromStringList(report.changed)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
        {QStringLiteral("chain"), QJsonArray::fromStringList(report.chain)},
        {QStringLiteral("damaged_links"), QJsonArray::fromStringList(report.damagedLinks)},
        {QStringLiteral("ca_key"), caKeyJson(report)},
    };
}

int runVerify(const QCommandLineParser &parser, const Options &o)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return usageError(QStringLiteral("verify needs exactly one SET folder"));
    }
    QString keyPassword;
    int exitCode = ExitSuccess;
    if (!verifyKeyPassword(parser, o, &keyPassword, &exitCode)) {
        return exitCode;
    }
    const engine::VerifyReport report =
        engine::SetVerifier::verify(positional.at(1), {}, nullptr, keyPassword);
    if (parser.isSet(o.json)) {
        printJson(reportJson(report));
    } else {
        out(report.summary());
        for (const QString &path : report.missing) {
            out(QStringLiteral("  missing: ") + path);
        }
        for (const QString &line : report.changed) {
            out(QStringLiteral("  changed: ") + line);
        }
        for (const QString &path : report.extra) {
            out(QStringLiteral("  extra: ") + path);
        }
        for (const QString &line : report.problems) {
            out(QStringLiteral("  problem: ") + line);
        }
        if (report.ok && report.manifest.type == engine::SetType::LogsOnly) {
            out(QStringLiteral("  chain: ") + report.chain.join(QStringLiteral(" -> ")));
        }
        if (!report.caKeyDetail.isEmpty()) {
            out(QCoreApplication::translate("cli", "  CA key: %1").arg(report.caKeyDetail));
        }
    }
    return report.ok ? ExitSuccess : ExitVerificationFailed;
}

int runList(const QCommandLineParser &parser, const Options &o)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return usageError(QStringLiteral("list needs exactly one destination folder"));
    }
    const QString folder = positional.at(1);
    if (!QDir(folder).exists()) {
        err(QStringLiteral("%1 does not exist: name the destination folder of earlier backups")
                .arg(folder));
        return ExitFailed;
    }
    // Unfinished sets of interrupted runs are removed here too, so that they never pile up.
    const QList<engine::PartialSet> partials = engine::sweepPartialSets(folder, true);
    const engine::Catalog catalog = engine::Catalog::scan(folder);
    QStringList incomplete;
    for (const QString &path : catalog.incomplete) {
        if (!path.endsWith(QLatin1String(engine::kPartialSuffix))) {
            incomplete.append(path); // .partial folders are reported with their state below
        }
    }
    if (parser.isSet(o.json)) {
        QJsonArray partialArray;
        for (const engine::PartialSet &partial : partials) {
            const bool inUse = partial.state == engine::PartialSet::State::InUse;
            QJsonObject entry{
                {QStringLiteral("path"), QDir::toNativeSeparators(partial.path)},
                {QStringLiteral("state"),
                 inUse ? QStringLiteral("in_use") : QStringLiteral("stale")},
                {QStringLiteral("removed"), partial.removed},
                {QStringLiteral("bytes"), partial.bytes},
                {QStringLiteral("message"), partial.describe()},
            };
            if (inUse) {
                entry.insert(QStringLiteral("owner_pid"), partial.ownerPid);
                entry.insert(QStringLiteral("owner_host"), partial.ownerHost);
            }
            partialArray.append(entry);
        }
        QJsonArray sets;
        for (const engine::CatalogEntry &entry : catalog.sets) {
            sets.append(QJsonObject{
                {QStringLiteral("set"), QDir::toNativeSeparators(entry.path)},
                {QStringLiteral("name"), entry.folderName},
                {QStringLiteral("ca_name"), entry.manifest.caName},
                {QStringLiteral("server"), entry.manifest.server},
                {QStringLiteral("type"), engine::setTypeName(entry.manifest.type)},
                {QStringLiteral("started"), entry.manifest.started.toString(Qt::ISODate)},
                {QStringLiteral("finished"), entry.manifest.finished.toString(Qt::ISODate)},
                {QStringLiteral("bytes"), entry.manifest.totalBytes()},
                {QStringLiteral("log_generation_low"),
                 static_cast<qint64>(entry.manifest.logGenerationLow)},
                {QStringLiteral("log_generation_high"),
                 static_cast<qint64>(entry.manifest.logGenerationHigh)},
                {QStringLiteral("chain"), QJsonArray::fromStringList(entry.chain)},
                {QStringLiteral("chain_problem"), entry.chainProblem},
            });
        }
        printJson(QJsonObject{
            {QStringLiteral("sets"), sets},
            {QStringLiteral("partial"), partialArray},
            {QStringLiteral("incomplete"), QJsonArray::fromStringList(incomplete)},
            {QStringLiteral("unreadable"), QJsonArray::fromStringList(catalog.unreadable)}});
        return ExitSuccess;
    }
    if (catalog.sets.isEmpty()) {
        out(QStringLiteral("No backup sets in %1").arg(QDir::toNativeSeparators(folder)));
    }
    for (const engine::CatalogEntry &entry : catalog.sets) {
        const QString chain = entry.manifest.type == engine::SetType::Full
                                  ? QStringLiteral("full set")
                              : entry.chainProblem.isEmpty()
                                  ? QStringLiteral("extends %1").arg(entry.chain.value(0))
                                  : QStringLiteral("BROKEN CHAIN: %1").arg(entry.chainProblem);
        out(QStringLiteral("%1  %2  %3  %4  %5  logs %6-%7  %8")
                .arg(entry.manifest.caName, entry.folderName,
                     engine::setTypeName(entry.manifest.type),
                     entry.manifest.started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                     TerminalProgress::bytes(entry.manifest.totalBytes()))
                .arg(entry.manifest.logGenerationLow)
                .arg(entry.manifest.logGenerationHigh)
                .arg(chain));
    }
    for (const engine::PartialSet &partial : partials) {
        out(QStringLiteral("(%1)").arg(partial.describe()));
    }
    for (const QString &path : std::as_const(incomplete)) {
        out(QStringLiteral("(ignored, incomplete: %1)").arg(QDir::toNativeSeparators(path)));
    }
    for (const QString &line : catalog.unreadable) {
        out(QStringLiteral("(ignored, unreadable manifest: %1)").arg(line));
    }
    return ExitSuccess;
}

struct OnlineState {
    engine::OnlineState state = engine::OnlineState::Unknown;
    QString detail;
    HRESULT hr = 0;
};

// The engine classifies; the words and the detail are this tool's.
OnlineState describeOnline(const engine::OnlineStatus &status)
{
    OnlineState state;
    state.state = status.state;
    state.hr = status.hresult;
    if (status.state == engine::OnlineState::Unreachable) {
        const engine::ErrorText d = engine::describeError(status.hresult);
        state.detail = QStringLiteral("%1 %2 %3").arg(d.code, d.meaning, d.action);
    } else if (status.state == engine::OnlineState::Paused) {
        state.detail = QStringLiteral("Certificate Services is paused; resume it to back up.");
    }
    return state;
}

int runOnline(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.server) || parser.value(o.server).trimmed().isEmpty()) {
        return usageError(QStringLiteral("online needs --server NAME"));
    }
    const bool json = parser.isSet(o.json);
    int exitCode = ExitSuccess;
    const auto library = loadLibraryOrReport(parser, o, json, &exitCode);
    if (!library) {
        return exitCode;
    }
    const QString server = parser.value(o.server).trimmed();
    const OnlineState state = describeOnline(engine::probeOnline(*library, server));
    const QString word = engine::onlineStateWord(state.state);
    if (json) {
        printJson(QJsonObject{
            {QStringLiteral("server"), server},
            {QStringLiteral("state"), word},
            {QStringLiteral("hresult"), QString::fromStdString(certadm::formatHresult(state.hr))},
            {QStringLiteral("detail"), state.detail}});
    } else {
        out(QStringLiteral("%1: %2%3")
                .arg(server, word,
                     state.detail.isEmpty() ? QString() : QStringLiteral(" - ") + state.detail));
    }
    return state.state == engine::OnlineState::Online ? ExitSuccess : ExitServerOffline;
}

int runServers(const QCommandLineParser &parser, const Options &o)
{
    const bool json = parser.isSet(o.json);
    int exitCode = ExitSuccess;
    const auto library = loadLibraryOrReport(parser, o, json, &exitCode);
    if (!library) {
        return exitCode;
    }
    // The inventory the main window shows: found on this machine, saved in profiles, used
    // before, with sets on disk; one CA under two names is one server.
    engine::InventoryRequest request;
    request.probeWith = library;
    profiles::ProfileStore store;
    QString storeError;
    if (store.load(&storeError)) {
        for (const profiles::Profile &profile : store.profiles()) {
            request.extra.append(
                {profile.server, profile.caName, QStringLiteral("profile %1").arg(profile.name)});
            request.destinations.append(profile.destination);
        }
    }
    const engine::Inventory inventory = engine::buildInventory(request);
    QJsonArray array;
    for (const engine::InventoryServer &server : inventory.servers) {
        const QString word = engine::onlineStateWord(server.online.state);
        if (json) {
            array.append(
                QJsonObject{{QStringLiteral("server"), server.server},
                            {QStringLiteral("ca_name"), server.caName},
                            {QStringLiteral("source"), server.source},
                            {QStringLiteral("aliases"), QJsonArray::fromStringList(server.aliases)},
                            {QStringLiteral("state"), word}});
        } else {
            out(QStringLiteral("%1  %2  %3  (%4)%5")
                    .arg(server.server, server.caName, word, server.source,
                         server.aliases.isEmpty()
                             ? QString()
                             : QStringLiteral(", also named %1")
                                   .arg(server.aliases.join(QStringLiteral(", ")))));
        }
    }
    if (json) {
        printJson(array);
    } else if (inventory.servers.isEmpty()) {
        out(QStringLiteral("No servers found. Name one with --server."));
    }
    return ExitSuccess;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Back up Windows Certificate Services (AD CS) certification authorities.\n\n"
        "Commands:\n"
        "  backup --server NAME --type full|logs --dest DIR [--keep-logs] [--no-verify]\n"
        "         [--drill-after]\n"
        "         [--with-key --key-password-stdin]\n"
        "  backup --profile NAME [--key-password-stdin]\n"
        "                       a saved profile's run: its secrets, retention, run log\n"
        "  verify SET [--key-password-stdin | --profile NAME]\n"
        "                       re-hash a set against its manifest, check its chain and key\n"
        "  restore SET [--server NAME] [--database-only | --key-only] [--key-password-stdin]\n"
        "         [--stop-service] [--start] [--force]\n"
        "                       restore the chain that ends at SET into the CA on this\n"
        "                       machine; a failure or cancel puts the CA's files back\n"
        "  restore --drill SET [--scratch DIR]\n"
        "                       prove SET restorable on a scratch copy (no CA touched)\n"
        "  list DIR             the sets under a destination, with their chains\n"
        "  servers              the servers this machine knows, with their state\n"
        "  online --server NAME whether Certificate Services answers\n"
        "  profiles list [--json] | show NAME [--json] | remove NAME\n"
        "  profiles add NAME --server S --type full|logs --dest DIR [--keep-logs]\n"
        "         [--with-key [--key-password-stdin | --ask-key-password]] [--keep-full N]\n"
        "         [--ca-name NAME] [--no-verify] [--drill-after] [--notes TEXT] [--replace]\n"
        "  profiles export FILE [--include-secrets] | import FILE [--replace]\n\n"
        "Exit codes: 0 success, 1 failed, 2 usage, 3 needs elevation, 4 server offline or "
        "unreachable, 5 verification failed (restore: set not restorable, drill failed), 6 CA is "
        "running (restore without --stop-service), 130 cancelled."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options o;
    parser.addOptions({o.server,
                       o.type,
                       o.dest,
                       o.keepLogs,
                       o.verify,
                       o.json,
                       o.verbose,
                       o.library,
                       o.profile,
                       o.withKey,
                       o.keyPasswordStdin,
                       o.keepFull,
                       o.noVerify,
                       o.caName,
                       o.notes,
                       o.replace,
                       o.askKeyPassword,
                       o.includeSecrets,
                       o.databaseOnly,
                       o.keyOnly,
                       o.stopService,
                       o.startService,
                       o.force,
                       o.drill,
                       o.scratch,
                       o.drillAfter});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("backup, verify, restore, list, servers, online or profiles"));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QCoreApplication::applicationName() + QLatin1Char(' ') +
            QCoreApplication::applicationVersion());
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(QStringLiteral("no command given"));
    }
    if (parser.isSet(o.verbose)) {
        // The commands print the job's lines themselves; the categories add the diagnostics.
        engine::enableVerboseLogging(false);
    }
    const QString command = positional.first();
    qCInfo(lcCli).noquote() << "command:" << positional.join(QLatin1Char(' '));
    if (command == QLatin1String("backup")) {
        if (positional.size() != 1) {
            return usageError(QStringLiteral("backup takes no positional arguments"));
        }
        return runBackup(parser, o);
    }
    if (command == QLatin1String("verify")) {
        return runVerify(parser, o);
    }
    if (command == QLatin1String("restore")) {
        return runRestore(parser, o);
    }
    if (command == QLatin1String("list")) {
        return runList(parser, o);
    }
    if (command == QLatin1String("servers")) {
        return runServers(parser, o);
    }
    if (command == QLatin1String("online")) {
        return runOnline(parser, o);
    }
    if (command == QLatin1String("profiles")) {
        return runProfiles(parser, o);
    }
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

} // namespace cli
