// SPDX-License-Identifier: Apache-2.0
// The saved server profiles on disk: one QSettings INI file in the platform's standard
// configuration folder (CertSrvBackupManager/profiles.ini under ~/.config or %LOCALAPPDATA%),
// shared by the GUI and the CLI, with a schema version.
// A file that cannot be read, or that a newer version wrote, is reported and never overwritten.
#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QList>
#include <QLockFile>
#include <QString>

#include <optional>

namespace profiles {

class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    static constexpr int kSchemaVersion = 1;

    ProfileStore();                      // the platform's standard location
    explicit ProfileStore(QString path); // tests

    // Reads the file. Unreadable or newer schema: false with a message; the store then refuses
    // to save or remove, so the file is never overwritten. A missing file is an empty store.
    bool load(QString *error);
    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> find(const QString &name) const;
    // Adds the profile, or replaces the one of the same name (case-insensitive). The file is
    // read again first, so that a change made meanwhile by another process is kept.
    bool save(const Profile &profile, QString *error);
    bool remove(const QString &name, QString *error);
    // Replaces the profile `oldName` by `profile` under another name, in one write: either both
    // happen or neither. Fails when `oldName` is gone (another program removed it meanwhile) or
    // when another profile already has the new name.
    bool rename(const QString &oldName, const Profile &profile, QString *error);
    QString path() const { return m_path; }

private:
    static constexpr int kLockTimeoutMs = 10000;
    QString editLockPath() const;
    bool lock(QLockFile &lock, QString *error) const;
    bool readFile(QList<Profile> *out, QString *error) const;
    bool writeFile(const QList<Profile> &profiles, QString *error) const;

    QString m_path;
    QList<Profile> m_profiles;
};

} // namespace profiles
