// SPDX-License-Identifier: Apache-2.0
// The options more than one command takes, defined once.
#include "commandoptions.h"

namespace cli {

QCommandLineOption CommandOptions::json()
{
    return {QStringLiteral("json"),
            tr("Print one machine-readable JSON result (its texts in English, whatever the "
               "language).")};
}

QCommandLineOption CommandOptions::verbose()
{
    return {QStringLiteral("verbose"),
            tr("Print the job's log lines and diagnostics on standard error.")};
}

QCommandLineOption CommandOptions::certadmLibrary()
{
    return {QStringLiteral("certadm-library"),
            tr("The certadm library to load instead of the default (also: "
               "CERTSRV_BACKUP_CERTADM_LIBRARY)."),
            tr("path")};
}

QCommandLineOption CommandOptions::server()
{
    return {QStringLiteral("server"), tr("CA server (NetBIOS or DNS name)."), tr("name")};
}

QCommandLineOption CommandOptions::type()
{
    return {QStringLiteral("type"), tr("Backup type: full or logs (logs-only); default full."),
            QStringLiteral("full|logs")};
}

QCommandLineOption CommandOptions::dest()
{
    return {QStringLiteral("dest"), tr("Destination folder (one subfolder per CA)."), tr("dir")};
}

QCommandLineOption CommandOptions::keepLogs()
{
    return {QStringLiteral("keep-logs"), tr("Do not truncate the CA's logs after a full backup.")};
}

QCommandLineOption CommandOptions::verify()
{
    return {QStringLiteral("verify"),
            tr("Verify the set against its manifest after the backup (the default; kept for "
               "scripts).")};
}

QCommandLineOption CommandOptions::noVerify()
{
    return {QStringLiteral("no-verify"),
            tr("Do not verify the set after the backup (verification is on by default).")};
}

QCommandLineOption CommandOptions::drillAfter()
{
    return {QStringLiteral("drill-after"),
            tr("Test-restore the new set after the backup (a restore drill; retention waits for "
               "it to pass).")};
}

QCommandLineOption CommandOptions::withKey()
{
    return {QStringLiteral("with-key"),
            tr("Also back up the CA certificate and private key as <CA name>.p12 (only on the "
               "CA itself).")};
}

QCommandLineOption CommandOptions::replace()
{
    return {QStringLiteral("replace"), tr("Replace profiles of the same name.")};
}

QCommandLineOption CommandOptions::keyPasswordStdin(const QString &description)
{
    return {QStringLiteral("key-password-stdin"), description};
}

QCommandLineOption CommandOptions::profile(const QString &description)
{
    return {QStringLiteral("profile"), description, tr("name")};
}

} // namespace cli
