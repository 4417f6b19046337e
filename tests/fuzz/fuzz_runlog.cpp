// SPDX-License-Identifier: Apache-2.0
// Fuzzes the run log reader with the input as runs.jsonl. The log is shared by every process
// of the user and read at each start of the main window, so a damaged line must be skipped,
// never trusted. Each record read must also be written and read back to the same record, as
// the history shows what was recorded.
#include "engine/runlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtNumeric>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace engine;

namespace {

// Few enough that the reader's trimming to the newest records runs on small inputs too.
constexpr int kLimit = 3;

bool same(const RunRecord &a, const RunRecord &b)
{
    // A non-finite duration is written as JSON null and read back as 0.
    const bool secondsSame = !qIsFinite(a.seconds) || a.seconds == b.seconds;
    return a.time == b.time && a.kind == b.kind && a.source == b.source &&
           a.profileName == b.profileName && a.server == b.server && a.caName == b.caName &&
           a.type == b.type && a.outcome == b.outcome && a.setPath == b.setPath &&
           a.bytes == b.bytes && a.files == b.files && secondsSame && a.hresult == b.hresult &&
           a.message == b.message && a.action == b.action && a.warnings == b.warnings &&
           a.pruned == b.pruned;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QTemporaryDir temp;
    if (!temp.isValid()) {
        std::abort();
    }
    const QString path = temp.filePath(QStringLiteral("runs.jsonl"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) !=
                static_cast<qint64>(size)) {
            std::abort();
        }
    }
    const QList<RunRecord> records = RunLog(path).read(kLimit);
    if (records.size() > kLimit) {
        std::abort();
    }

    const RunLog copy(temp.filePath(QStringLiteral("copy.jsonl")));
    for (const RunRecord &record : records) {
        if (!record.time.isValid() || !copy.append(record)) {
            std::abort();
        }
    }
    const QList<RunRecord> reread = copy.read(kLimit);
    if (reread.size() != records.size()) {
        std::abort();
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!same(records.at(i), reread.at(i))) {
            std::abort();
        }
    }
    return 0;
}
