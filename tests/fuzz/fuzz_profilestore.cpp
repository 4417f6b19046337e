// SPDX-License-Identifier: Apache-2.0
// Fuzzes the profile store with the input as profiles.ini. The file is shared by the GUI and
// the CLI and may be edited by hand: a damaged one is reported and refused, never half read.
// What loads must be profiles that could be saved, with distinct names, and saving one of them
// again must leave the store reading the same profiles.
#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace profiles;

namespace {

bool same(const QList<Profile> &a, const QList<Profile> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Profile &x = a.at(i);
        const Profile &y = b.at(i);
        if (x.name != y.name || x.server != y.server || x.caName != y.caName || x.type != y.type ||
            x.keepLogs != y.keepLogs || x.destination != y.destination ||
            x.includeKey != y.includeKey || x.verifyAfter != y.verifyAfter ||
            x.keepFull != y.keepFull || x.notes != y.notes ||
            x.keyPasswordSource != y.keyPasswordSource) {
            return false;
        }
    }
    return true;
}

// QSettings flushes each write to disk (QSaveFile); on a tmpfs that costs nothing, elsewhere
// it would dominate the run.
QString scratchTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString parent = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return parent + QStringLiteral("/certsrv-fuzz-profilestore-XXXXXX");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A new folder, so a new file name, for every input: QSettings caches parsed files by name
    // and trusts a cached copy whose size and modification time did not change.
    const QTemporaryDir temp(scratchTemplate());
    if (!temp.isValid()) {
        std::abort();
    }
    const QString path = temp.filePath(QStringLiteral("profiles.ini"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) !=
                static_cast<qint64>(size)) {
            std::abort();
        }
    }

    ProfileStore store(path);
    QString error;
    if (!store.load(&error)) {
        if (error.isEmpty() || !store.profiles().isEmpty()) {
            std::abort(); // a refusal says why and offers no profiles
        }
        return 0;
    }
    const QList<Profile> loaded = store.profiles();
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        if (!loaded.at(i).validate().isEmpty()) {
            std::abort();
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (loaded.at(j).name.compare(loaded.at(i).name, Qt::CaseInsensitive) == 0) {
                std::abort();
            }
        }
    }
    if (loaded.isEmpty()) {
        return 0;
    }

    // Saving a profile unchanged rewrites the file in this version's form; it reads the same.
    if (!store.save(loaded.first(), &error) || !same(store.profiles(), loaded)) {
        std::abort();
    }
    ProfileStore reread(path);
    if (!reread.load(&error) || !same(reread.profiles(), loaded)) {
        std::abort();
    }
    return 0;
}
