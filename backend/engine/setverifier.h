// SPDX-License-Identifier: Apache-2.0
// Verification of a backup set against its manifest: every file re-hashed, missing, extra and
// changed files named, for a logs-only set whether its full set is present and the log
// generations connect, and for a set with the CA key whether <CA name>.p12 opens with its
// password and holds the certificate of the CA the set came from.
#pragma once

#include "manifest.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace engine {

enum class CaKeyState {
    Absent,     // the set holds no CA key
    NotChecked, // present and listed in the manifest, but no password was given to open it
    Verified,   // opens with the password, the key belongs to the CA's certificate
    Failed,     // missing, changed, does not open, or holds another CA's certificate
};

struct VerifyReport {
    bool ok = false;
    QString setPath;
    QString manifestError; // manifest unreadable: nothing else could be checked
    Manifest manifest;
    QStringList missing;      // in the manifest, not on disk
    QStringList extra;        // on disk, not in the manifest
    QStringList changed;      // "path: why" (size or SHA-256 differs, unreadable)
    QStringList problems;     // structural: no database in a full set, generation gaps, chain
    QStringList chain;        // logs-only: folder names from the full set to this one
    QStringList damagedLinks; // sets of the chain (not this one) that failed their own check
    CaKeyState caKey = CaKeyState::Absent;
    QString caKeyFile;   // relative path of the .p12 in the set
    QString caKeyDetail; // one sentence on what was found
    int filesChecked = 0;
    qint64 bytesChecked = 0;

    QString summary() const; // one line
};

class SetVerifier {
public:
    // Called with the bytes hashed so far and the total; may be null.
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    // `keyPassword` opens the set's CA key; empty skips that check (the key is still reported
    // as present and listed in the manifest).
    static VerifyReport verify(const QString &setPath, const ProgressCallback &progress = {},
                               const std::atomic<bool> *cancel = nullptr,
                               const QString &keyPassword = QString());

    // The same checks without reading the files: sizes, missing and extra files, generations,
    // chain. A restore runs this first and hashes every file while it copies it.
    static VerifyReport inspect(const QString &setPath);

private:
    // `withChain`: a logs-only set is only as good as its chain, so each set of it is checked
    // too (once: the links themselves are checked without their chains).
    static VerifyReport check(const QString &setPath, bool hashFiles,
                              const ProgressCallback &progress, const std::atomic<bool> *cancel,
                              const QString &keyPassword, bool withChain = true);
};

} // namespace engine
