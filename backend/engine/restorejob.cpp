// SPDX-License-Identifier: Apache-2.0
#include "restorejob.h"

#include "errortext.h"
#include "certadm/backupsession.h"
#include "platform/cafolders.h"
#include "platform/cakeysource.h"
#include "platform/caservice.h"
#include "drillrecovery.h"
#include "enginelog.h"
#include "platform/filesync.h"
#include "platform/privilege.h"
#include "restorejournal.h"
#include "restoreplan.h"
#include "certadm/restoresession.h"
#include "sha256.h"
#include "certadm/utf16.h"
#include "writepipeline.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <optional>

namespace engine {
namespace {

constexpr std::uint32_t kCopyBlock = 4u << 20;
constexpr int kCopyBuffers = 4;
constexpr qint64 kFreeSpaceMargin = 64 << 20;
constexpr int kStopTimeoutMs = 60000;
constexpr int kOnlineTimeoutMs = 60000;
constexpr HRESULT kHrSharingViolation = static_cast<HRESULT>(0x80070020u);

// A failure the job raises itself; certadm::CertadmError carries the API's.
struct Failure {
    HRESULT hr = certadm::kHrFail;
    QString call;
    QString message;
    QString action;
    RestoreResult::Refusal refusal = RestoreResult::Refusal::None;
    bool cancelled = false;
};

std::u16string utf16Of(const QString &text)
{
    return certadm::toUtf16(text.toStdString());
}

QString hexOf(HRESULT hr)
{
    return QString::fromStdString(certadm::formatHresult(hr));
}

// One restore or drill: the request, the callbacks, and what it changed so far.
class RestoreRun {
public:
    RestoreRun(const RestoreRequest &request, std::atomic<bool> &cancel,
               const RestoreJob::ProgressCallback &onProgress, const RestoreJob::LogCallback &onLog,
               RestoreResult &result)
        : m_request(request), m_cancel(cancel), m_onProgress(onProgress), m_onLog(onLog),
          m_result(result)
    {}

    void restore();
    void drill(const QString &scratchParent);
    // After a failure or cancel: puts the CA back as it was, as far as the restore changed it.
    void undo();

private:
    void plan();
    void checkTarget();
    void stopCa();
    void restoreDatabase();
    void stage();
    void replace();
    void registerChain();
    void importKey();
    void startCa();
    bool waitForOnline(bool online, int timeoutMs);

    void setStep(RestoreStep step);
    void log(const QString &line);
    void throwIfCancelled() const;
    // Copies the planned files to their targets, hashing them on the way; each SHA-256 must
    // match the manifest's. The copies are flushed to disk.
    void copyChecked(const QList<PlannedFile> &files, const QStringList &targets);
    void checkFreeSpace(const QString &folder, qint64 needed) const;

    const RestoreRequest &m_request;
    std::atomic<bool> &m_cancel;
    const RestoreJob::ProgressCallback &m_onProgress;
    const RestoreJob::LogCallback &m_onLog;
    RestoreResult &m_result;

    RestorePlan m_plan;
    platform::CaFolders m_folders;
    RestoreProgress m_progress;
    std::unique_ptr<QLockFile> m_lock;
    std::optional<RestoreJournal> m_journal; // while the CA's folders may differ from before
    bool m_caWasRunning = false;
};

void RestoreRun::setStep(RestoreStep step)
{
    m_progress.step = step;
    log(restoreStepText(step));
    if (m_onProgress) {
        m_onProgress(m_progress);
    }
}

void RestoreRun::log(const QString &line)
{
    qCInfo(lcJob).noquote() << line;
    if (m_onLog) {
        m_onLog(line);
    }
}

void RestoreRun::throwIfCancelled() const
{
    if (m_cancel.load()) {
        Failure failure;
        failure.hr = certadm::kHrCancelled;
        failure.message = RestoreJob::tr("Cancelled by the operator.");
        failure.cancelled = true;
        throw failure;
    }
}

void RestoreRun::plan()
{
    setStep(m_result.drill ? RestoreStep::CheckingSet : RestoreStep::Checking);
    m_plan = RestorePlan::forSet(m_request.setPath);
    m_result.caName = m_plan.caName;
    m_result.chain = m_plan.folderNames();
    m_result.genLow = m_plan.genLow();
    m_result.genHigh = m_plan.genHigh();
    if (!m_plan.ok()) {
        throw Failure{certadm::kHrInvalidData, QString(), m_plan.problem,
                      RestoreJob::tr("Nothing was changed. Choose another set, or verify the "
                                     "destination to see what is damaged or missing."),
                      RestoreResult::Refusal::BadSet};
    }
    for (const QString &warning : std::as_const(m_plan.warnings)) {
        log(warning);
        m_result.warnings.append(warning);
    }
    log(RestoreJob::tr("Chain: %1 (log generations %2 to %3, %4 files)")
            .arg(m_plan.folderNames().join(QStringLiteral(" -> ")))
            .arg(m_plan.genLow())
            .arg(m_plan.genHigh())
            .arg(m_plan.fileCount()));
}

void RestoreRun::checkTarget()
{
    m_folders = platform::CaFolderLookup::of(m_request.server);
    if (!m_folders.known()) {
        throw Failure{certadm::kHrFail, QString(),
                      RestoreJob::tr("%1 is not a CA on this computer: a restore works on the CA "
                                     "itself.")
                          .arg(m_request.server),
                      RestoreJob::tr("Run the restore on the CA server. To prove the set "
                                     "restorable from here, run a restore drill instead."),
                      RestoreResult::Refusal::NotLocal};
    }
    if (!m_folders.caName.isEmpty() &&
        m_folders.caName.compare(m_plan.caName, Qt::CaseInsensitive) != 0) {
        const QString names = RestoreJob::tr("The set is a backup of CA \"%1\"; the CA on %2 is "
                                             "\"%3\".")
                                  .arg(m_plan.caName, m_request.server, m_folders.caName);
        if (!m_request.force) {
            throw Failure{certadm::kHrFail, QString(), names,
                          RestoreJob::tr("Nothing was changed. Choose a set of this CA, or force "
                                         "the restore if the CA really is to become \"%1\".")
                              .arg(m_plan.caName),
                          RestoreResult::Refusal::CaNameDiffers};
        }
        log(names + QLatin1Char(' ') + RestoreJob::tr("Restoring anyway, as forced."));
        // The CA opens the database by its own name: the restored one takes that name.
        for (PlannedFile &file : m_plan.chain.first().files) {
            if (file.generation == 0) {
                file.name = m_folders.caName + QStringLiteral(".edb");
            }
        }
        m_result.warnings.append(names);
    }
    if (m_folders.logs.isEmpty()) {
        m_folders.logs = m_folders.database;
    }
    if (m_folders.system.isEmpty()) {
        m_folders.system = m_folders.logs;
    }
}

bool RestoreRun::waitForOnline(bool online, int timeoutMs)
{
    const std::u16string server = utf16Of(m_request.server);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const certadm::ServerOnline state = certadm::isServerOnline(*m_request.library, server);
        const bool running = certadm::hrSucceeded(state.hr);
        if ((online && running && state.online) || (!online && !running)) {
            return true;
        }
        QThread::msleep(100);
    }
    return false;
}

void RestoreRun::stopCa()
{
    const certadm::ServerOnline state =
        certadm::isServerOnline(*m_request.library, utf16Of(m_request.server));
    if (!certadm::hrSucceeded(state.hr)) {
        return; // stopped (or not answering: the restore calls will tell)
    }
    m_caWasRunning = true;
    if (!m_request.stopService) {
        throw Failure{kHrSharingViolation, QStringLiteral("CertSrvIsServerOnlineW"),
                      RestoreJob::tr("Certificate Services is running on %1: a restore needs it "
                                     "stopped.")
                          .arg(m_request.server),
                      RestoreJob::tr("Nothing was changed. Let the restore stop the CA, or stop "
                                     "it yourself (net stop certsvc) and restore again."),
                      RestoreResult::Refusal::CaRunning};
    }
    setStep(RestoreStep::Stopping);
    const HRESULT hr = certadm::shutDownServer(*m_request.library, utf16Of(m_request.server));
    if (!certadm::hrSucceeded(hr)) {
        // The service manager as the fallback, as an administrator would stop CertSvc.
        log(RestoreJob::tr("CertSrvServerControlW SHUTDOWN failed with %1; stopping the service "
                           "through the service manager")
                .arg(hexOf(hr)));
        QString error;
        if (!platform::CaService::stop(m_request.server, &error)) {
            throw certadm::CertadmError("CertSrvServerControlW", hr,
                                        "CSCONTROL_SHUTDOWN; the service manager: " +
                                            error.toStdString());
        }
    }
    if (!waitForOnline(false, kStopTimeoutMs)) {
        throw Failure{kHrSharingViolation, QStringLiteral("CertSrvServerControlW"),
                      RestoreJob::tr("The CA did not stop within %1 s.").arg(kStopTimeoutMs / 1000),
                      RestoreJob::tr("Nothing was changed. Stop the CA service and restore "
                                     "again."),
                      RestoreResult::Refusal::CaRunning};
    }
    log(RestoreJob::tr("The CA is stopped."));
}

void RestoreRun::checkFreeSpace(const QString &folder, qint64 needed) const
{
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < needed + kFreeSpaceMargin) {
        throw Failure{certadm::kHrDiskFull, QString(),
                      RestoreJob::tr("%1 has %2 free; the restore needs %3 there (the "
                                     "CA's current files are kept until it succeeds).")
                          .arg(QDir::toNativeSeparators(folder),
                               QLocale().formattedDataSize(storage.bytesAvailable(), 1,
                                                           QLocale::DataSizeIecFormat),
                               QLocale().formattedDataSize(needed + kFreeSpaceMargin, 1,
                                                           QLocale::DataSizeIecFormat)),
                      RestoreJob::tr("Nothing was changed. Free space on that volume and restore "
                                     "again.")};
    }
}

void RestoreRun::copyChecked(const QList<PlannedFile> &files, const QStringList &targets)
{
    // Reading and hashing here, writing on the pipeline's thread: the two overlap, in a fixed
    // pool of buffers whatever the size of the database.
    WritePipeline pipeline(kCopyBuffers, kCopyBlock, WritePipeline::Hashing::ByCaller);
    QStringList digests; // SHA-256 of each file, hashed here while the pipeline writes
    const auto readFailure = [](const QString &path, const QString &why) {
        return Failure{
            certadm::kHrFail, QString(),
            RestoreJob::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), why),
            RestoreJob::tr("Check the backup destination and restore again.")};
    };
    QElapsedTimer sinceReport;
    sinceReport.start();
    for (int i = 0; i < files.size(); ++i) {
        const PlannedFile &file = files.at(i);
        QFile in(file.source);
        if (!in.open(QIODevice::ReadOnly)) {
            throw readFailure(file.source, in.errorString());
        }
        m_progress.currentFile = file.name;
        pipeline.beginFile(targets.at(i));
        Sha256 hash;
        for (;;) {
            throwIfCancelled();
            WritePipeline::Buffer *buffer = pipeline.acquire();
            if (buffer == nullptr) {
                break; // the writer failed: reported below
            }
            const qint64 got = in.read(buffer->data.data(), pipeline.bufferSize());
            if (got < 0) {
                throw readFailure(file.source, in.errorString());
            }
            buffer->used = static_cast<std::uint32_t>(got);
            hash.update(buffer->data.data(), static_cast<std::size_t>(got));
            pipeline.submit(buffer);
            if (got == 0) {
                break;
            }
            m_progress.bytesDone += got;
            if (m_onProgress && sinceReport.elapsed() >= 100) {
                m_onProgress(m_progress);
                sinceReport.restart();
            }
        }
        pipeline.endFile();
        digests.append(hash.finishHex());
        ++m_progress.filesDone;
    }
    if (!pipeline.drain()) {
        throw Failure{pipeline.diskFull() ? certadm::kHrDiskFull : certadm::kHrWriteFault,
                      QString(), pipeline.errorMessage(),
                      RestoreJob::tr("Free space on the target volume, check that this account "
                                     "can write there (run elevated), and restore again.")};
    }
    const std::vector<WrittenFile> written = pipeline.writtenFiles();
    for (int i = 0; i < files.size(); ++i) {
        const PlannedFile &file = files.at(i);
        const auto match = std::find_if(written.begin(), written.end(), [&](const WrittenFile &w) {
            return w.path == targets.at(i);
        });
        if (match == written.end()) {
            throw Failure{
                certadm::kHrWriteFault, QString(),
                RestoreJob::tr("%1 was not written").arg(QDir::toNativeSeparators(targets.at(i))),
                RestoreJob::tr("Restore again.")};
        }
        if (!file.sha256.isEmpty() && (digests.at(i) != file.sha256 || match->size != file.size)) {
            throw Failure{
                certadm::kHrInvalidData, QString(),
                RestoreJob::tr("%1 differs from its manifest (SHA-256 or size): the set "
                               "is damaged.")
                    .arg(QDir::toNativeSeparators(file.source)),
                RestoreJob::tr("Nothing of the CA was changed. Restore from another set."),
                RestoreResult::Refusal::BadSet};
        }
        m_result.bytes += match->size;
        ++m_result.files;
    }
    if (m_onProgress) {
        m_onProgress(m_progress);
    }
}

void RestoreRun::stage()
{
    setStep(RestoreStep::Staging);
    const QList<PlannedFile> files = m_plan.filesToRestore();
    m_progress.bytesTotal = m_plan.totalBytes();
    m_progress.filesTotal = static_cast<int>(files.size());
    for (const QString &folder : std::as_const(m_journal->folders)) {
        if (!QDir().mkpath(m_journal->stagingFolder(folder))) {
            throw Failure{certadm::kHrWriteFault, QString(),
                          RestoreJob::tr("Cannot create %1")
                              .arg(QDir::toNativeSeparators(m_journal->stagingFolder(folder))),
                          RestoreJob::tr("Run the restore elevated (as an administrator).")};
        }
    }
    QStringList targets;
    for (const PlannedFile &file : files) {
        const QString folder = file.generation != 0 ? m_folders.logs : m_folders.database;
        targets.append(m_journal->stagingFolder(folder) + QLatin1Char('/') + file.name);
    }
    copyChecked(files, targets);
    for (const QString &folder : std::as_const(m_journal->folders)) {
        platform::syncDirectory(m_journal->stagingFolder(folder));
    }
    log(RestoreJob::tr("%1 files (%2) copied and checked against their SHA-256.")
            .arg(m_result.files)
            .arg(QLocale().formattedDataSize(m_result.bytes, 1, QLocale::DataSizeIecFormat)));
}

void RestoreRun::replace()
{
    throwIfCancelled();
    setStep(RestoreStep::Replacing);
    m_journal->step = RestoreJournal::Step::Moving;
    m_journal->originalNames.clear();
    m_journal->placedNames.clear();
    for (const QString &folder : std::as_const(m_journal->folders)) {
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            if (RestoreJournal::isDatabaseFile(name)) {
                m_journal->originalNames.append(folder + QLatin1Char('|') + name);
            }
        }
    }
    for (const PlannedFile &file : m_plan.filesToRestore()) {
        const QString folder = file.generation != 0 ? m_folders.logs : m_folders.database;
        m_journal->placedNames.append(folder + QLatin1Char('|') + file.name);
    }
    QString error;
    if (!m_journal->save(&error)) {
        throw Failure{certadm::kHrWriteFault, QString(), error,
                      RestoreJob::tr("Nothing of the CA was changed. Run the restore elevated.")};
    }
    const auto moveFile = [](const QString &from, const QString &to) {
        if (!QFile::rename(from, to)) {
            throw Failure{certadm::kHrWriteFault, QString(),
                          RestoreJob::tr("Cannot move %1 to %2")
                              .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)),
                          RestoreJob::tr("The CA's files were put back. Check that no other "
                                         "program holds them and restore again.")};
        }
    };
    for (const QString &entry : std::as_const(m_journal->originalNames)) {
        const qsizetype bar = entry.lastIndexOf(QLatin1Char('|'));
        const QString folder = entry.left(bar);
        const QString name = entry.mid(bar + 1);
        QDir().mkpath(m_journal->asideFolder(folder));
        moveFile(folder + QLatin1Char('/') + name,
                 m_journal->asideFolder(folder) + QLatin1Char('/') + name);
    }
    for (const QString &entry : std::as_const(m_journal->placedNames)) {
        const qsizetype bar = entry.lastIndexOf(QLatin1Char('|'));
        const QString folder = entry.left(bar);
        const QString name = entry.mid(bar + 1);
        moveFile(m_journal->stagingFolder(folder) + QLatin1Char('/') + name,
                 folder + QLatin1Char('/') + name);
    }
    for (const QString &folder : std::as_const(m_journal->folders)) {
        platform::syncDirectory(m_journal->asideFolder(folder));
        platform::syncDirectory(folder);
    }
    m_result.asideFolder = m_journal->asideFolder(m_folders.database);
    log(RestoreJob::tr("The CA's previous database and logs are kept in %1.")
            .arg(QDir::toNativeSeparators(m_result.asideFolder)));
}

void RestoreRun::registerChain()
{
    setStep(RestoreStep::Registering);
    const std::u16string server = utf16Of(m_request.server);
    const std::u16string logs = utf16Of(QDir::toNativeSeparators(m_folders.logs));
    const std::u16string system = utf16Of(QDir::toNativeSeparators(m_folders.system));
    // Recorded first: a registration that exists only in the CA is undone as well.
    m_journal->step = RestoreJournal::Step::Registered;
    QString error;
    if (!m_journal->save(&error)) {
        throw Failure{certadm::kHrWriteFault, QString(), error,
                      RestoreJob::tr("The CA's files were put back. Run the restore elevated.")};
    }
    for (int i = 0; i < m_plan.chain.size(); ++i) {
        const PlannedSet &set = m_plan.chain.at(i);
        const bool full = i == 0;
        certadm::RestoreSession session(m_request.library, server, full);
        std::vector<certadm::RestoreSession::MapEntry> map;
        if (full) {
            QString databaseName;
            for (const PlannedFile &file : set.files) {
                if (file.generation == 0) {
                    databaseName = file.name;
                }
            }
            map.push_back({utf16Of(set.savedDatabasePath),
                           utf16Of(QDir::toNativeSeparators(m_folders.database + QLatin1Char('/') +
                                                            databaseName))});
        }
        session.registerRestore(system, logs, map, logs, set.genLow, set.genHigh);
        session.complete(0);
        const HRESULT ended = session.end();
        if (!certadm::hrSucceeded(ended)) {
            throw certadm::CertadmError("CertSrvRestoreEnd", ended);
        }
        log(RestoreJob::tr("Registered %1 (log generations %2 to %3).")
                .arg(set.folderName)
                .arg(set.genLow)
                .arg(set.genHigh));
    }
    m_result.databaseRestored = true;
}

void RestoreRun::restoreDatabase()
{
    m_lock = RestoreJournal::lock(m_folders.database);
    if (!m_lock) {
        throw Failure{certadm::kHrFail, QString(),
                      RestoreJob::tr("Another restore of this CA is running."),
                      RestoreJob::tr("Wait for it to finish.")};
    }
    RestoreJournal journal;
    journal.server = m_request.server;
    journal.caName = m_plan.caName;
    journal.stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    journal.setPath = QFileInfo(m_request.setPath).absoluteFilePath();
    journal.databaseFolder = m_folders.database;
    journal.caWasRunning = m_caWasRunning;
    for (const QString &folder : {m_folders.database, m_folders.logs, m_folders.system}) {
        if (!journal.folders.contains(folder)) {
            journal.folders.append(folder);
        }
    }
    // Space: the staged copies sit beside the CA's files until the CA's are moved aside.
    qint64 databaseBytes = 0;
    qint64 logBytes = 0;
    for (const PlannedFile &file : m_plan.filesToRestore()) {
        (file.generation != 0 ? logBytes : databaseBytes) += file.size;
    }
    if (QStorageInfo(m_folders.database) == QStorageInfo(m_folders.logs)) {
        checkFreeSpace(m_folders.database, databaseBytes + logBytes);
    } else {
        checkFreeSpace(m_folders.database, databaseBytes);
        checkFreeSpace(m_folders.logs, logBytes);
    }
    QString error;
    if (!journal.save(&error)) {
        throw Failure{certadm::kHrWriteFault, QString(), error,
                      RestoreJob::tr("Nothing was changed. Run the restore elevated (as an "
                                     "administrator).")};
    }
    m_journal = journal;
    stage();
    // The full set's context first, before anything of the CA moves: a refusal (privilege, a CA
    // that came back) leaves the CA untouched.
    throwIfCancelled();
    {
        certadm::RestoreSession probe(m_request.library, utf16Of(m_request.server), true);
    }
    replace();
    registerChain();
}

void RestoreRun::importKey()
{
    setStep(RestoreStep::ImportingKey);
    QString keyFile;
    for (auto it = m_plan.chain.crbegin(); it != m_plan.chain.crend() && keyFile.isEmpty(); ++it) {
        keyFile = it->caKeyFile;
    }
    QFile file(keyFile);
    if (keyFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        throw Failure{certadm::kHrFail, QString(),
                      RestoreJob::tr("The chain of %1 holds no readable CA key (.p12).")
                          .arg(QFileInfo(m_request.setPath).fileName()),
                      RestoreJob::tr("Restore the database only, or choose a set taken with "
                                     "\"include the CA key\"."),
                      RestoreResult::Refusal::BadSet};
    }
    const platform::CaKeyImport imported = platform::CaKeySource::importPkcs12(
        m_request.server, m_plan.caName, file.read(1 << 20), m_request.keyPassword);
    if (!imported.ok) {
        throw Failure{certadm::kHrFail, QString(), imported.error, imported.action};
    }
    log(imported.detail);
    m_result.keyRestored = true;
}

void RestoreRun::startCa()
{
    setStep(RestoreStep::Starting);
    QString error;
    if (!platform::CaService::start(m_request.server, &error)) {
        throw Failure{
            certadm::kHrFail, QString(),
            RestoreJob::tr("The CA does not start on the restored database: %1").arg(error),
            RestoreJob::tr("The restore was undone and the CA's previous database put "
                           "back. Run a restore drill on the set to see what is "
                           "wrong with it.")};
    }
    if (!waitForOnline(true, kOnlineTimeoutMs)) {
        throw Failure{certadm::kHrNotReady, QStringLiteral("CertSrvIsServerOnlineW"),
                      RestoreJob::tr("The CA started but did not come online within %1 s.")
                          .arg(kOnlineTimeoutMs / 1000),
                      RestoreJob::tr("Look at the CA's event log.")};
    }
    m_result.serviceStarted = true;
    log(RestoreJob::tr("The CA is running on the restored database."));
}

void RestoreRun::restore()
{
    bool undone = true;
    const QString interrupted = recoverInterruptedRestore(m_request.server, &undone);
    if (!interrupted.isEmpty()) {
        log(interrupted);
        m_result.warnings.append(interrupted);
        if (!undone) {
            throw Failure{certadm::kHrFail, QString(), interrupted,
                          RestoreJob::tr("Put the CA's files back by hand from the "
                                         "before-restore folder, then restore again.")};
        }
    }
    plan();
    if (!m_request.database && !m_request.caKey) {
        throw Failure{certadm::kHrFail, QString(),
                      RestoreJob::tr("Nothing to restore: neither the database nor the key was "
                                     "chosen."),
                      QString()};
    }
    if (m_request.caKey && m_request.keyPassword.isEmpty()) {
        throw Failure{certadm::kHrFail, QString(),
                      RestoreJob::tr("Restoring the CA key needs the password it was backed up "
                                     "with."),
                      RestoreJob::tr("Give the key password.")};
    }
    checkTarget();
    throwIfCancelled();
    const platform::PrivilegeCheck privileges = platform::enableRestorePrivileges();
    log(privileges.detail);
    if (privileges.state == platform::PrivilegeCheck::State::NotHeld) {
        Failure failure{certadm::kHrPrivilegeNotHeld, QStringLiteral("SeRestorePrivilege"),
                        privileges.detail,
                        RestoreJob::tr("Nothing was changed. Run the restore elevated (as an "
                                       "administrator): it needs the backup and restore "
                                       "privileges."),
                        RestoreResult::Refusal::NeedsElevation};
        throw failure;
    }
    if (m_request.database) {
        stopCa();
        throwIfCancelled();
        restoreDatabase();
    }
    if (m_request.caKey) {
        importKey();
    }
    if (m_request.startService) {
        startCa();
    }
    if (m_journal) {
        QString error;
        if (!m_journal->finish(&error)) {
            m_result.warnings.append(error);
        }
        m_journal.reset();
    }
    m_lock.reset();
    setStep(RestoreStep::Done);
}

void RestoreRun::undo()
{
    if (!m_journal) {
        return;
    }
    m_progress.step = RestoreStep::RollingBack;
    log(restoreStepText(RestoreStep::RollingBack));
    QString error;
    if (m_journal->rollBack(&error)) {
        m_result.rolledBack = true;
        m_result.databaseRestored = false;
        m_result.asideFolder.clear();
        log(m_journal->step == RestoreJournal::Step::Staging
                ? RestoreJob::tr("The CA was not changed; the staged copies were removed.")
                : RestoreJob::tr("The CA's previous database and logs are back in place."));
        if (m_caWasRunning && !platform::CaService::isRunning(m_request.server)) {
            QString startError;
            if (platform::CaService::start(m_request.server, &startError)) {
                log(RestoreJob::tr("The CA was started again on its previous database."));
            } else {
                m_result.warnings.append(
                    RestoreJob::tr("The CA does not start again: %1").arg(startError));
            }
        }
    } else {
        m_result.warnings.append(
            RestoreJob::tr("The restore could not be undone completely: %1. The CA's previous "
                           "files are in %2.")
                .arg(error, QDir::toNativeSeparators(m_journal->asideFolder(m_folders.database))));
    }
    m_journal.reset();
    m_lock.reset();
}

void RestoreRun::drill(const QString &scratchParent)
{
    plan();
    const PlannedSet &full = m_plan.chain.first();
    QString databaseName;
    for (const PlannedFile &file : full.files) {
        if (file.generation == 0) {
            databaseName = file.name;
        }
    }
    const QString parent = scratchParent.isEmpty() ? QDir::tempPath() : scratchParent;
    QDir().mkpath(parent);
    QTemporaryDir scratch(parent + QStringLiteral("/certsrv-drill-XXXXXX"));
    if (!scratch.isValid()) {
        throw Failure{certadm::kHrWriteFault, QString(),
                      RestoreJob::tr("Cannot create a scratch folder in %1: %2")
                          .arg(QDir::toNativeSeparators(parent), scratch.errorString()),
                      RestoreJob::tr("Give a scratch folder with enough free space.")};
    }
    checkFreeSpace(scratch.path(), m_plan.totalBytes());
    log(RestoreJob::tr("Scratch copy in %1").arg(QDir::toNativeSeparators(scratch.path())));
    setStep(RestoreStep::Staging);
    m_progress.bytesTotal = m_plan.totalBytes();
    m_progress.filesTotal = m_plan.fileCount();
    const QList<PlannedFile> files = m_plan.filesToRestore();
    QStringList targets;
    for (const PlannedFile &file : files) {
        targets.append(scratch.path() + QLatin1Char('/') + file.name);
    }
    copyChecked(files, targets);
    m_result.checks.append(RestoreJob::tr("%1 files of %2 set(s) copied, each SHA-256 matching "
                                          "its manifest")
                               .arg(m_result.files)
                               .arg(m_plan.chain.size()));
    throwIfCancelled();
    setStep(RestoreStep::Recovering);
    DrillInput input;
    input.scratchFolder = scratch.path();
    input.databaseName = databaseName;
    input.savedDatabasePath = full.savedDatabasePath;
    input.genLow = m_plan.genLow();
    input.genHigh = m_plan.genHigh();
    const DrillRecovery recovery = DrillRecoveryRunner::run(*m_request.library, input);
    m_result.checks.append(recovery.checks);
    m_result.certificates = recovery.certificates;
    m_result.highestSerial = recovery.highestSerial;
    for (const QString &check : recovery.checks) {
        log(check);
    }
    if (!recovery.ok) {
        throw Failure{recovery.hresult, QString(), recovery.message,
                      RestoreJob::tr("This set would not restore. Take a new full backup now "
                                     "and drill it.")};
    }
    setStep(RestoreStep::Done);
}

} // namespace

QString restoreStepText(RestoreStep step)
{
    switch (step) {
    case RestoreStep::Checking:
        return RestoreJob::tr("Checking the set and the CA");
    case RestoreStep::CheckingSet:
        return RestoreJob::tr("Checking the set");
    case RestoreStep::Stopping:
        return RestoreJob::tr("Stopping the CA");
    case RestoreStep::Staging:
        return RestoreJob::tr("Copying and checking the files");
    case RestoreStep::Replacing:
        return RestoreJob::tr("Moving the CA's files aside and the restored ones into place");
    case RestoreStep::Registering:
        return RestoreJob::tr("Registering the restore with the CA");
    case RestoreStep::ImportingKey:
        return RestoreJob::tr("Restoring the CA key");
    case RestoreStep::Starting:
        return RestoreJob::tr("Starting the CA (it recovers the restored database)");
    case RestoreStep::RollingBack:
        return RestoreJob::tr("Undoing the restore");
    case RestoreStep::Recovering:
        return RestoreJob::tr("Recovering the scratch copy");
    case RestoreStep::Done:
        return RestoreJob::tr("Done");
    }
    return {};
}

RestoreJob::RestoreJob(RestoreRequest request) : m_request(std::move(request)) {}

RestoreJob::~RestoreJob() = default;

namespace {

void fillFailure(RestoreResult &result, const Failure &failure)
{
    result.outcome =
        failure.cancelled ? RestoreResult::Outcome::Cancelled : RestoreResult::Outcome::Failed;
    result.refusal = failure.refusal;
    result.hresult = failure.hr;
    result.failedCall = failure.call;
    result.message = failure.message;
    result.action = failure.action;
}

void fillApiFailure(RestoreResult &result, const certadm::CertadmError &error)
{
    const ErrorText description = describeError(error.hr());
    result.outcome = RestoreResult::Outcome::Failed;
    result.hresult = error.hr();
    result.failedCall = QString::fromStdString(error.call());
    result.message = RestoreJob::tr("%1 failed with %2: %3")
                         .arg(result.failedCall, hexOf(error.hr()), description.meaning);
    if (!error.detail().empty()) {
        result.message += QStringLiteral(" (%1)").arg(QString::fromStdString(error.detail()));
    }
    result.action = description.action;
    if (description.category == certadm::ErrorCategory::NeedsElevation) {
        result.refusal = RestoreResult::Refusal::NeedsElevation;
        result.action = RestoreJob::tr("Run the restore elevated (as an administrator): it needs "
                                       "the backup and restore privileges.");
    } else if (error.hr() == kHrSharingViolation) {
        result.refusal = RestoreResult::Refusal::CaRunning;
        result.action = RestoreJob::tr("Stop the CA service and restore again.");
    }
}

template <typename Body> void runGuarded(RestoreRun &run, RestoreResult &result, Body body)
{
    try {
        body();
        result.outcome = RestoreResult::Outcome::Succeeded;
        return;
    } catch (const Failure &failure) {
        fillFailure(result, failure);
    } catch (const certadm::CertadmError &error) {
        fillApiFailure(result, error);
    } catch (const std::exception &error) {
        result.outcome = RestoreResult::Outcome::Failed;
        result.hresult = certadm::kHrFail;
        result.message = QString::fromLocal8Bit(error.what());
        result.action = RestoreJob::tr("Restore again; report the log if it repeats.");
    }
    run.undo();
}

} // namespace

RestoreResult RestoreJob::run()
{
    RestoreResult result;
    result.server = m_request.server;
    result.setPath = QFileInfo(m_request.setPath).absoluteFilePath();
    QElapsedTimer clock;
    clock.start();
    RestoreRun run(m_request, m_cancel, m_onProgress, m_onLog, result);
    runGuarded(run, result, [&run] { run.restore(); });
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

RestoreResult RestoreJob::runDrill(const QString &scratchParent)
{
    RestoreResult result;
    result.drill = true;
    result.server = m_request.server;
    result.setPath = QFileInfo(m_request.setPath).absoluteFilePath();
    QElapsedTimer clock;
    clock.start();
    RestoreRun run(m_request, m_cancel, m_onProgress, m_onLog, result);
    runGuarded(run, result, [&run, &scratchParent] { run.drill(scratchParent); });
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

} // namespace engine
