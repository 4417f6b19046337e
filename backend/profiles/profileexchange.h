// SPDX-License-Identifier: Apache-2.0
// Profiles as a JSON file for moving them between machines (`certsrv-backup-cli profiles
// export|import`, the GUI's export and import). The file has a format name and a schema
// version; secrets are only in it when the operator asked for them explicitly.
#pragma once

#include "profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace profiles {

struct ExchangedProfile {
    Profile profile;
    QString keyPassword; // only when the file carries secrets; empty otherwise
};

class ProfileExchange {
    Q_DECLARE_TR_FUNCTIONS(ProfileExchange)
public:
    static constexpr int kSchemaVersion = 1;

    // `keyPasswords` (profile name -> password) is written only for the profiles it names;
    // pass an empty hash to export without secrets.
    static QByteArray toJson(const QList<Profile> &profiles,
                             const QHash<QString, QString> &keyPasswords = {});
    // Strict: another format, a newer schema, a malformed or duplicate profile is an error
    // that names the entry; nothing is half-read.
    static bool fromJson(const QByteArray &bytes, QList<ExchangedProfile> *out, QString *error);
};

} // namespace profiles
