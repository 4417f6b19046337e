// SPDX-License-Identifier: Apache-2.0
// A saved server profile: everything an unattended backup run needs except its secrets, which
// live in the OS keychain (see SecretStore). The GUI's profile editor, the wizard's "Save as
// profile" and `certsrv-backup-cli profiles` all read and write this one structure.
#pragma once

#include "engine/manifest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace profiles {

// Where the CA key's password comes from when the profile runs.
enum class KeyPasswordSource {
    Keychain,    // stored in the OS keychain under keyPasswordSecretKey(name)
    AskEachTime, // never stored; typed (GUI) or piped (CLI --key-password-stdin) for every run
};

struct Profile {
    QString name; // unique, case-insensitive
    QString server;
    QString caName; // as the server reports it; may be empty until the first backup
    engine::SetType type = engine::SetType::Full;
    bool keepLogs = false;
    QString destination;
    bool includeKey = false; // export <CA name>.p12 with the set
    bool verifyAfter = true;
    bool drillAfter = false; // test-restore each new set (restore drill)
    int keepFull = 0; // retention: keep the last N full sets and their logs-only sets; 0 = all
    QString notes;
    KeyPasswordSource keyPasswordSource = KeyPasswordSource::Keychain;

    // Empty when the profile can be saved, else one sentence saying what is wrong.
    QString validate() const;

    // The JSON form used by export/import and `profiles show --json` (never holds a secret).
    QJsonObject toJson() const;
    // Strict: a missing required field or a malformed value fails with *error.
    static bool fromJson(const QJsonObject &object, Profile *out, QString *error);

    Q_DECLARE_TR_FUNCTIONS(Profile) // last: the macro ends in "private:"
};

// The keychain entry of a profile's CA key password. Keys carry the application name because
// the Windows Credential Manager ignores the service name.
QString keyPasswordSecretKey(const QString &profileName);

QString keyPasswordSourceName(KeyPasswordSource source); // "keychain" / "ask"
bool parseKeyPasswordSource(const QString &name, KeyPasswordSource *source);

} // namespace profiles
