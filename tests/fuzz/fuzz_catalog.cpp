// SPDX-License-Identifier: Apache-2.0
// Fuzzes the scan for backup sets on a destination folder written from the input (fuzztree.h:
// a txtar archive). The main window and retention trust what the scan returns, so a set it
// lists must be a real folder with a manifest, in time order, with a chain that ends at itself
// and starts at a full set, or a reason why not.
#include "engine/catalog.h"
#include "fuzztree.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace engine;

namespace {

void check(const Catalog &catalog)
{
    for (qsizetype i = 0; i < catalog.sets.size(); ++i) {
        const CatalogEntry &entry = catalog.sets.at(i);
        if (i > 0 && entry.manifest.started < catalog.sets.at(i - 1).manifest.started) {
            std::abort(); // not oldest first
        }
        const QFileInfo info(entry.path);
        if (!info.isAbsolute() || info.fileName() != entry.folderName ||
            entry.folderName.endsWith(QLatin1String(kPartialSuffix)) ||
            !QFileInfo::exists(entry.path + QLatin1Char('/') + QLatin1String(kManifestFileName))) {
            std::abort();
        }
        if (entry.chain.isEmpty() == entry.chainProblem.isEmpty()) {
            std::abort(); // exactly one of a chain and a reason
        }
        if (!entry.chain.isEmpty() && entry.chain.last() != entry.folderName) {
            std::abort();
        }
        if (entry.manifest.type == SetType::Full && entry.chain != QStringList{entry.folderName}) {
            std::abort();
        }
        if (entry.manifest.type == SetType::LogsOnly && entry.chain.size() == 1) {
            std::abort(); // a logs-only set cannot be its own full set
        }
        const QList<CatalogEntry> sameCa = catalog.forCa(entry.manifest.caName);
        if (std::none_of(sameCa.begin(), sameCa.end(), [&entry](const CatalogEntry &other) {
                return other.path == entry.path;
            })) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzztree::Archive archive = fuzztree::parse(
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    const QTemporaryDir temp;
    if (!temp.isValid()) {
        std::abort();
    }
    fuzztree::write(temp.path(), archive);

    // The destination, and each folder in it as a CA folder: the scan accepts both.
    check(Catalog::scan(temp.path()));
    const QStringList children =
        QDir(temp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &child : children) {
        check(Catalog::scan(temp.filePath(child)));
    }
    return 0;
}
