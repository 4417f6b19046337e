// SPDX-License-Identifier: Apache-2.0
// Retention for a profile's destination: keep the last N full sets of a CA and the logs-only sets
// that extend them, remove older ones. It only ever removes sets that this tool wrote and that
// pass a quick check, never the newest full set, and never a set that a kept logs-only set
// needs to be restored; everything it removes or keeps is reported with a reason.
#pragma once

#include "engine/catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace profiles {

// One set as retention sees it.
struct RetentionCandidate {
    engine::CatalogEntry entry;
    bool ours = false;    // the manifest says CertSrv Backup Manager wrote it
    QString checkProblem; // empty when the quick check passed
};

struct RetentionDecision {
    QString path;
    QString folderName;
    engine::SetType type = engine::SetType::Full;
    bool remove = false;
    QString reason; // why it is removed or kept, one phrase
};

struct RetentionReport {
    QList<RetentionDecision> decisions; // every set of the CA, oldest first
    QStringList removed;                // paths actually removed
    QStringList errors;                 // sets that should have gone but could not be removed

    QStringList toRemove() const;
    QString summary() const; // one line
};

class Retention {
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    // Decides without touching the disk. `sets` are the sets of one CA, in any order;
    // keepFull 0 keeps everything.
    static RetentionReport plan(const QList<RetentionCandidate> &sets, int keepFull);

    // The quick check: the manifest was read (the catalog did that) and every file it lists
    // exists with the listed size. Empty when it passes, else why not.
    static QString quickCheck(const engine::CatalogEntry &entry);

    // Scans <destination>/<CA name>, checks, plans and removes. A set is made invisible first
    // (its manifest goes), then deleted, so an interruption never leaves a set that looks whole.
    static RetentionReport apply(const QString &destination, const QString &caName, int keepFull);
};

} // namespace profiles
