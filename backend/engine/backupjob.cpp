// SPDX-License-Identifier: Apache-2.0
#include "backupjob.h"

#include "destinationcheck.h"
#include "errortext.h"
#include "certadm/backupsession.h"
#include "platform/cafolders.h"
#include "platform/cakeysource.h"
#include "catalog.h"
#include "enginelog.h"
#include "joberror.h"
#include "certadm/localname.h"
#include "partialset.h"
#include "platform/privilege.h"
#include "restorejournal.h"
#include "setverifier.h"
#include "setwriter.h"
#include "certadm/utf16.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

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

struct Cancelled {};

// Room kept free beyond what a file needs: the write queue and the file system's own metadata.
constexpr qint64 kFreeSpaceReserve = 16 * 1024 * 1024;

// In the operator's locale, like the rest of the (translated) log line: "32,0 MiB" in German.
QString humanBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
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
    qCInfo(lcJob).noquote() << line;
    Q_EMIT logLine(line);
}

void BackupJob::throwIfCancelled() const
{
    if (m_cancel.load()) {
        throw Cancelled{};
    }
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
    const DestinationProblem problem = DestinationCheck::problemOf(destination);
    if (!problem.message.isEmpty()) {
        throw JobError{problem.hr, QStringLiteral("destination check"), problem.message,
                       tr("Choose another destination, or make this one writable for the account "
                          "that runs the backup.")};
    }
}

void BackupJob::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    m_meter.sample(now, m_progress.bytesDone);
    if (!m_meter.shouldEmit(now) && !force) {
        return;
    }
    const qint64 pendingLogs = static_cast<qint64>(std::max(0, m_logsPending)) * m_expectedLogSize;
    m_progress.bytesTotal = m_bytesOfClosedFiles + m_progress.fileBytesTotal + pendingLogs;
    m_progress.bytesPerSecond = m_meter.bytesPerSecond();
    // While the total is an estimate the ETA is one too; totalIsEstimate tells the reader.
    m_progress.etaSeconds =
        m_meter.etaSeconds(std::max<qint64>(0, m_progress.bytesTotal - m_progress.bytesDone));
    Q_EMIT progress(m_progress);
}

void BackupJob::copyFile(certadm::BackupSession &session, const certadm::ListEntry &entry,
                         certadm::LocalNameSet &names, const QString &kind)
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
    const QString relativePath = QLatin1String(kDatabaseFolder) + QLatin1Char('/') + localName;

    throwIfCancelled();
    certadm::BackupFile file = session.openFile(entry.name, m_request.bufferSize);
    const qint64 size = file.size();
    log(tr("Copying %1 (%2)").arg(serverName, humanBytes(size)));
    checkFreeSpace(m_set->dataFolder(), size);

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

    m_set->beginFile(relativePath);
    qint64 remaining = size;
    while (remaining > 0) {
        WritePipeline::Buffer *buffer = m_set->acquire();
        const std::uint32_t capacity = m_set->bufferSize();
        // Fill the whole buffer before handing it over: the server may answer with less than
        // asked, and the disk prefers large writes. Each Read is offered the whole free part of
        // the buffer, not just what is left of the file, so a server that sends more than it
        // announced is caught rather than cut off.
        while (buffer->used < capacity && remaining > 0) {
            if (m_cancel.load()) {
                m_set->submit(buffer);
                throw Cancelled{};
            }
            const std::uint32_t got =
                readChecked(file, buffer->data.data() + buffer->used, capacity - buffer->used,
                            serverName, size, size - remaining);
            if (got == 0) {
                m_set->submit(buffer);
                throw JobError{certadm::kHrInvalidData, QStringLiteral("CertSrvBackupRead"),
                               tr("The server ended %1 after %2 of the %3 bytes it announced.")
                                   .arg(serverName)
                                   .arg(size - remaining)
                                   .arg(size)};
            }
            if (got > remaining) {
                m_set->submit(buffer);
                throwOversize(serverName, size, size - remaining + got);
            }
            buffer->used += got;
            remaining -= got;
            m_progress.bytesDone += got;
            m_progress.fileBytesDone += got;
            reportProgress(false);
        }
        m_set->submit(buffer);
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
    m_set->endFile();
    m_bytesOfClosedFiles += size;
    m_progress.fileBytesTotal = 0;
    ++m_progress.filesDone;

    m_copied.append(
        {relativePath, kind, kind == QLatin1String("log") ? logGenerationFromName(localName) : 0});
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
    m_set->writeFile(relative, exported.pkcs12);
    m_copied.append({relative, QLatin1String(kCaKeyKind), 0});
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
        const ErrorText d = describeError(error.hr());
        result.hresult = error.hr();
        result.failedCall = QString::fromStdString(error.call());
        result.message = d.meaning;
        if (!error.detail().empty()) {
            result.message += QLatin1Char(' ') + QString::fromStdString(error.detail());
        }
        result.action = d.action;
        result.category = d.category;
    } catch (const JobError &error) {
        const ErrorText d = describeError(error.hr);
        result.hresult = error.hr;
        result.failedCall = error.step;
        result.message = error.message;
        result.action = error.action.isEmpty() ? d.action : error.action;
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
        discardSet();
        log(tr("Backup failed: %1 (%2) %3")
                .arg(result.message, QString::fromStdString(certadm::formatHresult(result.hresult)),
                     result.action));
    }
    result.seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    setState(JobState::Done);
    Q_EMIT finished(result);
}

void BackupJob::discardSet()
{
    if (!m_set || m_set->state() != SetWriter::State::Open) {
        return;
    }
    const QString partialPath = m_set->partialPath();
    if (m_set->discard()) {
        log(tr("Removed the unfinished set %1").arg(QDir::toNativeSeparators(partialPath)));
    }
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
    checkServer(server);
    checkDestination();
    throwIfCancelled();

    setState(JobState::Preparing);
    m_manifest.started = QDateTime::currentDateTimeUtc();
    certadm::BackupSession session(m_request.library, server,
                                   full ? certadm::BackupType::Full
                                        : certadm::BackupType::LogsOnly);
    // Words of the operator's language, not the manifest's "full"/"logs".
    log((m_request.type == SetType::Full ? tr("Prepared a full backup of %1")
                                         : tr("Prepared a logs-only backup of %1"))
            .arg(m_request.server));
    certadm::LocalNameSet names;
    prepareSet(session, names, result);

    if (full) {
        setState(JobState::CopyingDatabase);
        copyDatabase(session, names);
    }
    throwIfCancelled();

    setState(JobState::CopyingLogs);
    copyLogs(session, names);
    throwIfCancelled();

    setState(JobState::Finishing);
    finishSet(result);
    throwIfCancelled();

    // The committed point: from here on the set is complete and stays, whatever follows (a
    // cancel included); only the server's log truncation and the verification are left.
    commitSet(result);
    truncateLogs(session, result);
    endSession(session, result);
    verify(result);
}

void BackupJob::checkServer(const std::u16string &server)
{
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
}

void BackupJob::prepareSet(certadm::BackupSession &session, certadm::LocalNameSet &names,
                           BackupResult &result)
{
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
    m_manifest.toolVersion = QStringLiteral(CERTSRV_VERSION);
    m_manifest.server = m_request.server;
    m_manifest.caName = caName;
    m_manifest.type = m_request.type;
    m_manifest.keepLogs = m_request.keepLogs;
    m_manifest.restoreLocations = restoreLocations;

    // The set is written under "<final name>.partial", guarded by its lock, and renamed only
    // once complete and on disk.
    const QString caFolder = caFolderFor(caName, result);
    m_set = std::make_unique<SetWriter>(m_request.bufferCount, m_request.bufferSize);
    m_set->create(caFolder, m_manifest.started, m_request.type);

    names.reserve(kRestoreMapFileName);
    const QString restoreMap =
        QLatin1String(kDatabaseFolder) + QLatin1Char('/') + QLatin1String(kRestoreMapFileName);
    m_set->writeFile(restoreMap,
                     QByteArray(reinterpret_cast<const char *>(locations.rawBytes.data()),
                                static_cast<qsizetype>(locations.rawBytes.size())));
    m_copied.append({restoreMap, QStringLiteral("restore-map"), 0});

    if (m_request.includeKey) {
        m_manifest.caCertificateSha256 = exportCaKey(caName);
    }
}

QString BackupJob::caFolderFor(const QString &caName, BackupResult &result)
{
    const QString caFolder = QDir(m_request.destination).absoluteFilePath(caName);
    if (!QDir().mkpath(caFolder)) {
        const DestinationProblem problem = DestinationCheck::problemOf(caFolder);
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
    if (m_request.type == SetType::LogsOnly && Catalog::scan(caFolder).forCa(caName).isEmpty()) {
        log(tr("Warning: no full set of %1 at this destination; this logs-only set can only be "
               "restored together with a full set kept elsewhere.")
                .arg(caName));
    }
    return caFolder;
}

void BackupJob::copyDatabase(certadm::BackupSession &session, certadm::LocalNameSet &names)
{
    const std::vector<certadm::ListEntry> databases = session.databaseNames();
    if (databases.empty()) {
        throw JobError{certadm::kHrInvalidData, QStringLiteral("CertSrvBackupGetDatabaseNamesW"),
                       tr("The server listed no database file.")};
    }
    m_progress.filesTotal = static_cast<int>(databases.size());
    for (const certadm::ListEntry &entry : databases) {
        if (entry.type != certadm::FileType::Database) {
            log(tr("Skipping a database-list entry of type %1")
                    .arg(QLatin1String(certadm::fileTypeName(entry.type))));
            continue;
        }
        copyFile(session, entry, names, QStringLiteral("database"));
    }
}

void BackupJob::copyLogs(certadm::BackupSession &session, certadm::LocalNameSet &names)
{
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
        copyFile(session, entry, names, QStringLiteral("log"));
    }
    // Recorded, not copied: the backup API cannot read these files.
    for (const certadm::ListEntry &entry : session.dynamicFileList()) {
        m_manifest.dynamicFiles.append(QString::fromStdString(certadm::toUtf8(entry.name)));
    }
}

void BackupJob::finishSet(BackupResult &result)
{
    m_set->flushFiles();
    quint32 low = 0;
    quint32 high = 0;
    for (const Copied &copied : std::as_const(m_copied)) {
        const std::optional<WrittenFile> written = m_set->written(copied.relativePath);
        if (!written) {
            throw JobError{certadm::kHrWriteFault, QStringLiteral("write"),
                           tr("%1 was not written completely.").arg(copied.relativePath)};
        }
        m_manifest.files.append(
            {copied.relativePath, copied.kind, written->size, written->sha256, copied.generation});
        if (copied.generation != 0) {
            low = low == 0 ? copied.generation : std::min(low, copied.generation);
            high = std::max(high, copied.generation);
        }
    }
    m_manifest.logGenerationLow = low;
    m_manifest.logGenerationHigh = high;
    result.logGenerationLow = low;
    result.logGenerationHigh = high;
    if (m_request.type == SetType::LogsOnly) {
        linkToChain(result);
    }
    m_manifest.finished = QDateTime::currentDateTimeUtc();
    m_set->writeManifest(m_manifest);
}

void BackupJob::linkToChain(BackupResult &result)
{
    CatalogEntry self;
    self.path = m_set->partialPath();
    self.folderName = m_set->finalName();
    self.manifest = m_manifest;
    self.manifest.finished = QDateTime::currentDateTimeUtc();
    resolveChain(self, Catalog::scan(m_set->caFolder()).forCa(m_manifest.caName));
    if (self.chain.size() >= 2) {
        m_manifest.baseFullSet = self.chain.front();
        m_manifest.extendsSet = self.chain.at(self.chain.size() - 2);
    } else {
        result.warnings.append(tr("This logs-only set does not connect to a full set at this "
                                  "destination: %1")
                                   .arg(self.chainProblem));
        log(result.warnings.constLast());
    }
}

void BackupJob::commitSet(BackupResult &result)
{
    const QString finalPath = m_set->commit();
    setState(JobState::Committed);
    result.setPath = finalPath;
    if (m_request.includeKey) {
        result.caKeyFile = m_manifest.caName + QStringLiteral(".p12");
    }
    result.files = static_cast<int>(m_manifest.files.size());
    result.bytes = m_manifest.totalBytes();
    log(tr("Backup set complete: %1 (%2 files, %3)")
            .arg(QDir::toNativeSeparators(finalPath))
            .arg(result.files)
            .arg(humanBytes(result.bytes)));
    reportProgress(true);
}

void BackupJob::truncateLogs(certadm::BackupSession &session, BackupResult &result)
{
    // Only now that every file of the set is safely stored may the CA drop its logs.
    if (m_request.type != SetType::Full || m_request.keepLogs) {
        log(tr("Logs kept on the server (not truncated)"));
        return;
    }
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
}

void BackupJob::endSession(certadm::BackupSession &session, BackupResult &result)
{
    const HRESULT endResult = session.end();
    if (!certadm::hrSucceeded(endResult)) {
        result.warnings.append(tr("CertSrvBackupEnd returned %1; the set itself is complete.")
                                   .arg(QString::fromStdString(certadm::formatHresult(endResult))));
        log(result.warnings.constLast());
    }
}

void BackupJob::verify(BackupResult &result)
{
    if (!m_request.verifyAfter) {
        return;
    }
    if (m_cancel.load()) {
        skipVerification(result);
        return;
    }
    setState(JobState::Verifying);
    const VerifyReport report =
        SetVerifier::verify(result.setPath, {}, &m_cancel, m_request.keyPassword);
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

} // namespace engine
