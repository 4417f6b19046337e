// SPDX-License-Identifier: Apache-2.0
#include "fuzztree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fuzztree {
namespace {

// Enough for a destination with a few CAs and sets, small enough that one input stays fast.
constexpr int kMaxEntries = 24;
constexpr int kMaxDepth = 5;
constexpr int kMaxComponentBytes = 100;

// "-- PATH --" without the line end; a null QByteArray when the line is not a marker.
QByteArray markerName(const QByteArray &line)
{
    if (line.size() < 6 || !line.startsWith("-- ") || !line.endsWith(" --")) {
        return {};
    }
    return line.mid(3, line.size() - 6).trimmed();
}

} // namespace

bool safePath(const QString &path)
{
    if (path.isEmpty() || path.contains(QLatin1Char('\\')) || path.contains(QChar(0))) {
        return false;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() > kMaxDepth) {
        return false;
    }
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") ||
            part.toUtf8().size() > kMaxComponentBytes) {
            return false;
        }
    }
    return true;
}

Archive parse(const QByteArray &input)
{
    Archive archive;
    qsizetype current = -1; // the entry that the following lines belong to
    qsizetype pos = 0;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        const qsizetype next = end < 0 ? input.size() : end + 1;
        if (end < 0) {
            end = input.size();
        }
        const QByteArray line = input.mid(pos, end - pos);
        const QByteArray name = markerName(line);
        if (!name.isNull()) {
            QString path = QString::fromUtf8(name);
            const bool folder = path.endsWith(QLatin1Char('/'));
            if (folder) {
                path.chop(1);
            }
            if (archive.entries.size() < kMaxEntries && safePath(path)) {
                archive.entries.append({path, {}, folder});
                current = archive.entries.size() - 1;
            } else {
                current = -1; // its bytes are dropped with it
            }
        } else if (current < 0) {
            if (archive.entries.isEmpty()) {
                archive.comment += input.mid(pos, next - pos);
            }
        } else if (!archive.entries[current].folder) {
            archive.entries[current].bytes += input.mid(pos, next - pos);
        }
        pos = next;
    }
    return archive;
}

void write(const QString &root, const Archive &archive)
{
    const QDir dir(root);
    for (const Entry &entry : archive.entries) {
        const QString path = dir.filePath(entry.path);
        if (entry.folder) {
            dir.mkpath(entry.path);
            continue;
        }
        if (!dir.mkpath(QFileInfo(path).path())) {
            continue;
        }
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(entry.bytes);
        }
    }
}

} // namespace fuzztree
