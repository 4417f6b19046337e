// SPDX-License-Identifier: Apache-2.0
// manifest.json of a backup set: what the set is and the SHA-256 of every file in it, so that a
// set can be verified and trusted. Written last, after every other file is on disk.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace engine {

enum class SetType { Full, LogsOnly };

inline constexpr const char *kManifestFileName = "manifest.json";
inline constexpr const char *kToolName = "CertSrv Backup Manager";
inline constexpr const char *kCaKeyKind = "ca-key"; // <CA name>.p12 at the set root
inline constexpr const char *kDatabaseFolder = "DataBase";
inline constexpr const char *kRestoreMapFileName = "certbkxp.dat";
inline constexpr const char *kPartialSuffix = ".partial";

QString setTypeName(SetType type); // "full" / "logs"
bool parseSetType(const QString &name, SetType *type);

struct ManifestFile {
    QString path; // relative to the set folder, '/' separated: "DataBase/edb00001.log"
    QString kind; // "database", "log", "restore-map", "ca-key"
    qint64 size = 0;
    QString sha256;
    quint32 generation = 0; // logs only: the log generation from the file name
};

struct RestoreLocation {
    QString type; // "database", "log-directory", "checkpoint-directory", ...
    QString path;
};

struct Manifest {
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QString tool = QLatin1String(kToolName); // who wrote the set; retention only prunes ours
    QString toolVersion;
    QString server;
    QString caName;
    SetType type = SetType::Full;
    QString extendsSet;  // logs-only: the set whose logs this one continues (folder name)
    QString baseFullSet; // logs-only: the full set of the chain (folder name)
    QDateTime started;   // UTC
    QDateTime finished;  // UTC
    quint32 logGenerationLow = 0;
    quint32 logGenerationHigh = 0;
    bool keepLogs = false; // the operator asked not to truncate logs
    QList<ManifestFile> files;
    QStringList dynamicFiles; // recorded, not copied: the backup API cannot read them
    QList<RestoreLocation> restoreLocations;
    // SHA-256 (hex) of the CA certificate exported with the key, so that verification can tell
    // that the .p12 holds the certificate of the CA the set came from. Empty without a key.
    QString caCertificateSha256;

    qint64 totalBytes() const;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    // Parses a manifest. A newer format version, a missing field or a malformed value is an
    // error in *error; nothing is guessed.
    static bool fromBytes(const QByteArray &bytes, Manifest *out, QString *error);
};

// The generation of an ESE log file name ("edb0001A.log" -> 26); 0 when the name is not one.
quint32 logGenerationFromName(const QString &fileName);

} // namespace engine
