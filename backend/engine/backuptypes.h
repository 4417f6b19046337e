// SPDX-License-Identifier: Apache-2.0
// What a backup job is asked to do and what it reports: the request, its progress and its result.
#pragma once

#include "certadm/certadmlibrary.h"
#include "certadm/hresult.h"
#include "manifest.h"
#include "runtypes.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace engine {

struct BackupRequest {
    QString server;
    SetType type = SetType::Full;
    QString destination; // the folder that holds one folder per CA
    bool keepLogs = false;
    bool verifyAfter = false;
    // Export the CA's certificate and private key as <CA name>.p12 into the set, protected
    // with keyPassword (AES-256). Only possible on the CA itself; a failure ends the job before
    // the database is copied, so a set never lacks a key that was asked for.
    bool includeKey = false;
    QString keyPassword;
    std::shared_ptr<const certadm::CertadmLibrary> library;
    // Four 1 MiB buffers: enough to keep the server, the hash and the disk busy at once.
    quint32 bufferSize = 1u << 20;
    int bufferCount = 4;
};

enum class JobState {
    CheckingServer,
    Preparing,
    CopyingDatabase,
    CopyingLogs,
    Finishing,
    Committed, // the set has its final name: from here on a cancel keeps it
    TruncatingLogs,
    Verifying,
    Done,
};

QString jobStateText(JobState state);

struct BackupProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; // an estimate until every file has been opened
    bool totalIsEstimate = true;
    QString currentFile; // local name
    qint64 fileBytesDone = 0;
    qint64 fileBytesTotal = 0;
    int filesDone = 0;
    int filesTotal = 0; // known once the log list arrived
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1; // -1: not yet trustworthy
};

struct BackupResult {
    using Outcome = RunOutcome;
    Outcome outcome = Outcome::Failed;
    QString server;
    QString caName;
    SetType type = SetType::Full;
    QString setPath; // the finished set (success only)
    qint64 bytes = 0;
    int files = 0;
    double seconds = 0;
    quint32 logGenerationLow = 0;
    quint32 logGenerationHigh = 0;
    bool logsTruncated = false;
    QString caKeyFile; // the set's <CA name>.p12 (relative), empty without the key
    QStringList warnings;

    // Failure details (also set for Cancelled).
    HRESULT hresult = 0;
    QString failedCall; // the API call or local step that failed
    QString message;    // what happened
    QString action;     // what the operator can do
    certadm::ErrorCategory category = certadm::ErrorCategory::None;

    bool verified = false;      // verifyAfter was asked and passed
    bool verifySkipped = false; // verifyAfter was asked, but the run was cancelled before it
    QString verifySummary;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};

} // namespace engine

Q_DECLARE_METATYPE(engine::BackupProgress)
Q_DECLARE_METATYPE(engine::BackupResult)
Q_DECLARE_METATYPE(engine::JobState)
