// Verification of a backup set against its manifest: every file re-hashed, missing, extra and
// changed files named, and for a logs-only set whether its full set is present and the log
// generations connect.
#pragma once

#include "manifest.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace engine {

struct VerifyReport {
    bool ok = false;
    QString setPath;
    QString manifestError; // manifest unreadable: nothing else could be checked
    Manifest manifest;
    QStringList missing;  // in the manifest, not on disk
    QStringList extra;    // on disk, not in the manifest
    QStringList changed;  // "path: why" (size or SHA-256 differs, unreadable)
    QStringList problems; // structural: no database in a full set, generation gaps, chain
    QStringList chain;    // logs-only: folder names from the full set to this one
    int filesChecked = 0;
    qint64 bytesChecked = 0;

    QString summary() const; // one line
};

class SetVerifier {
public:
    // Called with the bytes hashed so far and the total; may be null.
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    static VerifyReport verify(const QString &setPath, const ProgressCallback &progress = {},
                               const std::atomic<bool> *cancel = nullptr);
};

} // namespace engine
