// SPDX-License-Identifier: Apache-2.0
// The backup sets found under a destination folder, and the chains that logs-only sets form
// with the full set they extend. A folder without a manifest, or a ".partial" folder, is never a
// backup.
#pragma once

#include "manifest.h"

#include <QList>
#include <QString>

namespace engine {

struct CatalogEntry {
    QString path;       // absolute path of the set folder
    QString folderName; // "20261125-061502-full"
    Manifest manifest;

    // Chain of a logs-only set back to its full set, oldest first, as folder names; for a full
    // set just itself. Empty when the chain is broken.
    QStringList chain;
    QString chainProblem; // why the chain is broken, empty when it is whole
};

struct Catalog {
    QList<CatalogEntry> sets; // oldest first
    QStringList unreadable;   // folders with a manifest that could not be read, and why
    QStringList incomplete;   // ".partial" folders and folders without a manifest

    // Scans `destination` (the folder that holds one folder per CA) or a CA folder itself.
    static Catalog scan(const QString &destination);

    // The sets of one CA, oldest first.
    QList<CatalogEntry> forCa(const QString &caName) const;
};

// Whether set `a` was taken before set `b` (of one CA): the order of sets everywhere.
bool takenBefore(const Manifest &a, const Manifest &b);

// Fills `entry.chain` and `chainProblem` for a logs-only set from the sets of the same CA.
void resolveChain(CatalogEntry &entry, const QList<CatalogEntry> &sameCa);

} // namespace engine
