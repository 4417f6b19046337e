// SPDX-License-Identifier: Apache-2.0
// Fuzzes the set verifier on a set folder written from the input (fuzztree.h: a txtar archive of
// a destination folder). The set verified is the folder of the first file named manifest.json;
// the other sets in the archive are its siblings, where the chain of a logs-only set is looked
// up. With a comment line "fix-hashes" the harness first rewrites that manifest with the real
// size and SHA-256 of every listed file that exists: the fuzzer cannot forge a hash, and the
// checks behind a matching one (the CA key, the chain, a clean report) need inputs too.
#include "fuzztree.h"
#include "engine/manifest.h"
#include "engine/setverifier.h"
#include "engine/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace engine;

namespace {

void fixHashes(const QString &set)
{
    QFile file(set + QLatin1Char('/') + QLatin1String(kManifestFileName));
    Manifest manifest;
    QString error;
    if (!file.open(QIODevice::ReadOnly) ||
        !Manifest::fromBytes(file.readAll(), &manifest, &error)) {
        return;
    }
    file.close();
    for (ManifestFile &entry : manifest.files) {
        const QFileInfo info(set + QLatin1Char('/') + entry.path);
        if (info.isFile()) {
            entry.size = info.size();
            entry.sha256 = Sha256::ofFile(info.filePath());
        }
    }
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(manifest.toBytes());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzztree::Archive archive = fuzztree::parse(
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    // The tree goes one level below the temporary folder: the chain check of a logs-only set
    // scans the set's parent, which must never be the system's temporary folder itself.
    const QTemporaryDir temp;
    if (!temp.isValid()) {
        std::abort();
    }
    const QString root = temp.filePath(QStringLiteral("dest"));
    QDir().mkpath(root);
    fuzztree::write(root, archive);

    QString set = root;
    for (const fuzztree::Entry &entry : archive.entries) {
        if (!entry.folder && QFileInfo(entry.path).fileName() == QLatin1String(kManifestFileName)) {
            set = QDir::cleanPath(root + QLatin1Char('/') + QFileInfo(entry.path).path());
            break;
        }
    }
    if (archive.comment.contains("fix-hashes")) {
        fixHashes(set);
    }

    const VerifyReport report = SetVerifier::verify(set);
    const bool clean = report.manifestError.isEmpty() && report.missing.isEmpty() &&
                       report.extra.isEmpty() && report.changed.isEmpty() &&
                       report.problems.isEmpty();
    if (report.ok != clean || report.summary().isEmpty()) {
        std::abort();
    }
    if (!report.manifestError.isEmpty() && report.filesChecked != 0) {
        std::abort(); // nothing is checked against an unreadable manifest
    }
    if (report.filesChecked > report.manifest.files.size() ||
        report.extra.contains(QLatin1String(kManifestFileName))) {
        std::abort();
    }
    if (report.caKey == CaKeyState::Verified) {
        std::abort(); // no password was given, so the key cannot have been opened
    }
    if (report.ok && report.manifest.type == SetType::LogsOnly && report.chain.size() < 2) {
        std::abort(); // a whole logs-only set has a full set before it
    }
    return 0;
}
