// SPDX-License-Identifier: Apache-2.0
// The verify command: a set re-hashed against its manifest, its chain and CA key checked.
#include "verifycommand.h"

#include "commandoptions.h"
#include "exitcodes.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
#include "engine/setverifier.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cli {
namespace {

using O = CommandOptions;

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

} // namespace

VerifyCommand::VerifyCommand() : Command(QStringLiteral("verify")) {}

QString VerifyCommand::description() const
{
    return tr("Re-hash a set against its manifest and check its chain and CA key.");
}

QList<QCommandLineOption> VerifyCommand::options() const
{
    return {O::keyPasswordStdin(tr("Read the password of the set's CA key from standard input "
                                   "(one line) and open the key.")),
            O::profile(tr("Open the set's CA key with the password this saved profile keeps in "
                          "the keychain.")),
            O::json(), O::verbose()};
}

QList<Command::Argument> VerifyCommand::arguments() const
{
    return {{QStringLiteral("SET"), tr("The set's folder.")}};
}

int VerifyCommand::execute(const QCommandLineParser &parser, const QStringList &positional)
{
    // The password that opens the set's CA key: typed or piped, or from the keychain entry of
    // --profile. Empty when neither is asked for (the key is then not opened).
    QString keyPassword;
    if (parser.isSet(O::keyPasswordStdin({}))) {
        if (parser.isSet(O::profile({}))) {
            return usageError(tr("--key-password-stdin and --profile exclude each other"));
        }
        if (!readKeyPassword(&keyPassword) || keyPassword.isEmpty()) {
            return usageError(tr("no key password on standard input"));
        }
    } else if (parser.isSet(O::profile({}))) {
        profiles::KeychainSecretStore keychain;
        const profiles::SecretResult secret =
            keychain.readBlocking(profiles::keyPasswordSecretKey(parser.value(O::profile({}))));
        if (!secret.ok()) {
            err(secret.message());
            return ExitFailed;
        }
        keyPassword = secret.secret;
    }
    const engine::VerifyReport report =
        engine::SetVerifier::verify(positional.at(0), {}, nullptr, keyPassword);
    if (parser.isSet(O::json())) {
        printJson(reportJson(report));
    } else {
        out(report.summary());
        for (const QString &path : report.missing) {
            out(tr("  missing: %1").arg(path));
        }
        for (const QString &line : report.changed) {
            out(tr("  changed: %1").arg(line));
        }
        for (const QString &path : report.extra) {
            out(tr("  extra: %1").arg(path));
        }
        for (const QString &line : report.problems) {
            out(tr("  problem: %1").arg(line));
        }
        if (report.ok && report.manifest.type == engine::SetType::LogsOnly) {
            out(tr("  chain: %1").arg(report.chain.join(QStringLiteral(" -> "))));
        }
        if (!report.caKeyDetail.isEmpty()) {
            out(tr("  CA key: %1").arg(report.caKeyDetail));
        }
    }
    return report.ok ? ExitSuccess : ExitVerificationFailed;
}

} // namespace cli
