// SPDX-License-Identifier: Apache-2.0
// Folder trees written from fuzz input, for the targets that read backup sets from disk.
//
// The input is a txtar archive: an optional comment, then files, each a line "-- PATH --"
// followed by that file's bytes up to the next such line. A PATH ending in '/' is an empty
// folder. Plain text keeps the seeds readable and lets the fuzzer splice whole files between
// inputs.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace fuzztree {

struct Entry {
    QString path; // relative, '/' separated, checked by safePath()
    QByteArray bytes;
    bool folder = false;
};

struct Archive {
    QByteArray comment;
    QList<Entry> entries; // in input order; unsafe paths are already left out
};

Archive parse(const QByteArray &input);

// True for a relative path that stays inside the folder it is written to: no empty, "." or
// ".." component, no backslash or NUL, a bounded depth and component length. The harness must
// never write outside its temporary folder, whatever the input says.
bool safePath(const QString &path);

// Writes every entry under `root`; entries that collide with an earlier one (a file where a
// folder is needed, say) are skipped.
void write(const QString &root, const Archive &archive);

} // namespace fuzztree
