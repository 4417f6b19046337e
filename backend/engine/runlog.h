// The run log: one line of JSON per backup run, appended by the CLI and the GUI alike, so the
// main window can show the history of runs, scheduled ones included. Appends are single writes
// to a file opened for appending, so two processes never interleave a line.
#pragma once

#include "backuptypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace engine {

struct RunRecord {
    QDateTime time; // UTC, when the run ended
    QString source; // "cli", "gui", "profile:NAME"
    QString server;
    QString caName;
    SetType type = SetType::Full;
    QString outcome; // "succeeded", "failed", "cancelled"
    QString setPath;
    qint64 bytes = 0;
    int files = 0;
    double seconds = 0;
    QString hresult; // "0x80070005" on failure
    QString message;
    QString action;
    QStringList warnings;
    QStringList pruned; // sets that retention removed after this run (profile runs)

    static RunRecord fromResult(const BackupResult &result, const QString &source);
    bool succeeded() const { return outcome == QLatin1String("succeeded"); }
};

class RunLog {
public:
    // The default file: <generic data folder>/CertSrvBackupManager/runs.jsonl.
    RunLog();
    explicit RunLog(QString path);

    const QString &path() const { return m_path; }
    // Appends one record; false with *error when the log cannot be written.
    bool append(const RunRecord &record, QString *error = nullptr) const;
    // The newest `limit` records, oldest first. Malformed lines are skipped.
    QList<RunRecord> read(int limit = 1000) const;

private:
    QString m_path;
};

} // namespace engine
