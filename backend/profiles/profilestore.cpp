// SPDX-License-Identifier: Apache-2.0
#include "profilestore.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

namespace profiles {
namespace {

// QSettings' INI arrays number their entries from 1; every key of a profile sits under
// profiles/<n>/.
constexpr const char *kArray = "profiles";

} // namespace

ProfileStore::ProfileStore()
    : ProfileStore(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                   QStringLiteral("/CertSrvBackupManager/profiles.ini"))
{}

ProfileStore::ProfileStore(QString path) : m_path(std::move(path)) {}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0) {
            return profile;
        }
    }
    return std::nullopt;
}

bool ProfileStore::load(QString *error)
{
    QList<Profile> loaded;
    if (!readFile(&loaded, error)) {
        m_profiles.clear();
        return false;
    }
    m_profiles = loaded;
    return true;
}

bool ProfileStore::readFile(QList<Profile> *out, QString *error) const
{
    const QFileInfo info(m_path);
    if (!info.exists() || (info.isFile() && info.size() == 0)) {
        return true; // nothing saved yet
    }
    const QString where = QDir::toNativeSeparators(m_path);
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("The profiles file %1 cannot be read (not a readable file). It is left as "
                    "it is; fix its permissions or move it away.")
                     .arg(where);
        return false;
    }
    QSettings settings(m_path, QSettings::IniFormat);
    // QSettings parses an INI section only when a key of it is first read, and only then
    // reports a malformed one; reading every key first makes the check below cover the whole
    // file, so a damaged section is refused here instead of being dropped by the next save.
    settings.allKeys();
    if (settings.status() != QSettings::NoError) {
        *error =
            tr("The profiles file %1 is damaged (%2). It is left as it is; repair it or "
               "move it away to start with no profiles.")
                .arg(where, settings.status() == QSettings::FormatError ? tr("not a valid INI file")
                                                                        : tr("access error"));
        return false;
    }
    bool numeric = false;
    const int schema = settings.value(QStringLiteral("schema")).toInt(&numeric);
    if (!numeric || schema < 1) {
        *error = tr("The profiles file %1 has no valid schema version, so it is not a profiles "
                    "file this program wrote. It is left as it is.")
                     .arg(where);
        return false;
    }
    if (schema > kSchemaVersion) {
        *error = tr("The profiles file %1 was written by a newer version of CertSrv Backup "
                    "Manager (schema %2; this version reads up to %3). It is left as it is; use "
                    "the newer version.")
                     .arg(where)
                     .arg(schema)
                     .arg(kSchemaVersion);
        return false;
    }
    QList<Profile> result;
    const int count = settings.beginReadArray(QLatin1String(kArray));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.server = settings.value(QStringLiteral("server")).toString();
        p.caName = settings.value(QStringLiteral("ca_name")).toString();
        p.keepLogs = settings.value(QStringLiteral("keep_logs"), false).toBool();
        p.destination = settings.value(QStringLiteral("destination")).toString();
        p.includeKey = settings.value(QStringLiteral("include_key"), false).toBool();
        p.verifyAfter = settings.value(QStringLiteral("verify_after"), true).toBool();
        p.drillAfter = settings.value(QStringLiteral("drill_after"), false).toBool();
        p.notes = settings.value(QStringLiteral("notes")).toString();
        bool keepOk = false;
        p.keepFull = settings.value(QStringLiteral("keep_full"), 0).toInt(&keepOk);
        QString problem;
        if (!keepOk) {
            problem = tr("keep_full is not a number");
        } else if (!engine::parseSetType(
                       settings.value(QStringLiteral("type"), QStringLiteral("full")).toString(),
                       &p.type)) {
            problem = tr("the type is neither full nor logs");
        } else if (!parseKeyPasswordSource(
                       settings
                           .value(QStringLiteral("key_password_source"), QStringLiteral("keychain"))
                           .toString(),
                       &p.keyPasswordSource)) {
            problem = tr("the key password source is neither keychain nor ask");
        } else {
            problem = p.validate();
        }
        const bool duplicate =
            std::any_of(result.begin(), result.end(), [&p](const Profile &other) {
                return other.name.compare(p.name, Qt::CaseInsensitive) == 0;
            });
        if (problem.isEmpty() && duplicate) {
            problem = tr("a second profile is named \"%1\"").arg(p.name);
        }
        if (!problem.isEmpty()) {
            *error = tr("The profiles file %1 holds an unusable profile (entry %2): %3. It is "
                        "left as it is; repair or remove that entry.")
                         .arg(where)
                         .arg(i + 1)
                         .arg(problem);
            return false;
        }
        result.append(p);
    }
    settings.endArray();
    *out = result;
    return true;
}

bool ProfileStore::writeFile(const QList<Profile> &profiles, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error = tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QSettings settings(m_path, QSettings::IniFormat);
    settings.clear();
    settings.setValue(QStringLiteral("schema"), kSchemaVersion);
    settings.beginWriteArray(QLatin1String(kArray), static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("server"), p.server);
        settings.setValue(QStringLiteral("ca_name"), p.caName);
        settings.setValue(QStringLiteral("type"), engine::setTypeName(p.type));
        settings.setValue(QStringLiteral("keep_logs"), p.keepLogs);
        settings.setValue(QStringLiteral("destination"), p.destination);
        settings.setValue(QStringLiteral("include_key"), p.includeKey);
        settings.setValue(QStringLiteral("key_password_source"),
                          keyPasswordSourceName(p.keyPasswordSource));
        settings.setValue(QStringLiteral("verify_after"), p.verifyAfter);
        settings.setValue(QStringLiteral("drill_after"), p.drillAfter);
        settings.setValue(QStringLiteral("keep_full"), p.keepFull);
        settings.setValue(QStringLiteral("notes"), p.notes);
    }
    settings.endArray();
    // QSettings replaces the file through a temporary copy, so a crash leaves old or new.
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = tr("Cannot write the profiles file %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

QString ProfileStore::editLockPath() const
{
    // Not "<file>.lock": QSettings takes that one itself for each single write.
    return m_path + QStringLiteral(".edit-lock");
}

bool ProfileStore::lock(QLockFile &lock, QString *error) const
{
    // Held only for one read-modify-write; stale once its owner is gone, never by age.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    lock.setStaleLockTime(0);
    if (lock.tryLock(kLockTimeoutMs)) {
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString program;
    lock.getLockInfo(&pid, &host, &program);
    *error = tr("The profiles file %1 is being changed by another program (%2, process %3); "
                "try again in a moment.")
                 .arg(QDir::toNativeSeparators(m_path), program)
                 .arg(pid);
    return false;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // The GUI's editor and a scheduled run may save at the same time: read, change and write
    // under one lock, so that neither loses the other's update.
    QLockFile fileLock(editLockPath());
    if (!lock(fileLock, error)) {
        return false;
    }
    QList<Profile> current;
    if (!readFile(&current, error)) {
        return false;
    }
    bool replaced = false;
    for (Profile &existing : current) {
        if (existing.name.compare(profile.name, Qt::CaseInsensitive) == 0) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced) {
        current.append(profile);
    }
    if (!writeFile(current, error)) {
        return false;
    }
    m_profiles = current;
    return true;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    QLockFile fileLock(editLockPath());
    if (!lock(fileLock, error)) {
        return false;
    }
    QList<Profile> current;
    if (!readFile(&current, error)) {
        return false;
    }
    const qsizetype before = current.size();
    current.removeIf(
        [&name](const Profile &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
    if (current.size() == before) {
        *error = tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    if (!writeFile(current, error)) {
        return false;
    }
    m_profiles = current;
    return true;
}

bool ProfileStore::rename(const QString &oldName, const Profile &profile, QString *error)
{
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QLockFile fileLock(editLockPath());
    if (!lock(fileLock, error)) {
        return false;
    }
    QList<Profile> current;
    if (!readFile(&current, error)) {
        return false;
    }
    auto named = [&current](const QString &name) {
        return std::find_if(current.begin(), current.end(), [&name](const Profile &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    const auto old = named(oldName);
    if (old == current.end()) {
        *error = tr("The profile \"%1\" cannot be renamed: it no longer exists (another program "
                    "may have removed it). Nothing was changed.")
                     .arg(oldName);
        return false;
    }
    const auto taken = named(profile.name);
    if (taken != current.end() && taken != old) {
        *error =
            tr("A profile named \"%1\" exists already: choose another name.").arg(profile.name);
        return false;
    }
    *old = profile;
    if (!writeFile(current, error)) {
        return false;
    }
    m_profiles = current;
    return true;
}

} // namespace profiles
