// SPDX-License-Identifier: Apache-2.0
// Fuzzes the manifest.json parser: a set's manifest comes from disk, where anything may have
// changed it. A manifest that parses must survive a write and a second read unchanged, and
// must never describe a file outside its set.
#include "engine/manifest.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Manifest manifest;
    QString error;
    if (!Manifest::fromBytes(bytes, &manifest, &error)) {
        if (error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        return 0;
    }
    qint64 total = 0;
    bool overflow = false;
    for (const ManifestFile &file : manifest.files) {
        if (file.size < 0 || file.path.isEmpty() || file.path.startsWith(QLatin1Char('/')) ||
            file.path.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            std::abort(); // a size or a path that the parser should have refused
        }
        overflow = overflow || __builtin_add_overflow(total, file.size, &total);
    }
    // The verifier's progress total; UBSan stops the run if the sum overflows in there.
    const qint64 reported = manifest.totalBytes();
    if (!overflow && reported != total) {
        std::abort();
    }

    // What this version writes, it reads back to the same manifest.
    const QByteArray written = manifest.toBytes();
    Manifest again;
    if (!Manifest::fromBytes(written, &again, &error) || again.toBytes() != written) {
        std::abort();
    }
    return 0;
}
