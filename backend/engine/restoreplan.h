// SPDX-License-Identifier: Apache-2.0
// What a restore of one set needs: the chain that ends at it (its full set and every logs-only
// set up to it, oldest first), checked without reading the files, so that a broken chain or a
// damaged set is refused before anything of the CA is touched. Sets made by this tool are checked
// against their manifests; sets made by certutil -backupDB, Backup-CARoleService or the console
// (no manifest) only for their structure, and the plan says so.
#pragma once

#include "manifest.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace engine {

struct PlannedFile {
    QString source; // absolute path in the set
    QString name;   // file name in the CA's folder
    QString sha256; // from the manifest; empty for a set without one
    qint64 size = 0;
    quint32 generation = 0; // logs
};

struct PlannedSet {
    QString path;
    QString folderName;
    SetType type = SetType::Full;
    bool hasManifest = false;
    quint32 genLow = 0;
    quint32 genHigh = 0;
    QString savedDatabasePath; // 'D' in certbkxp.dat: where the database was backed up from
    QList<PlannedFile> files;  // database (full set) and logs
    QString caKeyFile;         // absolute path of <CA name>.p12, empty without one
};

struct RestorePlan {
    Q_DECLARE_TR_FUNCTIONS(RestorePlan)
public:
    QString caName;
    QList<PlannedSet> chain; // the full set first
    QStringList warnings;
    QString problem; // why the set cannot be restored; empty when it can

    bool ok() const { return problem.isEmpty(); }
    quint32 genLow() const { return chain.isEmpty() ? 0 : chain.first().genLow; }
    quint32 genHigh() const;
    qint64 totalBytes() const;
    int fileCount() const;
    // Every log once (a generation held by two sets of the chain is taken from the earlier
    // one) and the database, in the order they are restored.
    QList<PlannedFile> filesToRestore() const;
    QStringList folderNames() const;

    // Plans the restore of `setPath` to its state.
    static RestorePlan forSet(const QString &setPath);
};

} // namespace engine
