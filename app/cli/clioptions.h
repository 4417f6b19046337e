// SPDX-License-Identifier: Apache-2.0
// The options of certsrv-backup-cli, shared by the backup commands (clicommands.cpp) and the
// profile commands (profilecommands.cpp).
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

namespace cli {

struct Options {
    QCommandLineOption server{QStringLiteral("server"),
                              QStringLiteral("CA server (NetBIOS or DNS name)."),
                              QStringLiteral("name")};
    QCommandLineOption type{QStringLiteral("type"), QStringLiteral("Backup type: full or logs."),
                            QStringLiteral("full|logs")};
    QCommandLineOption dest{QStringLiteral("dest"),
                            QStringLiteral("Destination folder (one subfolder per CA)."),
                            QStringLiteral("dir")};
    QCommandLineOption keepLogs{QStringLiteral("keep-logs"),
                                QStringLiteral("Do not truncate the CA's logs after a full "
                                               "backup.")};
    QCommandLineOption verify{QStringLiteral("verify"),
                              QStringLiteral("Verify the set against its manifest after the "
                                             "backup (the default; kept for scripts).")};
    QCommandLineOption json{QStringLiteral("json"),
                            QStringLiteral("Print one machine-readable JSON result.")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               QStringLiteral("Print the job's log lines and diagnostics on "
                                              "standard error.")};
    QCommandLineOption library{QStringLiteral("certadm-library"),
                               QStringLiteral("The certadm library to load instead of the "
                                              "default (also: CERTSRV_BACKUP_CERTADM_LIBRARY)."),
                               QStringLiteral("path")};
    QCommandLineOption profile{
        QStringLiteral("profile"),
        QCoreApplication::translate("cli", "Back up (or verify) with a saved profile's "
                                           "settings and secrets."),
        QStringLiteral("name")};
    QCommandLineOption withKey{
        QStringLiteral("with-key"),
        QCoreApplication::translate("cli", "Also back up the CA certificate and private key "
                                           "as <CA name>.p12 (only on the CA itself).")};
    QCommandLineOption keyPasswordStdin{
        QStringLiteral("key-password-stdin"),
        QCoreApplication::translate("cli", "Read the CA key password from standard input (one "
                                           "line). With profiles add it goes to the keychain.")};
    QCommandLineOption keepFull{
        QStringLiteral("keep-full"),
        QCoreApplication::translate("cli", "Retention: keep the last N full sets and their "
                                           "logs-only sets (0 keeps all)."),
        QStringLiteral("N")};
    QCommandLineOption noVerify{
        QStringLiteral("no-verify"),
        QCoreApplication::translate("cli", "backup, profiles add: do not verify the set after "
                                           "the backup (verification is on by default).")};
    QCommandLineOption caName{
        QStringLiteral("ca-name"),
        QCoreApplication::translate("cli", "profiles add: the CA name, if known (the first "
                                           "backup fills it in otherwise)."),
        QStringLiteral("name")};
    QCommandLineOption notes{QStringLiteral("notes"),
                             QCoreApplication::translate("cli", "profiles add: free text."),
                             QStringLiteral("text")};
    QCommandLineOption replace{
        QStringLiteral("replace"),
        QCoreApplication::translate("cli", "profiles add / import: replace profiles of the "
                                           "same name.")};
    QCommandLineOption askKeyPassword{
        QStringLiteral("ask-key-password"),
        QCoreApplication::translate("cli", "profiles add: never store the key password; every "
                                           "run needs --key-password-stdin.")};
    QCommandLineOption includeSecrets{
        QStringLiteral("include-secrets"),
        QCoreApplication::translate("cli", "profiles export: write the key passwords from the "
                                           "keychain into the file, in plain text.")};
    QCommandLineOption databaseOnly{
        QStringLiteral("database-only"),
        QCoreApplication::translate("cli", "restore: the database and logs, not the CA key.")};
    QCommandLineOption keyOnly{
        QStringLiteral("key-only"),
        QCoreApplication::translate("cli", "restore: only the CA key and certificate.")};
    QCommandLineOption stopService{
        QStringLiteral("stop-service"),
        QCoreApplication::translate("cli", "restore: stop the CA first if it runs.")};
    QCommandLineOption startService{
        QStringLiteral("start"),
        QCoreApplication::translate("cli", "restore: start the CA afterwards; it recovers the "
                                           "restored database (a failure undoes the restore).")};
    QCommandLineOption force{
        QStringLiteral("force"),
        QCoreApplication::translate("cli", "restore: restore onto a CA whose name differs from "
                                           "the set's.")};
    QCommandLineOption drill{
        QStringLiteral("drill"),
        QCoreApplication::translate("cli", "restore: prove the set restorable on a scratch copy; "
                                           "no CA is touched.")};
    QCommandLineOption scratch{
        QStringLiteral("scratch"),
        QCoreApplication::translate("cli", "restore --drill: the folder for the scratch copy "
                                           "(default: the temporary folder)."),
        QStringLiteral("dir")};
    QCommandLineOption drillAfter{
        QStringLiteral("drill-after"),
        QCoreApplication::translate("cli", "backup, profiles add: test-restore the new set after "
                                           "the backup (a restore drill; retention waits for "
                                           "it to pass).")};
};

} // namespace cli
