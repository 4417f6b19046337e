// SPDX-License-Identifier: Apache-2.0
// The profiles command and its subcommands list, show, add, remove, export and import.
#include "profilescommand.h"

#include "commandoptions.h"
#include "commandsupport.h"
#include "exitcodes.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profileexchange.h"
#include "profiles/profilestore.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace cli {
namespace {

using O = CommandOptions;

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
        return ProfilesCommand::tr("stored in the system keychain");
    }
    if (state == QLatin1String("missing")) {
        return ProfilesCommand::tr("NOT stored: unattended runs fail until it is stored");
    }
    if (state == QLatin1String("ask")) {
        return ProfilesCommand::tr("asked for every run (--key-password-stdin)");
    }
    if (state == QLatin1String("locked")) {
        return ProfilesCommand::tr("unknown: the keychain is locked or refused access");
    }
    if (state == QLatin1String("timed-out")) {
        return ProfilesCommand::tr("unknown: the keychain did not answer");
    }
    if (state == QLatin1String("unavailable")) {
        return ProfilesCommand::tr("unknown: the keychain is not available");
    }
    return ProfilesCommand::tr("not needed (the CA key is not included)");
}

class ProfilesListCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProfilesListCommand)
public:
    ProfilesListCommand() : Command(QStringLiteral("list")) {}
    QString description() const override { return tr("List the saved profiles."); }
    QList<QCommandLineOption> options() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

class ProfilesShowCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProfilesShowCommand)
public:
    ProfilesShowCommand() : Command(QStringLiteral("show")) {}
    QString description() const override
    {
        return tr("Show a profile's settings and whether its key password is stored.");
    }
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

class ProfilesAddCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProfilesAddCommand)
public:
    ProfilesAddCommand() : Command(QStringLiteral("add")) {}
    QString description() const override
    {
        return tr("Save a profile (its key password goes to the keychain).");
    }
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

class ProfilesRemoveCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProfilesRemoveCommand)
public:
    ProfilesRemoveCommand() : Command(QStringLiteral("remove")) {}
    QString description() const override { return tr("Remove a profile and its key password."); }
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

class ProfilesExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProfilesExportCommand)
public:
    ProfilesExportCommand() : Command(QStringLiteral("export")) {}
    QString description() const override { return tr("Export every profile into a JSON file."); }
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

class ProfilesImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ProfilesImportCommand)
public:
    ProfilesImportCommand() : Command(QStringLiteral("import")) {}
    QString description() const override { return tr("Import the profiles of an exported file."); }
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

QCommandLineOption keepFullOption()
{
    return {QStringLiteral("keep-full"),
            ProfilesAddCommand::tr("Retention: keep the last N full sets and their logs-only "
                                   "sets (0 keeps all)."),
            QStringLiteral("N")};
}

QCommandLineOption caNameOption()
{
    return {QStringLiteral("ca-name"),
            ProfilesAddCommand::tr("The CA name, if known (the first backup fills it in "
                                   "otherwise)."),
            ProfilesAddCommand::tr("name")};
}

QCommandLineOption notesOption()
{
    return {QStringLiteral("notes"), ProfilesAddCommand::tr("Free text."),
            ProfilesAddCommand::tr("text")};
}

QCommandLineOption askKeyPasswordOption()
{
    return {QStringLiteral("ask-key-password"),
            ProfilesAddCommand::tr("Never store the key password; every run needs "
                                   "--key-password-stdin.")};
}

QList<QCommandLineOption> ProfilesListCommand::options() const
{
    return {O::json(), O::verbose()};
}

int ProfilesListCommand::execute(const QCommandLineParser &parser, const QStringList &)
{
    profiles::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        err(error);
        return ExitFailed;
    }
    if (parser.isSet(O::json())) {
        QJsonArray array;
        for (const profiles::Profile &profile : store.profiles()) {
            array.append(profile.toJson());
        }
        printJson(array);
        return ExitSuccess;
    }
    if (store.profiles().isEmpty()) {
        out(tr("No profiles saved (%1).").arg(QDir::toNativeSeparators(store.path())));
    }
    for (const profiles::Profile &profile : store.profiles()) {
        out(QStringLiteral("%1  %2  %3  %4%5%6")
                .arg(profile.name, profile.server, engine::setTypeName(profile.type),
                     QDir::toNativeSeparators(profile.destination),
                     profile.includeKey ? tr("  with CA key") : QString(),
                     profile.keepFull > 0 ? tr("  keeps %1 full").arg(profile.keepFull)
                                          : QString()));
    }
    return ExitSuccess;
}

QList<QCommandLineOption> ProfilesShowCommand::options() const
{
    return {O::json(), O::verbose()};
}

QList<Command::Argument> ProfilesShowCommand::arguments() const
{
    return {{QStringLiteral("NAME"), tr("The profile's name.")}};
}

int ProfilesShowCommand::execute(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString &name = positional.at(0);
    profiles::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        err(error);
        return ExitFailed;
    }
    const std::optional<profiles::Profile> profile = store.find(name);
    if (!profile) {
        err(tr("There is no profile named \"%1\".").arg(name));
        return ExitUsage;
    }
    profiles::KeychainSecretStore keychain;
    const QString state = keyPasswordState(*profile, keychain);
    if (parser.isSet(O::json())) {
        QJsonObject object = profile->toJson();
        object.insert(QStringLiteral("key_password"), state);
        printJson(object);
        return ExitSuccess;
    }
    out(tr("Profile:        %1").arg(profile->name));
    out(tr("Server:         %1").arg(profile->server));
    out(tr("CA name:        %1")
            .arg(profile->caName.isEmpty() ? tr("(learned at the first backup)")
                                           : profile->caName));
    out(tr("Backup type:    %1").arg(engine::setTypeName(profile->type)));
    out(tr("Keep logs:      %1").arg(profile->keepLogs ? tr("yes") : tr("no")));
    out(tr("Destination:    %1").arg(QDir::toNativeSeparators(profile->destination)));
    out(tr("CA key (.p12):  %1").arg(profile->includeKey ? tr("included") : tr("not included")));
    out(tr("Key password:   %1").arg(keyPasswordStateText(state)));
    out(tr("Verify after:   %1").arg(profile->verifyAfter ? tr("yes") : tr("no")));
    out(tr("Test restore:   %1").arg(profile->drillAfter ? tr("after every backup") : tr("no")));
    out(tr("Retention:      %1")
            .arg(profile->keepFull > 0 ? tr("keep the last %1 full sets and their logs-only sets")
                                             .arg(profile->keepFull)
                                       : tr("keep every set")));
    if (!profile->notes.isEmpty()) {
        out(tr("Notes:          %1").arg(profile->notes));
    }
    return ExitSuccess;
}

QList<QCommandLineOption> ProfilesAddCommand::options() const
{
    return {O::server(),
            O::type(),
            O::dest(),
            O::keepLogs(),
            O::withKey(),
            O::keyPasswordStdin(tr("With --with-key: read the CA key password from standard "
                                   "input (one line) and store it in the keychain.")),
            askKeyPasswordOption(),
            keepFullOption(),
            caNameOption(),
            O::verify(),
            O::noVerify(),
            O::drillAfter(),
            notesOption(),
            O::replace(),
            O::verbose()};
}

QList<Command::Argument> ProfilesAddCommand::arguments() const
{
    return {{QStringLiteral("NAME"), tr("The profile's name.")}};
}

int ProfilesAddCommand::execute(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString &name = positional.at(0);
    profiles::Profile profile;
    profile.name = name;
    profile.server = parser.value(O::server()).trimmed();
    profile.destination =
        parser.isSet(O::dest()) ? QDir(parser.value(O::dest())).absolutePath() : QString();
    const QString typeName =
        parser.isSet(O::type()) ? parser.value(O::type()) : QStringLiteral("full");
    if (!engine::parseSetType(typeName, &profile.type)) {
        return usageError(tr("--type must be full or logs, not \"%1\"").arg(typeName));
    }
    profile.keepLogs = parser.isSet(O::keepLogs());
    profile.includeKey = parser.isSet(O::withKey());
    profile.verifyAfter = !parser.isSet(O::noVerify());
    profile.drillAfter = parser.isSet(O::drillAfter());
    profile.caName = parser.value(caNameOption()).trimmed();
    profile.notes = parser.value(notesOption());
    if (parser.isSet(keepFullOption())) {
        bool ok = false;
        profile.keepFull = parser.value(keepFullOption()).toInt(&ok);
        if (!ok || profile.keepFull < 0) {
            return usageError(tr("--keep-full wants a whole number of 0 or more"));
        }
    }
    const bool passwordFromStdin = parser.isSet(O::keyPasswordStdin({}));
    if ((passwordFromStdin || parser.isSet(askKeyPasswordOption())) && !profile.includeKey) {
        return usageError(tr("--key-password-stdin and --ask-key-password go with --with-key"));
    }
    if (passwordFromStdin && parser.isSet(askKeyPasswordOption())) {
        return usageError(tr("choose either --key-password-stdin (stored in the keychain) or "
                             "--ask-key-password (never stored)"));
    }
    if (parser.isSet(askKeyPasswordOption())) {
        profile.keyPasswordSource = profiles::KeyPasswordSource::AskEachTime;
    }
    if (profile.server.isEmpty()) {
        return usageError(tr("profiles add needs --server NAME"));
    }
    if (profile.destination.isEmpty()) {
        return usageError(tr("profiles add needs --dest DIR"));
    }
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        return usageError(problem);
    }

    profiles::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        err(error);
        return ExitFailed;
    }
    const std::optional<profiles::Profile> existing = store.find(name);
    if (existing && !parser.isSet(O::replace())) {
        err(tr("A profile named \"%1\" exists already; add --replace to change it.")
                .arg(existing->name));
        return ExitFailed;
    }

    // The secret goes first: a profile that needs a password it does not have is not saved.
    profiles::KeychainSecretStore keychain;
    const QString secretKey = profiles::keyPasswordSecretKey(name);
    bool storedNow = false;
    if (passwordFromStdin) {
        QString password;
        if (!readKeyPassword(&password) || password.isEmpty()) {
            return usageError(tr("no key password on standard input"));
        }
        const profiles::SecretResult written =
            keychain.writeBlocking(secretKey, password, kKeychainTimeoutMs);
        if (!written.ok()) {
            err(written.message());
            err(tr("The profile was not saved. Unlock the keychain and run the command again, "
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
    out(tr("Saved the profile \"%1\" in %2.")
            .arg(profile.name, QDir::toNativeSeparators(store.path())));
    if (storedNow) {
        out(tr("The CA key password is stored in %1.").arg(keychain.name()));
    } else if (profile.includeKey &&
               profile.keyPasswordSource == profiles::KeyPasswordSource::Keychain &&
               keyPasswordState(profile, keychain) != QLatin1String("stored")) {
        err(tr("warning: no CA key password is stored for \"%1\"; unattended runs fail until "
               "it is (profiles add %1 ... --with-key --key-password-stdin --replace).")
                .arg(profile.name));
    }
    return ExitSuccess;
}

QList<QCommandLineOption> ProfilesRemoveCommand::options() const
{
    return {O::verbose()};
}

QList<Command::Argument> ProfilesRemoveCommand::arguments() const
{
    return {{QStringLiteral("NAME"), tr("The profile's name.")}};
}

int ProfilesRemoveCommand::execute(const QCommandLineParser &, const QStringList &positional)
{
    const QString &name = positional.at(0);
    profiles::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        err(error);
        return ExitFailed;
    }
    const std::optional<profiles::Profile> profile = store.find(name);
    if (!profile) {
        err(tr("There is no profile named \"%1\".").arg(name));
        return ExitUsage;
    }
    if (!store.remove(profile->name, &error)) {
        err(error);
        return ExitFailed;
    }
    out(tr("Removed the profile \"%1\".").arg(profile->name));
    profiles::KeychainSecretStore keychain;
    const profiles::SecretResult removed =
        keychain.removeBlocking(profiles::keyPasswordSecretKey(profile->name), kKeychainTimeoutMs);
    if (!removed.ok()) {
        err(tr("warning: its key password could not be removed from the keychain: %1")
                .arg(removed.message()));
    }
    return ExitSuccess;
}

QList<QCommandLineOption> ProfilesExportCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("include-secrets"),
                               tr("Write the key passwords from the keychain into the file, in "
                                  "plain text.")),
            O::verbose()};
}

QList<Command::Argument> ProfilesExportCommand::arguments() const
{
    return {{QStringLiteral("FILE"), tr("The file to write.")}};
}

int ProfilesExportCommand::execute(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString &file = positional.at(0);
    profiles::ProfileStore store;
    QString error;
    if (!store.load(&error)) {
        err(error);
        return ExitFailed;
    }
    QHash<QString, QString> secrets;
    const bool withSecrets = parser.isSet(QStringLiteral("include-secrets"));
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
                err(tr("Nothing was exported."));
                return ExitFailed;
            }
            secrets.insert(profile.name, secret.secret);
        }
    }
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly)) {
        err(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), output.errorString()));
        return ExitFailed;
    }
    if (withSecrets) {
        // Passwords in plain text: readable by this account only.
        output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    output.write(profiles::ProfileExchange::toJson(store.profiles(), secrets));
    if (!output.commit()) {
        err(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), output.errorString()));
        return ExitFailed;
    }
    out(withSecrets ? tr("Exported %1 profile(s) to %2 WITH %3 key password(s) in plain text; "
                         "keep the file safe and delete it after the import.")
                          .arg(store.profiles().size())
                          .arg(QDir::toNativeSeparators(file))
                          .arg(secrets.size())
                    : tr("Exported %1 profile(s) to %2 (without secrets).")
                          .arg(store.profiles().size())
                          .arg(QDir::toNativeSeparators(file)));
    return ExitSuccess;
}

QList<QCommandLineOption> ProfilesImportCommand::options() const
{
    return {O::replace(), O::verbose()};
}

QList<Command::Argument> ProfilesImportCommand::arguments() const
{
    return {{QStringLiteral("FILE"), tr("The file to read.")}};
}

int ProfilesImportCommand::execute(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString &file = positional.at(0);
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString()));
        return ExitFailed;
    }
    QList<profiles::ExchangedProfile> imported;
    QString error;
    if (!profiles::ProfileExchange::fromJson(input.read(16 << 20), &imported, &error)) {
        err(tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(file), error));
        return ExitFailed;
    }
    profiles::ProfileStore store;
    if (!store.load(&error)) {
        err(error);
        return ExitFailed;
    }
    QStringList clashes;
    for (const profiles::ExchangedProfile &entry : std::as_const(imported)) {
        if (store.find(entry.profile.name)) {
            clashes.append(entry.profile.name);
        }
    }
    if (!clashes.isEmpty() && !parser.isSet(O::replace())) {
        err(tr("These profiles exist already: %1. Nothing was imported; add --replace to "
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
            err(tr("Nothing was imported."));
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
    out(tr("Imported %1 profile(s) into %2.")
            .arg(imported.size())
            .arg(QDir::toNativeSeparators(store.path())));
    if (withoutPassword > 0) {
        err(tr("warning: %1 imported profile(s) include the CA key but the file held no "
               "password; store them with profiles add NAME ... --with-key "
               "--key-password-stdin --replace.")
                .arg(withoutPassword));
    }
    return ExitSuccess;
}

} // namespace

ProfilesCommand::ProfilesCommand() : CommandGroup(QStringLiteral("profiles"))
{
    add(std::make_unique<ProfilesListCommand>());
    add(std::make_unique<ProfilesShowCommand>());
    add(std::make_unique<ProfilesAddCommand>());
    add(std::make_unique<ProfilesRemoveCommand>());
    add(std::make_unique<ProfilesExportCommand>());
    add(std::make_unique<ProfilesImportCommand>());
}

QString ProfilesCommand::description() const
{
    return tr("Saved profiles: list, show, add, remove, export, import.");
}

} // namespace cli
