// SPDX-License-Identifier: Apache-2.0
// Where a CA on this machine keeps its database, its logs and its system files (checkpoint), so
// that a backup is never written into them and, later, a restore knows its targets.
// Windows: the CertSvc\Configuration values DBDirectory, DBLogDirectory, DBSystemDirectory.
// Elsewhere: the simulated server's CertLog folder. Unknown for a CA on another machine.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace platform {

struct CaFolders {
    QString database; // empty when unknown
    QString logs;
    QString system;
    QString caName; // the CA configured on this machine (Windows: Configuration\Active)

    bool known() const { return !database.isEmpty() || !logs.isEmpty() || !system.isEmpty(); }
};

class CaFolderLookup {
    Q_DECLARE_TR_FUNCTIONS(CaFolderLookup)
public:
    static CaFolders of(const QString &server);

    // Whether `path` is `folder` or lies below it (after making both absolute and clean; case
    // does not count on Windows). Empty folders contain nothing.
    static bool contains(const QString &folder, const QString &path);

    // A sentence for the operator when `destination` lies inside one of the CA's folders,
    // else empty.
    static QString destinationProblem(const CaFolders &folders, const QString &destination);
};

} // namespace platform
