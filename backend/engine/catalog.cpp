// SPDX-License-Identifier: Apache-2.0
#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

namespace engine {
namespace {

bool readEntry(const QString &folder, CatalogEntry *entry, QString *error)
{
    QFile file(folder + QLatin1Char('/') + QLatin1String(kManifestFileName));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    // A manifest is a few kilobytes; anything far larger is not ours.
    if (file.size() > 16 * 1024 * 1024) {
        *error = QStringLiteral("manifest.json is implausibly large");
        return false;
    }
    if (!Manifest::fromBytes(file.readAll(), &entry->manifest, error)) {
        return false;
    }
    entry->path = QFileInfo(folder).absoluteFilePath();
    entry->folderName = QFileInfo(folder).fileName();
    return true;
}

void scanFolder(const QString &folder, Catalog &catalog, int depth)
{
    const QDir dir(folder);
    const QStringList children = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &child : children) {
        const QString path = dir.filePath(child);
        if (child.endsWith(QLatin1String(kPartialSuffix))) {
            catalog.incomplete.append(path);
            continue;
        }
        if (QFileInfo::exists(path + QLatin1Char('/') + QLatin1String(kManifestFileName))) {
            CatalogEntry entry;
            QString error;
            if (readEntry(path, &entry, &error)) {
                catalog.sets.append(entry);
            } else {
                catalog.unreadable.append(path + QStringLiteral(": ") + error);
            }
        } else if (depth > 0) {
            scanFolder(path, catalog, depth - 1);
        } else if (QFileInfo::exists(path + QLatin1Char('/') + QLatin1String(kDatabaseFolder))) {
            catalog.incomplete.append(path);
        }
    }
}

} // namespace

bool takenBefore(const Manifest &a, const Manifest &b)
{
    // Times are kept to the second; within one second the later set is the one further along
    // the log (folder names would put "-2-full" before "-full").
    return std::make_tuple(a.started, a.logGenerationHigh, a.logGenerationLow) <
           std::make_tuple(b.started, b.logGenerationHigh, b.logGenerationLow);
}

void resolveChain(CatalogEntry &entry, const QList<CatalogEntry> &sameCa)
{
    entry.chain.clear();
    entry.chainProblem.clear();
    QStringList chain{entry.folderName};
    const CatalogEntry *current = &entry;
    // Each step goes to a set that ends exactly one generation before this one starts; a full
    // set ends the walk. The step count bounds the walk even for looping manifests.
    for (int steps = 0; steps <= sameCa.size(); ++steps) {
        if (current->manifest.type == SetType::Full) {
            std::reverse(chain.begin(), chain.end());
            entry.chain = chain;
            return;
        }
        const quint32 wanted = current->manifest.logGenerationLow - 1;
        const CatalogEntry *previous = nullptr;
        for (const CatalogEntry &candidate : sameCa) {
            // Times are kept to the second: two sets of one second are told apart by their
            // generations alone.
            if (candidate.path != current->path && candidate.manifest.logGenerationHigh == wanted &&
                candidate.manifest.started <= current->manifest.started) {
                // Prefer the newest set that fits: after a new full backup the older chain
                // is superseded.
                if (previous == nullptr ||
                    candidate.manifest.started > previous->manifest.started) {
                    previous = &candidate;
                }
            }
        }
        if (previous == nullptr) {
            entry.chainProblem =
                QStringLiteral("no earlier set of %1 ends at log generation %2, so %3 cannot be "
                               "restored; take a full backup")
                    .arg(entry.manifest.caName)
                    .arg(wanted)
                    .arg(current->folderName);
            return;
        }
        chain.append(previous->folderName);
        current = previous;
    }
    entry.chainProblem = QStringLiteral("the chain of sets loops");
}

Catalog Catalog::scan(const QString &destination)
{
    Catalog catalog;
    scanFolder(destination, catalog, 1);
    std::sort(catalog.sets.begin(), catalog.sets.end(),
              [](const CatalogEntry &a, const CatalogEntry &b) {
                  return takenBefore(a.manifest, b.manifest);
              });
    for (CatalogEntry &entry : catalog.sets) {
        resolveChain(entry, catalog.forCa(entry.manifest.caName));
    }
    return catalog;
}

QList<CatalogEntry> Catalog::forCa(const QString &caName) const
{
    QList<CatalogEntry> result;
    for (const CatalogEntry &entry : sets) {
        if (entry.manifest.caName.compare(caName, Qt::CaseInsensitive) == 0) {
            result.append(entry);
        }
    }
    return result;
}

} // namespace engine
