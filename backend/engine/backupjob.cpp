// SPDX-License-Identifier: Apache-2.0
#include "backupjob.h"

#include "backupsession.h"
#include "cafolders.h"
#include "cakeysource.h"
#include "catalog.h"
#include "filesync.h"
#include "localname.h"
#include "partialset.h"
#include "restorejournal.h"
#include "privilege.h"
#include "progressmeter.h"
#include "setverifier.h"
#include "utf16.h"
#include "writepipeline.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <algorithm>
#include <array>
#include <memory>

#ifndef CERTSRV_VERSION
#define CERTSRV_VERSION "0.0.0"
#endif

namespace engine {

QString jobStateText(JobState state)
{
    switch (state) {
    case JobState::CheckingServer:
        return BackupJob::tr("Checking the server");
    case JobState::Preparing:
        return BackupJob::tr("Preparing the backup");
    case JobState::CopyingDatabase:
        return BackupJob::tr("Copying the database");
    case JobState::CopyingLogs:
        return BackupJob::tr("Copying the log files");
    case JobState::Finishing:
        return BackupJob::tr("Writing the manifest");
    case JobState::Committed:
        return BackupJob::tr("The set is complete");
    case JobState::TruncatingLogs:
        return BackupJob::tr("Truncating the logs");
    case JobState::Verifying:
        return BackupJob::tr("Verifying the set");
    case JobState::Done:
        return BackupJob::tr("Done");
    }
    return {};
}

namespace {

// A failure of the tool's own making (disk, files, cancel), carried like a server error.
struct JobError {
    HRESULT hr;
    QString step;
    QString message;
    QString action = {}; // empty: the code's own advice
};

struct Cancelled {};

// Room kept free beyond what a file needs: the write queue and the file system's own metadata.
constexpr qint64 kFreeSpaceReserve = 16 * 1024 * 1024;

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString setFolderName(const QDateTime &started, SetType type, int attempt)
{
    QString name = started.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (attempt > 1) {
        name += QStringLiteral("-%1").arg(attempt);
    }
    return name + QLatin1Char('-') + setTypeName(type);
}

// Why `folder` cannot be created or written, in words, with the Win32 code that fits; empty
// when nothing is in the way that can be seen from here.
struct DestinationProblem {
    HRESULT hr = 0;
    QString message;
};

DestinationProblem destinationProblem(const QString &folder)
{
    QFileInfo info(folder);
    // The nearest part of the path that exists decides.
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath()) {
            break;
        }
        info = QFileInfo(parent);
    }
    const QString where = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && !info.isDir()) {
        return {certadm::hresultFromWin32(267),
                BackupJob::tr("%1 is a file, not a folder: the backup cannot be written there.")
                    .arg(where)};
    }
    if (info.exists() && !info.isWritable()) {
        return {certadm::hresultFromWin32(19),
                BackupJob::tr("%1 cannot be written: it is on a read-only file system, or this "
                              "account may not write there.")
                    .arg(where)};
    }
    return {};
}

} // namespace

BackupJob::BackupJob(BackupRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request))
{}

BackupJob::~BackupJob() = default;

void BackupJob::setState(JobState state)
{
    Q_EMIT stateChanged(state);
    log(jobStateText(state));
}

void BackupJob::log(const QString &line)
{
    Q_EMIT logLine(line);
}

void BackupJob::throwIfCancelled() const
{
    if (m_cancel.load()) {
        throw Cancelled{};
    }
}

void BackupJob::throwWriteFailure() const
{
    throw JobError{m_pipeline->diskFull() ? certadm::kHrDiskFull : certadm::kHrWriteFault,
                   QStringLiteral("write"), m_pipeline->errorMessage()};
}

void BackupJob::checkFreeSpace(const QString &folder, qint64 needed) const
{
    QStorageInfo storage(folder);
    storage.refresh();
    const qint64 available = storage.bytesAvailable();
    if (available >= 0 && available < needed + kFreeSpaceReserve) {
        throw JobError{certadm::kHrDiskFull, QStringLiteral("free space check"),
                       tr("Not enough free space at %1: the next file needs %2 (plus %3 kept "
                          "free), %4 are available.")
                           .arg(QDir::toNativeSeparators(m_request.destination), humanBytes(needed),
                                humanBytes(kFreeSpaceReserve), humanBytes(available))};
    }
}

void BackupJob::skipVerification(BackupResult &result)
{
    result.verifySkipped = true;
    result.verifySummary = tr("Not verified: the backup was cancelled after its set was complete. "
                              "The set is kept; verify it before relying on it.");
    result.warnings.append(result.verifySummary);
    log(result.verifySummary);
}

void BackupJob::checkDestination() const
{
    // Before anything is prepared on the server: a destination that cannot work fails at once.
    const QString destination = QDir(m_request.destination).absolutePath();
    const QString insideCa = platform::CaFolderLookup::destinationProblem(
        platform::CaFolderLookup::of(m_request.server), destination);
    if (!insideCa.isEmpty()) {
        throw JobError{certadm::hresultFromWin32(87), QStringLiteral("destination check"), insideCa,
                       tr("Choose a destination outside the CA's folders, ideally on another "
                          "disk or another machine.")};
    }
    const DestinationProblem problem = destinationProblem(destination);
    if (!problem.message.isEmpty()) {
        throw JobError{problem.hr, QStringLiteral("destination check"), problem.message,
                       tr("Choose another destination, or make this one writable for the account "
                          "that runs the backup.")};
    }
}

void BackupJob::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    m_meter->sample(now, m_progress.bytesDone);
    if (!m_meter->shouldEmit(now) && !force) {
        return;
    }
    const qint64 pendingLogs = static_cast<qint64>(std::max(0, m_logsPending)) * m_expectedLogSize;
    m_progress.bytesTotal = m_bytesOfClosedFiles + m_progress.fileBytesTotal + pendingLogs;
    m_progress.bytesPerSecond = m_meter->bytesPerSecond();
    // While the total is an estimate the ETA is one too; totalIsEstimate tells the reader.
    m_progress.etaSeconds =
        m_meter->etaSeconds(std::max<qint64>(0, m_progress.bytesTotal - m_progress.bytesDone));
    Q_EMIT progress(m_progress);
}

void BackupJob::writeSmallFile(const QString &path, const QByteArray &bytes)
{
    // Through the pipeline, so that its hash and flush are done like every other file's.
    m_pipeline->beginFile(path);
    qint64 offset = 0;
    do {
        WritePipeline::Buffer *buffer = m_pipeline->acquire();
        if (buffer == nullptr) {
            throwWriteFailure();
        }
        const auto chunk = static_cast<std::uint32_t>(
            std::min<qint64>(bytes.size() - offset, buffer->data.size()));
        std::copy_n(bytes.constData() + offset, chunk, buffer->data.data());
        buffer->used = chunk;
        m_pipeline->submit(buffer);
        offset += chunk;
    } while (offset < bytes.size());
    m_pipeline->endFile();
}

void BackupJob::copyFile(certadm::BackupSession &session, const certadm::ListEntry &entry,
                         certadm::LocalNameSet &names, const QString &folder, const QString &kind)
{
    const QString serverName = QString::fromStdString(certadm::toUtf8(entry.name));
    const certadm::LocalName local = names.add(entry.name);
    if (!local.ok) {
        throw JobError{certadm::kHrInvalidData, QStringLiteral("name check"),
                       tr("Refused a name from the server: %1. Nothing was written outside the "
                          "backup set.")
                           .arg(QString::fromStdString(local.error))};
    }
    const QString localName = QString::fromStdString(local.name);
    const QString localPath = folder + QLatin1Char('/') + localName;

    throwIfCancelled();
    certadm::BackupFile file = session.openFile(entry.name, m_request.bufferSize);
    const qint64 size = file.size();
    log(tr("Copying %1 (%2)").arg(serverName, humanBytes(size)));
    checkFreeSpace(folder, size);

    m_progress.currentFile = localName;
    m_progress.fileBytesDone = 0;
    m_progress.fileBytesTotal = size;
    if (kind == QLatin1String("log")) {
        m_expectedLogSize = size;
        --m_logsPending;
        if (m_logsPending <= 0) {
            m_progress.totalIsEstimate = false;
        }
    }
    reportProgress(true);

    m_pipeline->beginFile(localPath);
    qint64 remaining = size;
    while (remaining > 0) {
        if (m_pipeline->failed()) {
            throwWriteFailure();
        }
        WritePipeline::Buffer *buffer = m_pipeline->acquire();
        if (buffer == nullptr) {
            throwWriteFailure();
        }
        const std::uint32_t capacity = m_pipeline->bufferSize();
        // Fill the whole buffer before handing it over: the server may answer with less than
        // asked, and the disk prefers large writes. Each Read is offered the whole free part of
        // the buffer, not just what is left of the file, so a server that sends more than it
        // announced is caught rather than cut off.
        while (buffer->used < capacity && remaining > 0) {
            if (m_cancel.load()) {
                m_pipeline->submit(buffer);
                throw Cancelled{};
            }
            const std::uint32_t got =
                readChecked(file, buffer->data.data() + buffer->used, capacity - buffer->used,
                            serverName, size, size - remaining);
            if (got == 0) {
                m_pipeline->submit(buffer);
                throw JobError{certadm::kHrInvalidData, QStringLiteral("CertSrvBackupRead"),
                               tr("The server ended %1 after %2 of the %3 bytes it announced.")
                                   .arg(serverName)
                                   .arg(size - remaining)
                                   .arg(size)};
            }
            if (got > remaining) {
                m_pipeline->submit(buffer);
                throwOversize(serverName, size, size - remaining + got);
            }
            buffer->used += got;
            remaining -= got;
            m_progress.bytesDone += got;
            m_progress.fileBytesDone += got;
            reportProgress(false);
        }
        m_pipeline->submit(buffer);
    }
    // At the announced end the server must have nothing more to send. An error here is taken as
    // the end of the file (a server may refuse a Read past the end); bytes are a violation.
    std::array<char, 4096> probe{};
    std::uint32_t beyond = 0;
    try {
        beyond = file.read(probe.data(), static_cast<std::uint32_t>(probe.size()));
    } catch (const certadm::CertadmError &) {
        beyond = 0;
    }
    if (beyond > 0) {
        throwOversize(serverName, size, size + beyond);
    }
    file.close();
    m_pipeline->endFile();
    m_bytesOfClosedFiles += size;
    m_progress.fileBytesTotal = 0;
    ++m_progress.filesDone;

    Copied copied;
    copied.localPath = localPath;
    copied.relativePath = QLatin1String(kDatabaseFolder) + QLatin1Char('/') + localName;
    copied.kind = kind;
    copied.generation = kind == QLatin1String("log") ? logGenerationFromName(localName) : 0;
    m_copied.append(copied);
}

std::uint32_t BackupJob::readChecked(certadm::BackupFile &file, char *buffer,
                                     std::uint32_t capacity, const QString &serverName,
                                     qint64 announced, qint64 received)
{
    try {
        return file.read(buffer, capacity);
    } catch (const certadm::CertadmError &error) {
        if (error.hr() != certadm::kHrInvalidData) {
            throw;
        }
        throw JobError{certadm::kHrInvalidData, QStringLiteral("CertSrvBackupRead"),
                       tr("The server broke the backup protocol while sending %1 (%2 bytes "
                          "announced, %3 received so far): %4. Nothing was kept and no logs were "
                          "truncated.")
                           .arg(serverName)
                           .arg(announced)
                           .arg(received)
                           .arg(QString::fromStdString(error.detail())),
                       tr("Run the backup again; if it fails the same way, the server's backup "
                          "interface is faulty: check the CA's event log.")};
    }
}

void BackupJob::throwOversize(const QString &serverName, qint64 announced, qint64 received) const
{
    throw JobError{certadm::kHrInvalidData, QStringLiteral("CertSrvBackupRead"),
                   tr("The server sent more of %1 than it announced: %2 bytes announced, at least "
                      "%3 received. The file may have changed size while it was read, so the "
                      "copy cannot be trusted; nothing was kept and no logs were truncated.")
                       .arg(serverName)
                       .arg(announced)
                       .arg(received),
                   tr("Run the backup again; if it fails the same way, check the CA's database "
                      "and its event log.")};
}

QString BackupJob::exportCaKey(const QString &caName)
{
    log(tr("Exporting the certificate and private key of %1").arg(caName));
    const platform::CaKeyExport exported =
        platform::CaKeySource::exportPkcs12(m_request.server, caName, m_request.keyPassword);
    if (!exported.ok) {
        throw JobError{
            certadm::kHrFail, QStringLiteral("export CA key"),
            tr("The CA key could not be exported, so no set was written: %1").arg(exported.error),
            exported.action};
    }
    // Beside DataBase/ at the set root, where certutil -restoreKey and the MMC wizard look,
    // and through the pipeline so that it is hashed and flushed like every other file.
    const QString relative = caName + QStringLiteral(".p12");
    const QString path = m_partialPath + QLatin1Char('/') + relative;
    writeSmallFile(path, exported.pkcs12);
    m_copied.append({path, relative, QLatin1String(kCaKeyKind), 0});
    log(tr("CA key exported to %1 (%2)").arg(relative, humanBytes(exported.pkcs12.size())));
    return exported.certificateSha256;
}

void BackupJob::run()
{
    BackupResult result;
    result.server = m_request.server;
    result.type = m_request.type;
    m_clock.start();
    try {
        execute(result);
        result.outcome = BackupResult::Outcome::Succeeded;
    } catch (const Cancelled &) {
        result.outcome = BackupResult::Outcome::Cancelled;
        result.hresult = certadm::kHrCancelled;
        result.failedCall = QStringLiteral("cancel");
        result.message = tr("Cancelled by the operator.");
        result.action = tr("Nothing was kept and no logs were truncated; start the backup again "
                           "when ready.");
    } catch (const certadm::CertadmError &error) {
        const certadm::HresultDescription d = certadm::describeHresult(error.hr());
        result.hresult = error.hr();
        result.failedCall = QString::fromStdString(error.call());
        result.message = QString::fromStdString(d.meaning);
        if (!error.detail().empty()) {
            result.message += QLatin1Char(' ') + QString::fromStdString(error.detail());
        }
        result.action = QString::fromStdString(d.action);
        result.category = d.category;
    } catch (const JobError &error) {
        const certadm::HresultDescription d = certadm::describeHresult(error.hr);
        result.hresult = error.hr;
        result.failedCall = error.step;
        result.message = error.message;
        result.action = error.action.isEmpty() ? QString::fromStdString(d.action) : error.action;
        result.category = d.category;
    } catch (const std::exception &error) {
        result.hresult = certadm::kHrFail;
        result.failedCall = QStringLiteral("internal");
        result.message = tr("Internal error: %1").arg(QString::fromUtf8(error.what()));
        result.action = tr("Run the backup again; report the log if it repeats.");
        result.category = certadm::ErrorCategory::Failed;
    }
    if (!m_restoreNotice.isEmpty()) {
        result.warnings.prepend(m_restoreNotice);
    }
    if (!result.succeeded()) {
        if (!m_partialPath.isEmpty() && QFileInfo::exists(m_partialPath)) {
            QDir(m_partialPath).removeRecursively();
            log(tr("Removed the unfinished set %1").arg(QDir::toNativeSeparators(m_partialPath)));
        }
        // Released only once the folder is gone, so that no sweep meanwhile takes it for stale.
        m_partialLock.reset();
        log(tr("Backup failed: %1 (%2) %3")
                .arg(result.message, QString::fromStdString(certadm::formatHresult(result.hresult)),
                     result.action));
    }
    result.seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    setState(JobState::Done);
    Q_EMIT finished(result);
}

void BackupJob::execute(BackupResult &result)
{
    if (!m_request.library) {
        throw JobError{certadm::kHrFail, QStringLiteral("load"),
                       tr("No certadm library is loaded.")};
    }
    const std::u16string server = certadm::toUtf16(m_request.server.toStdString());
    const bool full = m_request.type == SetType::Full;

    setState(JobState::CheckingServer);
    const platform::PrivilegeCheck privilege = platform::enableBackupPrivilege();
    log(privilege.detail);
    if (privilege.state == platform::PrivilegeCheck::State::NotHeld) {
        throw certadm::CertadmError("SeBackupPrivilege", certadm::kHrPrivilegeNotHeld,
                                    privilege.detail.toStdString());
    }
    if (m_request.includeKey) {
        // Checked before anything is prepared: the key is only reachable on the CA itself.
        QString why;
        if (!platform::CaKeySource::isLocal(m_request.server, &why)) {
            throw JobError{certadm::kHrFail, QStringLiteral("export CA key"), why,
                           tr("Run the backup on the CA itself, or turn off \"include the CA "
                              "key\" for this server.")};
        }
        if (m_request.keyPassword.isEmpty()) {
            throw JobError{certadm::kHrFail, QStringLiteral("export CA key"),
                           tr("The CA key was asked for, but no password to protect it was "
                              "given."),
                           tr("Store the key password in the keychain for this profile, or "
                              "type it when the backup starts.")};
        }
    }
    // A restore of this CA that was interrupted (killed, power cut) left the CA stopped with its
    // files aside: put them back first, which also starts the CA again if it ran before.
    bool undone = true;
    const QString interrupted = recoverInterruptedRestore(m_request.server, &undone);
    if (!interrupted.isEmpty()) {
        log(interrupted);
        m_restoreNotice = interrupted;
        if (!undone) {
            throw JobError{certadm::kHrFail, QStringLiteral("undo interrupted restore"),
                           interrupted,
                           tr("Put the CA's files back by hand from the before-restore folder "
                              "in its database folder, start the CA, then back up again.")};
        }
    }
    const certadm::ServerOnline online = certadm::isServerOnline(*m_request.library, server);
    if (!certadm::hrSucceeded(online.hr)) {
        throw certadm::CertadmError("CertSrvIsServerOnlineW", online.hr);
    }
    if (!online.online) {
        throw JobError{certadm::kHrNotReady, QStringLiteral("CertSrvIsServerOnlineW"),
                       tr("Certificate Services on %1 is paused.").arg(m_request.server)};
    }
    checkDestination();
    throwIfCancelled();

    setState(JobState::Preparing);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    certadm::BackupSession session(m_request.library, server,
                                   full ? certadm::BackupType::Full
                                        : certadm::BackupType::LogsOnly);
    log(tr("Prepared a %1 backup of %2").arg(setTypeName(m_request.type), m_request.server));

    const certadm::BackupSession::Locations locations = session.databaseLocations();
    QString caName;
    QList<RestoreLocation> restoreLocations;
    for (const certadm::ListEntry &entry : locations.entries) {
        const QString path = QString::fromStdString(certadm::toUtf8(entry.name));
        restoreLocations.append({QString::fromLatin1(certadm::fileTypeName(entry.type)), path});
        if (entry.type == certadm::FileType::Database && caName.isEmpty()) {
            const certadm::LocalName local = certadm::safeLocalName(entry.name);
            if (local.ok) {
                caName = QString::fromStdString(local.name);
                if (caName.endsWith(QLatin1String(".edb"), Qt::CaseInsensitive)) {
                    caName.chop(4);
                }
            }
        }
    }
    if (caName.isEmpty() || caName.startsWith(QLatin1Char('.'))) {
        throw JobError{certadm::kHrInvalidData,
                       QStringLiteral("CertSrvRestoreGetDatabaseLocationsW"),
                       tr("The server did not name a usable database location, so the CA name is "
                          "unknown.")};
    }
    result.caName = caName;

    // The set is written under a .partial name and renamed only once complete and on disk.
    const QString caFolder = QDir(m_request.destination).absoluteFilePath(caName);
    if (!QDir().mkpath(caFolder)) {
        const DestinationProblem problem = destinationProblem(caFolder);
        throw JobError{problem.message.isEmpty() ? certadm::hresultFromWin32(3) : problem.hr,
                       QStringLiteral("create folder"),
                       problem.message.isEmpty()
                           ? tr("Cannot create %1. Check that the destination exists and is "
                                "writable.")
                                 .arg(QDir::toNativeSeparators(caFolder))
                           : problem.message,
                       tr("Choose another destination, or make this one writable for the account "
                          "that runs the backup.")};
    }
    // Unfinished sets of runs that were killed or crashed: reported and removed, never those that
    // another process is still writing.
    for (const PartialSet &partial : sweepPartialSets(m_request.destination, true)) {
        if (partial.state == PartialSet::State::Stale) {
            result.warnings.append(partial.describe());
        }
        log(partial.describe());
    }
    if (!full && Catalog::scan(caFolder).forCa(caName).isEmpty()) {
        log(tr("Warning: no full set of %1 at this destination; this logs-only set can only be "
               "restored together with a full set kept elsewhere.")
                .arg(caName));
    }
    // The set is written under "<final name>.partial", guarded by its lock. Two backups of CAs
    // with the same name to one destination in the same second take the next free number.
    QString finalBase;
    QStringList busy;
    for (int attempt = 1; attempt < 100 && m_partialPath.isEmpty(); ++attempt) {
        const QString base = setFolderName(started, m_request.type, attempt);
        const QString candidate =
            caFolder + QLatin1Char('/') + base + QLatin1String(kPartialSuffix);
        auto lock = std::make_unique<PartialSetLock>(candidate);
        QString owner;
        if (!lock->tryLock(&owner)) {
            busy.append(owner);
            continue;
        }
        if (QFileInfo::exists(candidate) || QFileInfo::exists(caFolder + QLatin1Char('/') + base)) {
            continue; // taken (a folder this run may not remove); the lock goes with `lock`
        }
        finalBase = base;
        m_partialPath = candidate;
        m_partialLock = std::move(lock);
    }
    if (m_partialPath.isEmpty()) {
        throw JobError{certadm::kHrFileExists, QStringLiteral("create folder"),
                       tr("No free name for a new set in %1 (other backups: %2).")
                           .arg(QDir::toNativeSeparators(caFolder),
                                busy.isEmpty() ? tr("none") : busy.join(QStringLiteral(", "))),
                       tr("Remove or move the sets of this second from the folder, or wait for "
                          "the other backups to finish, then start this one again.")};
    }
    const QString dataFolder = m_partialPath + QLatin1Char('/') + QLatin1String(kDatabaseFolder);
    if (!QDir().mkpath(dataFolder)) {
        throw JobError{certadm::hresultFromWin32(3), QStringLiteral("create folder"),
                       tr("Cannot create %1.").arg(QDir::toNativeSeparators(dataFolder))};
    }

    WritePipeline pipeline(std::max(2, m_request.bufferCount), m_request.bufferSize);
    ProgressMeter meter;
    m_pipeline = &pipeline;
    m_meter = &meter;
    struct Reset {
        BackupJob *job;
        ~Reset()
        {
            job->m_pipeline->abort();
            job->m_pipeline = nullptr;
            job->m_meter = nullptr;
        }
    } reset{this};

    certadm::LocalNameSet names;
    names.reserve(kRestoreMapFileName);
    const QString restoreMapPath =
        dataFolder + QLatin1Char('/') + QLatin1String(kRestoreMapFileName);
    writeSmallFile(restoreMapPath,
                   QByteArray(reinterpret_cast<const char *>(locations.rawBytes.data()),
                              static_cast<qsizetype>(locations.rawBytes.size())));
    m_copied.append(
        {restoreMapPath,
         QLatin1String(kDatabaseFolder) + QLatin1Char('/') + QLatin1String(kRestoreMapFileName),
         QStringLiteral("restore-map"), 0});

    QString caCertificateSha256;
    if (m_request.includeKey) {
        caCertificateSha256 = exportCaKey(caName);
    }

    if (full) {
        setState(JobState::CopyingDatabase);
        const std::vector<certadm::ListEntry> databases = session.databaseNames();
        if (databases.empty()) {
            throw JobError{certadm::kHrInvalidData,
                           QStringLiteral("CertSrvBackupGetDatabaseNamesW"),
                           tr("The server listed no database file.")};
        }
        m_progress.filesTotal = static_cast<int>(databases.size());
        for (const certadm::ListEntry &entry : databases) {
            if (entry.type != certadm::FileType::Database) {
                log(tr("Skipping a database-list entry of type %1")
                        .arg(QLatin1String(certadm::fileTypeName(entry.type))));
                continue;
            }
            copyFile(session, entry, names, dataFolder, QStringLiteral("database"));
        }
    }
    throwIfCancelled();

    setState(JobState::CopyingLogs);
    const std::vector<certadm::ListEntry> logs = session.backupLogs();
    int logCount = 0;
    for (const certadm::ListEntry &entry : logs) {
        logCount += entry.type == certadm::FileType::Log ? 1 : 0;
    }
    if (logCount == 0) {
        throw JobError{certadm::kHrInvalidData, QStringLiteral("CertSrvBackupGetBackupLogsW"),
                       tr("The server listed no log files; a set without logs cannot be "
                          "recovered.")};
    }
    m_logsPending = logCount;
    m_expectedLogSize = 1 << 20;
    m_progress.filesTotal = m_progress.filesDone + logCount;
    for (const certadm::ListEntry &entry : logs) {
        if (entry.type != certadm::FileType::Log) {
            log(tr("Skipping a log-list entry of type %1")
                    .arg(QLatin1String(certadm::fileTypeName(entry.type))));
            continue;
        }
        copyFile(session, entry, names, dataFolder, QStringLiteral("log"));
    }

    QStringList dynamicFiles;
    for (const certadm::ListEntry &entry : session.dynamicFileList()) {
        dynamicFiles.append(QString::fromStdString(certadm::toUtf8(entry.name)));
    }
    throwIfCancelled();

    setState(JobState::Finishing);
    if (!pipeline.drain()) {
        throwWriteFailure();
    }
    if (!platform::syncDirectory(dataFolder)) {
        throw JobError{certadm::kHrWriteFault, QStringLiteral("flush"),
                       tr("Cannot flush %1 to disk.").arg(QDir::toNativeSeparators(dataFolder))};
    }

    Manifest manifest;
    manifest.toolVersion = QStringLiteral(CERTSRV_VERSION);
    manifest.server = m_request.server;
    manifest.caName = caName;
    manifest.type = m_request.type;
    manifest.started = started;
    manifest.keepLogs = m_request.keepLogs;
    manifest.dynamicFiles = dynamicFiles;
    manifest.restoreLocations = restoreLocations;
    manifest.caCertificateSha256 = caCertificateSha256;
    const std::vector<WrittenFile> written = pipeline.writtenFiles();
    quint32 low = 0;
    quint32 high = 0;
    for (const Copied &copied : std::as_const(m_copied)) {
        const auto it = std::find_if(written.begin(), written.end(), [&](const WrittenFile &w) {
            return w.path == copied.localPath;
        });
        if (it == written.end()) {
            throw JobError{certadm::kHrWriteFault, QStringLiteral("write"),
                           tr("%1 was not written completely.").arg(copied.relativePath)};
        }
        manifest.files.append(
            {copied.relativePath, copied.kind, it->size, it->sha256, copied.generation});
        if (copied.generation != 0) {
            low = low == 0 ? copied.generation : std::min(low, copied.generation);
            high = std::max(high, copied.generation);
        }
    }
    manifest.logGenerationLow = low;
    manifest.logGenerationHigh = high;
    result.logGenerationLow = low;
    result.logGenerationHigh = high;

    if (!full) {
        CatalogEntry self;
        self.path = m_partialPath;
        self.folderName = finalBase;
        self.manifest = manifest;
        self.manifest.finished = QDateTime::currentDateTimeUtc();
        resolveChain(self, Catalog::scan(caFolder).forCa(caName));
        if (self.chain.size() >= 2) {
            manifest.baseFullSet = self.chain.front();
            manifest.extendsSet = self.chain.at(self.chain.size() - 2);
        } else {
            result.warnings.append(tr("This logs-only set does not connect to a full set at this "
                                      "destination: %1")
                                       .arg(self.chainProblem));
            log(result.warnings.constLast());
        }
    }
    manifest.finished = QDateTime::currentDateTimeUtc();

    const QString manifestPath =
        m_partialPath + QLatin1Char('/') + QLatin1String(kManifestFileName);
    {
        QFile file(manifestPath);
        const QByteArray bytes = manifest.toBytes();
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            file.write(bytes) != bytes.size() || !platform::syncFile(file)) {
            throw JobError{file.error() == QFileDevice::ResourceError ? certadm::kHrDiskFull
                                                                      : certadm::kHrWriteFault,
                           QStringLiteral("write manifest"),
                           tr("Cannot write %1: %2").arg(manifestPath, file.errorString())};
        }
    }
    if (!platform::syncDirectory(m_partialPath)) {
        throw JobError{certadm::kHrWriteFault, QStringLiteral("flush"),
                       tr("Cannot flush %1 to disk.").arg(m_partialPath)};
    }
    throwIfCancelled();

    // The rename is what makes the set visible; a name taken in the same second gets a number.
    QString finalPath;
    for (int attempt = 1; attempt < 100 && finalPath.isEmpty(); ++attempt) {
        const QString candidate =
            caFolder + QLatin1Char('/') + setFolderName(started, m_request.type, attempt);
        if (!QFileInfo::exists(candidate) && QDir().rename(m_partialPath, candidate)) {
            finalPath = candidate;
        }
    }
    if (finalPath.isEmpty()) {
        throw JobError{certadm::kHrWriteFault, QStringLiteral("rename"),
                       tr("Cannot rename %1 to its final name.").arg(m_partialPath)};
    }
    m_partialPath.clear();
    m_partialLock.reset();
    platform::syncDirectory(caFolder);
    setState(JobState::Committed);
    result.setPath = finalPath;
    if (m_request.includeKey) {
        result.caKeyFile = caName + QStringLiteral(".p12");
    }
    result.files = static_cast<int>(manifest.files.size());
    result.bytes = manifest.totalBytes();
    log(tr("Backup set complete: %1 (%2 files, %3)")
            .arg(QDir::toNativeSeparators(finalPath))
            .arg(result.files)
            .arg(humanBytes(result.bytes)));
    reportProgress(true);

    // Only now that every file of the set is safely stored may the CA drop its logs.
    if (full && !m_request.keepLogs) {
        setState(JobState::TruncatingLogs);
        try {
            session.truncateLogs();
            result.logsTruncated = true;
            log(tr("Logs truncated on the server"));
        } catch (const certadm::CertadmError &error) {
            result.warnings.append(tr("The set is complete, but the server did not truncate its "
                                      "logs: %1")
                                       .arg(QString::fromUtf8(error.what())));
            log(result.warnings.constLast());
        }
    } else {
        log(tr("Logs kept on the server (not truncated)"));
    }
    const HRESULT endResult = session.end();
    if (!certadm::hrSucceeded(endResult)) {
        result.warnings.append(tr("CertSrvBackupEnd returned %1; the set itself is complete.")
                                   .arg(QString::fromStdString(certadm::formatHresult(endResult))));
        log(result.warnings.constLast());
    }

    if (m_request.verifyAfter && m_cancel.load()) {
        skipVerification(result);
    } else if (m_request.verifyAfter) {
        setState(JobState::Verifying);
        const VerifyReport report =
            SetVerifier::verify(finalPath, {}, &m_cancel, m_request.keyPassword);
        if (m_cancel.load()) {
            // Cancelled while verifying: the set is complete and stays; only the check is left
            // undone, and that is not a failed verification.
            skipVerification(result);
            return;
        }
        result.verifySummary = report.summary();
        result.verified = report.ok;
        log(result.verifySummary);
        if (!report.ok) {
            result.warnings.append(
                tr("Verification after the backup failed: %1").arg(result.verifySummary));
        }
    }
}

} // namespace engine
