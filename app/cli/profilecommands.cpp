// SPDX-License-Identifier: Apache-2.0
#include "profilecommands.h"

#include "clicommands.h"
#include "clioptions.h"
#include "clioutput.h"
#include "exitcodes.h"
#include "keychainsecretstore.h"
#include "profileexchange.h"
#include "runcontroller.h"
#include "profilestore.h"
#include "runwatch.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <cstdio>

namespace cli {
namespace {

// How long a command waits for the keychain before it reports that it does not answer.
constexpr int kKeychainTimeoutMs = 15000;

bool loadStore(profiles::ProfileStore &store, QString *error)
{
    return store.load(error);
}

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
        err(QStringLiteral("warning: cannot write the run log: ") + error);
    }
}

int failRun(bool json, int exitCode, const QString &name, const QString &server,
            const QString &message, const QString &action)
{
    recordFailedRun(name, server, message, action);
    if (json) {
        printJson(
            QJsonObject{{QStringLiteral("ok"), false},
                        {QStringLiteral("profile"), name},
                        {QStringLiteral("error"),
                         errorJson(certadm::kHrFail, QStringLiteral("profile"), message, action)}});
    } else {
        err(QCoreApplication::translate("cli", "Backup failed: %1").arg(message));
        err(QCoreApplication::translate("cli", "  what to do: %1").arg(action));
    }
    return exitCode;
}

QString keyPasswordState(const profiles::Profile &profile, profiles::SecretStore &secrets)
{
    if (!profile.includeKey) {
        return QStringLiteral("not-needed");
    }
    if (profile.keyPasswordSource == profiles::KeyPasswordSource::AskEachTime) {
        return QStringLiteral("ask");
    }
    const profiles::SecretResult secret =
        secrets.readBlocking(profiles::keyPasswordSecretKey(profile.name), kKeychainTimeoutMs);
    switch (secret.status) {
    case profiles::SecretStatus::Ok:
        return secret.secret.isEmpty() ? QStringLiteral("missing") : QStringLiteral("stored");
    case profiles::SecretStatus::NotFound:
        return QStringLiteral("missing");
    case profiles::SecretStatus::Denied:
        return QStringLiteral("locked");
    case profiles::SecretStatus::TimedOut:
        return QStringLiteral("timed-out");
    case profiles::SecretStatus::Unavailable:
        break;
    }
    return QStringLiteral("unavailable");
}

QString keyPasswordStateText(const QString &state)
{
    if (state == QLatin1String("stored")) {
        return QCoreApplication::translate("cli", "stored in the system keychain");
    }
    if (state == QLatin1String("missing")) {
        return QCoreApplication::translate("cli",
                                           "NOT stored: unattended runs fail until it is stored");
    }
    if (state == QLatin1String("ask")) {
        return QCoreApplication::translate("cli", "asked for every run (--key-password-stdin)");
    }
    if (state == QLatin1String("locked")) {
        return QCoreApplication::translate("cli",
                                           "unknown: the keychain is locked or refused access");
    }
    if (state == QLatin1String("timed-out")) {
        return QCoreApplication::translate("cli", "unknown: the keychain did not answer");
    }
    if (state == QLatin1String("unavailable")) {
        return QCoreApplication::translate("cli", "unknown: the keychain is not available");
    }
    return QCoreApplication::translate("cli", "not needed (the CA key is not included)");
}

int profilesList(const QCommandLineParser &parser, const Options &o)
{
    profiles::ProfileStore store;
    QString error;
    if (!loadStore(store, &error)) {
        err(error);
        return ExitFailed;
    }
    if (parser.isSet(o.json)) {
        QJsonArray array;
        for (const profiles::Profile &profile : store.profiles()) {
            array.append(profile.toJson());
        }
        printJson(array);
        return ExitSuccess;
    }
    if (store.profiles().isEmpty()) {
        out(QCoreApplication::translate("cli", "No profiles saved (%1).")
                .arg(QDir::toNativeSeparators(store.path())));
    }
    for (const profiles::Profile &profile : store.profiles()) {
        out(QStringLiteral("%1  %2  %3  %4%5%6")
                .arg(profile.name, profile.server, engine::setTypeName(profile.type),
                     QDir::toNativeSeparators(profile.destination),
                     profile.includeKey ? QCoreApplication::translate("cli", "  with CA key")
                                        : QString(),
                     profile.keepFull > 0 ? QCoreApplication::translate("cli", "  keeps %1 full")
                                                .arg(profile.keepFull)
                                          : QString()));
    }
    return ExitSuccess;
}

int profilesShow(const QCommandLineParser &parser, const Options &o, const QString &name)
{
    profiles::ProfileStore store;
    QString error;
    if (!loadStore(store, &error)) {
        err(error);
        return ExitFailed;
    }
    const std::optional<profiles::Profile> profile = store.find(name);
    if (!profile) {
        err(QCoreApplication::translate("cli", "There is no profile named \"%1\".").arg(name));
        return ExitUsage;
    }
    profiles::KeychainSecretStore keychain;
    const QString state = keyPasswordState(*profile, keychain);
    if (parser.isSet(o.json)) {
        QJsonObject object = profile->toJson();
        object.insert(QStringLiteral("key_password"), state);
        printJson(object);
        return ExitSuccess;
    }
    out(QCoreApplication::translate("cli", "Profile:        %1").arg(profile->name));
    out(QCoreApplication::translate("cli", "Server:         %1").arg(profile->server));
    out(QCoreApplication::translate("cli", "CA name:        %1")
            .arg(profile->caName.isEmpty()
                     ? QCoreApplication::translate("cli", "(learned at the first backup)")
                     : profile->caName));
    out(QCoreApplication::translate("cli", "Backup type:    %1")
            .arg(engine::setTypeName(profile->type)));
    out(QCoreApplication::translate("cli", "Keep logs:      %1")
            .arg(profile->keepLogs ? QCoreApplication::translate("cli", "yes")
                                   : QCoreApplication::translate("cli", "no")));
    out(QCoreApplication::translate("cli", "Destination:    %1")
            .arg(QDir::toNativeSeparators(profile->destination)));
    out(QCoreApplication::translate("cli", "CA key (.p12):  %1")
            .arg(profile->includeKey ? QCoreApplication::translate("cli", "included")
                                     : QCoreApplication::translate("cli", "not included")));
    out(QCoreApplication::translate("cli", "Key password:   %1").arg(keyPasswordStateText(state)));
    out(QCoreApplication::translate("cli", "Verify after:   %1")
            .arg(profile->verifyAfter ? QCoreApplication::translate("cli", "yes")
                                      : QCoreApplication::translate("cli", "no")));
    out(QCoreApplication::translate("cli", "Test restore:   %1")
            .arg(profile->drillAfter ? QCoreApplication::translate("cli", "after every backup")
                                     : QCoreApplication::translate("cli", "no")));
    out(QCoreApplication::translate("cli", "Retention:      %1")
            .arg(profile->keepFull > 0
                     ? QCoreApplication::translate(
                           "cli", "keep the last %1 full sets and their logs-only sets")
                           .arg(profile->keepFull)
                     : QCoreApplication::translate("cli", "keep every set")));
    if (!profile->notes.isEmpty()) {
        out(QCoreApplication::translate("cli", "Notes:          %1").arg(profile->notes));
    }
    return ExitSuccess;
}

int profilesAdd(const QCommandLineParser &parser, const Options &o, const QString &name)
{
    profiles::Profile profile;
    profile.name = name;
    profile.server = parser.value(o.server).trimmed();
    profile.destination =
        parser.isSet(o.dest) ? QDir(parser.value(o.dest)).absolutePath() : QString();
    const QString typeName = parser.isSet(o.type) ? parser.value(o.type) : QStringLiteral("full");
    if (!engine::parseSetType(typeName, &profile.type)) {
        return usageError(
            QCoreApplication::translate("cli", "--type must be full or logs, not \"%1\"")
                .arg(typeName));
    }
    profile.keepLogs = parser.isSet(o.keepLogs);
    profile.includeKey = parser.isSet(o.withKey);
    profile.verifyAfter = !parser.isSet(o.noVerify);
    profile.drillAfter = parser.isSet(o.drillAfter);
    profile.caName = parser.value(o.caName).trimmed();
    profile.notes = parser.value(o.notes);
    if (parser.isSet(o.keepFull)) {
        bool ok = false;
        profile.keepFull = parser.value(o.keepFull).toInt(&ok);
        if (!ok || profile.keepFull < 0) {
            return usageError(QCoreApplication::translate(
                "cli", "--keep-full wants a whole number of 0 or more"));
        }
    }
    const bool passwordFromStdin = parser.isSet(o.keyPasswordStdin);
    if ((passwordFromStdin || parser.isSet(o.askKeyPassword)) && !profile.includeKey) {
        return usageError(QCoreApplication::translate(
            "cli", "--key-password-stdin and --ask-key-password go with --with-key"));
    }
    if (passwordFromStdin && parser.isSet(o.askKeyPassword)) {
        return usageError(QCoreApplication::translate(
            "cli", "choose either --key-password-stdin (stored in the keychain) or "
                   "--ask-key-password (never stored)"));
    }
    if (parser.isSet(o.askKeyPassword)) {
        profile.keyPasswordSource = profiles::KeyPasswordSource::AskEachTime;
    }
    if (profile.server.isEmpty()) {
        return usageError(QCoreApplication::translate("cli", "profiles add needs --server NAME"));
    }
    if (profile.destination.isEmpty()) {
        return usageError(QCoreApplication::translate("cli", "profiles add needs --dest DIR"));
    }
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        return usageError(problem);
    }

    profiles::ProfileStore store;
    QString error;
    if (!loadStore(store, &error)) {
        err(error);
        return ExitFailed;
    }
    const std::optional<profiles::Profile> existing = store.find(name);
    if (existing && !parser.isSet(o.replace)) {
        err(QCoreApplication::translate(
                "cli", "A profile named \"%1\" exists already; add --replace to change it.")
                .arg(existing->name));
        return ExitFailed;
    }

    // The secret goes first: a profile that needs a password it does not have is not saved.
    profiles::KeychainSecretStore keychain;
    const QString secretKey = profiles::keyPasswordSecretKey(name);
    bool storedNow = false;
    if (passwordFromStdin) {
        QString password;
        if (!readSecretLine(QCoreApplication::translate("cli", "CA key password: "), &password) ||
            password.isEmpty()) {
            return usageError(
                QCoreApplication::translate("cli", "no key password on standard input"));
        }
        const profiles::SecretResult written =
            keychain.writeBlocking(secretKey, password, kKeychainTimeoutMs);
        if (!written.ok()) {
            err(written.message());
            err(QCoreApplication::translate(
                "cli", "The profile was not saved. Unlock the keychain and run the command again, "
                       "or add the profile with --ask-key-password and pass the password to every "
                       "run with --key-password-stdin."));
            return ExitFailed;
        }
        storedNow = true;
    }
    if (!store.save(profile, &error)) {
        err(error);
        if (storedNow && !existing) {
            keychain.removeBlocking(secretKey, kKeychainTimeoutMs);
        }
        return ExitFailed;
    }
    if (profile.keyPasswordSource == profiles::KeyPasswordSource::AskEachTime ||
        !profile.includeKey) {
        // A password stored earlier for this profile is no longer wanted.
        keychain.removeBlocking(secretKey, kKeychainTimeoutMs);
    }
    out(QCoreApplication::translate("cli", "Saved the profile \"%1\" in %2.")
            .arg(profile.name, QDir::toNativeSeparators(store.path())));
    if (storedNow) {
        out(QCoreApplication::translate("cli", "The CA key password is stored in %1.")
                .arg(keychain.name()));
    } else if (profile.includeKey &&
               profile.keyPasswordSource == profiles::KeyPasswordSource::Keychain &&
               keyPasswordState(profile, keychain) != QLatin1String("stored")) {
        err(QCoreApplication::translate(
                "cli",
                "warning: no CA key password is stored for \"%1\"; unattended runs fail until "
                "it is (profiles add %1 ... --with-key --key-password-stdin --replace).")
                .arg(profile.name));
    }
    return ExitSuccess;
}

int profilesRemove(const QString &name)
{
    profiles::ProfileStore store;
    QString error;
    if (!loadStore(store, &error)) {
        err(error);
        return ExitFailed;
    }
    const std::optional<profiles::Profile> profile = store.find(name);
    if (!profile) {
        err(QCoreApplication::translate("cli", "There is no profile named \"%1\".").arg(name));
        return ExitUsage;
    }
    if (!store.remove(profile->name, &error)) {
        err(error);
        return ExitFailed;
    }
    out(QCoreApplication::translate("cli", "Removed the profile \"%1\".").arg(profile->name));
    profiles::KeychainSecretStore keychain;
    const profiles::SecretResult removed =
        keychain.removeBlocking(profiles::keyPasswordSecretKey(profile->name), kKeychainTimeoutMs);
    if (!removed.ok()) {
        err(QCoreApplication::translate(
                "cli", "warning: its key password could not be removed from the keychain: %1")
                .arg(removed.message()));
    }
    return ExitSuccess;
}

int profilesExport(const QCommandLineParser &parser, const Options &o, const QString &file)
{
    profiles::ProfileStore store;
    QString error;
    if (!loadStore(store, &error)) {
        err(error);
        return ExitFailed;
    }
    QHash<QString, QString> secrets;
    const bool withSecrets = parser.isSet(o.includeSecrets);
    if (withSecrets) {
        profiles::KeychainSecretStore keychain;
        for (const profiles::Profile &profile : store.profiles()) {
            if (!profile.includeKey ||
                profile.keyPasswordSource != profiles::KeyPasswordSource::Keychain) {
                continue;
            }
            const profiles::SecretResult secret = keychain.readBlocking(
                profiles::keyPasswordSecretKey(profile.name), kKeychainTimeoutMs);
            if (secret.status == profiles::SecretStatus::NotFound) {
                continue;
            }
            if (!secret.ok()) {
                err(secret.message());
                err(QCoreApplication::translate("cli", "Nothing was exported."));
                return ExitFailed;
            }
            secrets.insert(profile.name, secret.secret);
        }
    }
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly)) {
        err(QCoreApplication::translate("cli", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(file), output.errorString()));
        return ExitFailed;
    }
    if (withSecrets) {
        // Passwords in plain text: readable by this account only.
        output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    output.write(profiles::ProfileExchange::toJson(store.profiles(), secrets));
    if (!output.commit()) {
        err(QCoreApplication::translate("cli", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(file), output.errorString()));
        return ExitFailed;
    }
    out(withSecrets
            ? QCoreApplication::translate(
                  "cli", "Exported %1 profile(s) to %2 WITH %3 key password(s) in plain text; "
                         "keep the file safe and delete it after the import.")
                  .arg(store.profiles().size())
                  .arg(QDir::toNativeSeparators(file))
                  .arg(secrets.size())
            : QCoreApplication::translate("cli", "Exported %1 profile(s) to %2 (without secrets).")
                  .arg(store.profiles().size())
                  .arg(QDir::toNativeSeparators(file)));
    return ExitSuccess;
}

int profilesImport(const QCommandLineParser &parser, const Options &o, const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("cli", "Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(file), input.errorString()));
        return ExitFailed;
    }
    QList<profiles::ExchangedProfile> imported;
    QString error;
    if (!profiles::ProfileExchange::fromJson(input.read(16 << 20), &imported, &error)) {
        err(QCoreApplication::translate("cli", "Cannot import %1: %2")
                .arg(QDir::toNativeSeparators(file), error));
        return ExitFailed;
    }
    profiles::ProfileStore store;
    if (!loadStore(store, &error)) {
        err(error);
        return ExitFailed;
    }
    QStringList clashes;
    for (const profiles::ExchangedProfile &entry : std::as_const(imported)) {
        if (store.find(entry.profile.name)) {
            clashes.append(entry.profile.name);
        }
    }
    if (!clashes.isEmpty() && !parser.isSet(o.replace)) {
        err(QCoreApplication::translate(
                "cli", "These profiles exist already: %1. Nothing was imported; add --replace to "
                       "replace them.")
                .arg(clashes.join(QStringLiteral(", "))));
        return ExitFailed;
    }
    // Secrets first, all of them: an import never leaves a profile without its password.
    profiles::KeychainSecretStore keychain;
    for (const profiles::ExchangedProfile &entry : std::as_const(imported)) {
        if (entry.keyPassword.isEmpty()) {
            continue;
        }
        const profiles::SecretResult written =
            keychain.writeBlocking(profiles::keyPasswordSecretKey(entry.profile.name),
                                   entry.keyPassword, kKeychainTimeoutMs);
        if (!written.ok()) {
            err(written.message());
            err(QCoreApplication::translate("cli", "Nothing was imported."));
            return ExitFailed;
        }
    }
    int withoutPassword = 0;
    for (const profiles::ExchangedProfile &entry : std::as_const(imported)) {
        if (!store.save(entry.profile, &error)) {
            err(error);
            return ExitFailed;
        }
        if (entry.profile.includeKey && entry.keyPassword.isEmpty() &&
            entry.profile.keyPasswordSource == profiles::KeyPasswordSource::Keychain) {
            ++withoutPassword;
        }
    }
    out(QCoreApplication::translate("cli", "Imported %1 profile(s) into %2.")
            .arg(imported.size())
            .arg(QDir::toNativeSeparators(store.path())));
    if (withoutPassword > 0) {
        err(QCoreApplication::translate(
                "cli", "warning: %1 imported profile(s) include the CA key but the file held no "
                       "password; store them with profiles add NAME ... --with-key "
                       "--key-password-stdin --replace.")
                .arg(withoutPassword));
    }
    return ExitSuccess;
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

int runProfiles(const QCommandLineParser &parser, const Options &o)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QString argument = positional.value(2);
    if (action == QLatin1String("list") && positional.size() == 2) {
        return profilesList(parser, o);
    }
    if (positional.size() != 3) {
        return usageError(QCoreApplication::translate(
            "cli", "profiles needs list, or show|add|remove NAME, or export|import "
                   "FILE"));
    }
    if (action == QLatin1String("show")) {
        return profilesShow(parser, o, argument);
    }
    if (action == QLatin1String("add")) {
        return profilesAdd(parser, o, argument);
    }
    if (action == QLatin1String("remove")) {
        return profilesRemove(argument);
    }
    if (action == QLatin1String("export")) {
        return profilesExport(parser, o, argument);
    }
    if (action == QLatin1String("import")) {
        return profilesImport(parser, o, argument);
    }
    return usageError(
        QCoreApplication::translate("cli", "unknown profiles command \"%1\"").arg(action));
}

int runProfileBackup(const QCommandLineParser &parser, const Options &o)
{
    const bool json = parser.isSet(o.json);
    const QString name = parser.value(o.profile).trimmed();
    for (const QCommandLineOption *option : {&o.server, &o.dest, &o.type, &o.keepLogs, &o.verify,
                                             &o.withKey, &o.keepFull, &o.noVerify, &o.drillAfter}) {
        if (parser.isSet(*option)) {
            return usageError(QCoreApplication::translate(
                                  "cli",
                                  "--profile takes the server, destination and settings from "
                                  "the profile; drop --%1")
                                  .arg(option->names().constFirst()));
        }
    }
    if (name.isEmpty()) {
        return usageError(QCoreApplication::translate("cli", "--profile needs a profile name"));
    }
    profiles::ProfileStore store;
    QString error;
    if (!loadStore(store, &error)) {
        return failRun(json, ExitFailed, name, QString(), error,
                       QCoreApplication::translate(
                           "cli", "Repair or move the profiles file, then run again."));
    }
    const std::optional<profiles::Profile> found = store.find(name);
    if (!found) {
        return failRun(json, ExitUsage, name, QString(),
                       QCoreApplication::translate("cli", "There is no profile named \"%1\" in %2.")
                           .arg(name, QDir::toNativeSeparators(store.path())),
                       QCoreApplication::translate(
                           "cli",
                           "Check the name with `certsrv-backup-cli profiles list` (profiles "
                           "belong to the account that saved them)."));
    }
    const profiles::Profile profile = *found;
    QString typedPassword;
    if (parser.isSet(o.keyPasswordStdin)) {
        if (!readSecretLine(QCoreApplication::translate("cli", "CA key password: "),
                            &typedPassword) ||
            typedPassword.isEmpty()) {
            return usageError(
                QCoreApplication::translate("cli", "no key password on standard input"));
        }
    }
    int exitCode = ExitSuccess;
    auto library = loadLibraryOrReport(parser, o, json, &exitCode);
    if (!library) {
        recordFailedRun(
            profile.name, profile.server,
            QCoreApplication::translate("cli", "The certadm library could not be loaded."),
            QCoreApplication::translate(
                "cli", "Install the Certificate Services tools or pass --certadm-library."));
        return exitCode;
    }

    const bool interactive = !json && stderrIsTerminal();
    const bool verbose = parser.isSet(o.verbose);
    TerminalProgress bar(interactive);
    profiles::KeychainSecretStore keychain;
    profiles::RunController controller(&keychain);
    controller.setProfileStore(&store);
    controller.setSecretTimeout(kKeychainTimeoutMs);
    profiles::RunResult result;
    if (!runToEnd(controller, profiles::RunSpec::forProfile(profile, library, typedPassword), bar,
                  verbose, &result)) {
        return ExitFailed;
    }
    if (!result.runLogError.isEmpty()) {
        err(QStringLiteral("warning: cannot write the run log: ") + result.runLogError);
    }

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
            out(QCoreApplication::translate("cli", "  retention removed %1")
                    .arg(QDir::toNativeSeparators(path)));
        }
        if (result.retentionRan) {
            out(QStringLiteral("  ") + result.retention.summary());
        }
    }
    return runExitCode(result, profile.verifyAfter);
}

} // namespace cli
