// SPDX-License-Identifier: Apache-2.0
// The run log: one line of JSON per run, appended by the CLI and the GUI alike, so the main
// window can show the history of runs, scheduled ones included. Appends are single writes to a
// file opened for appending, so two processes never interleave a line. The record is typed; the
// words of the file ("succeeded", "profile:NAME", ...) exist only in the reader and the writer.
#pragma once

#include "backuptypes.h"
#include "runtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace engine {

struct RestoreResult;

struct RunRecord {
    QDateTime time; // UTC, when the run ended
    RunKind kind = RunKind::Backup;
    RunSource source = RunSource::CommandLine;
    QString profileName; // the profile of a RunSource::Profile run; empty for the others
    // Somebody watched the run end (the desktop app's wizard or "Back up now"): its failure was
    // seen there, not a failure to report later as unattended.
    bool attended = false;
    QString server;
    QString caName;
    SetType type = SetType::Full;
    RunOutcome outcome = RunOutcome::Failed;
    QString setPath;
    qint64 bytes = 0;
    int files = 0;
    double seconds = 0;
    QString hresult; // "0x80070005" on failure
    QString message;
    QString action;
    QStringList warnings;
    QStringList pruned; // sets that retention removed after this run (profile runs)
    // Drills: what the recovered copy held; -1 when not known.
    qint64 certificates = -1;
    qint64 highestSerial = -1;

    static RunRecord fromResult(const BackupResult &result, RunSource source,
                                const QString &profileName = QString());
    // A restore or a drill (RunKind::Restore, RunKind::Drill); `type` is that of the set.
    static RunRecord fromRestore(const RestoreResult &result, RunSource source,
                                 const QString &profileName = QString());
    bool succeeded() const { return outcome == RunOutcome::Succeeded; }
};

// The words of the run log for an outcome ("succeeded", "failed", "cancelled"), also used by the
// CLI's JSON so that both say the same.
QString runOutcomeWord(RunOutcome outcome);

class RunLog {
public:
    // The default file: <generic data folder>/CertSrvBackupManager/runs.jsonl.
    RunLog();
    explicit RunLog(QString path);

    const QString &path() const { return m_path; }
    // Appends one record; false with *error when the log cannot be written.
    bool append(const RunRecord &record, QString *error = nullptr) const;
    // The newest `limit` records, oldest first. Malformed lines are skipped, and so are lines
    // whose kind, source or outcome this version does not know. A line without "kind" (written
    // before runs had kinds) is a backup.
    QList<RunRecord> read(int limit = 1000) const;

private:
    QString m_path;
};

} // namespace engine
