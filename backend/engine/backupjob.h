// SPDX-License-Identifier: Apache-2.0
// One backup of one CA through the documented call sequence of the backup API. The job lives on
// a worker thread and reports with queued signals; cancel() may be called from any thread and is
// honoured between two server calls. Every Prepare gets its End and every Open its Close on every
// path, and a set becomes visible only once it is complete and on disk. With includeKey the CA's
// certificate and private key go into the set as <CA name>.p12 before the database is copied.
#pragma once

#include "backuptypes.h"
#include "progressmeter.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>
#include <string>

namespace certadm {
class BackupSession;
struct ListEntry;
class BackupFile;
class LocalNameSet;
} // namespace certadm

namespace engine {

class SetWriter;

class BackupJob : public QObject {
    Q_OBJECT
public:
    explicit BackupJob(BackupRequest request, QObject *parent = nullptr);
    ~BackupJob() override;

    // Thread-safe.
    void cancel() { m_cancel = true; }
    bool cancelRequested() const { return m_cancel.load(); }

public Q_SLOTS:
    // Runs the whole backup on the calling thread and emits finished() once.
    void run();

Q_SIGNALS:
    void stateChanged(engine::JobState state);
    void progress(const engine::BackupProgress &progress);
    void logLine(const QString &line);
    void finished(const engine::BackupResult &result);

private:
    // A file of the set as the manifest lists it.
    struct Copied {
        QString relativePath; // "DataBase/edb00001.log"
        QString kind;
        quint32 generation = 0;
    };

    // The phases of execute(), in order. Until commitSet() a failure or a cancel discards the
    // unfinished set; from the commit on the set is complete and stays.
    void execute(BackupResult &result);
    void checkServer(const std::u16string &server);
    void checkDestination() const;
    void prepareSet(certadm::BackupSession &session, certadm::LocalNameSet &names,
                    BackupResult &result);
    void copyDatabase(certadm::BackupSession &session, certadm::LocalNameSet &names);
    void copyLogs(certadm::BackupSession &session, certadm::LocalNameSet &names);
    void finishSet(BackupResult &result);
    void commitSet(BackupResult &result);
    void truncateLogs(certadm::BackupSession &session, BackupResult &result);
    void endSession(certadm::BackupSession &session, BackupResult &result);
    void verify(BackupResult &result);

    // Steps of the phases.
    QString caFolderFor(const QString &caName, BackupResult &result);
    void linkToChain(BackupResult &result);
    void discardSet();
    void setState(JobState state);
    void log(const QString &line);
    void throwIfCancelled() const;
    void copyFile(certadm::BackupSession &session, const certadm::ListEntry &entry,
                  certadm::LocalNameSet &names, const QString &kind);
    // One Read with the server's answer checked; a protocol violation names the file.
    std::uint32_t readChecked(certadm::BackupFile &file, char *buffer, std::uint32_t capacity,
                              const QString &serverName, qint64 announced, qint64 received);
    [[noreturn]] void throwOversize(const QString &serverName, qint64 announced,
                                    qint64 received) const;
    // Writes <CA name>.p12 into the unfinished set; returns the CA certificate's SHA-256.
    QString exportCaKey(const QString &caName);
    void checkFreeSpace(const QString &folder, qint64 needed) const;
    void skipVerification(BackupResult &result);
    void reportProgress(bool force);

    BackupRequest m_request;
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<SetWriter> m_set; // from prepareSet() on
    Manifest m_manifest;              // filled in as the phases learn its parts
    ProgressMeter m_meter;
    QElapsedTimer m_clock;
    QList<Copied> m_copied;
    BackupProgress m_progress;
    qint64 m_bytesOfClosedFiles = 0;
    qint64 m_expectedLogSize = 0;
    int m_logsPending = 0;
    QString m_restoreNotice; // an interrupted restore undone before this backup
};

} // namespace engine
