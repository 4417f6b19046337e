// SPDX-License-Identifier: Apache-2.0
#include "runcontroller.h"

#include "engine/backuprunner.h"
#include "engine/enginelog.h"
#include "certadm/hresult.h"
#include "profileslog.h"
#include "profilestore.h"
#include "engine/restorerunner.h"
#include "secretstore.h"

#include <QDir>
#include <QEventLoop>
#include <QThread>

namespace profiles {

RunSpec RunSpec::forProfile(const Profile &profile,
                            std::shared_ptr<const certadm::CertadmLibrary> library,
                            const QString &typedKeyPassword)
{
    RunSpec spec;
    spec.request.server = profile.server;
    spec.request.type = profile.type;
    spec.request.destination = QDir(profile.destination).absolutePath();
    spec.request.keepLogs = profile.keepLogs;
    spec.request.verifyAfter = profile.verifyAfter;
    spec.request.includeKey = profile.includeKey;
    spec.request.library = std::move(library);
    spec.source = engine::RunSource::Profile;
    spec.profileName = profile.name;
    spec.expectedCaName = profile.caName;
    spec.keepFull = profile.keepFull;
    spec.drillAfter = profile.drillAfter;
    if (!profile.includeKey) {
        spec.keyPasswordFrom = KeyPasswordFrom::NotNeeded;
    } else if (!typedKeyPassword.isEmpty()) {
        spec.keyPasswordFrom = KeyPasswordFrom::Given;
        spec.request.keyPassword = typedKeyPassword;
    } else if (profile.keyPasswordSource == KeyPasswordSource::AskEachTime) {
        spec.keyPasswordFrom = KeyPasswordFrom::AskedFor;
    } else {
        spec.keyPasswordFrom = KeyPasswordFrom::Keychain;
    }
    return spec;
}

RunController::RunController(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_runner(new engine::BackupRunner(this)),
      m_drillRunner(new engine::RestoreRunner(this))
{
    qRegisterMetaType<profiles::RunResult>();
    connect(m_runner, &engine::BackupRunner::stateChanged, this, [this](engine::JobState state) {
        if (state == engine::JobState::Committed) {
            m_committed = true;
        }
        Q_EMIT stateChanged(state);
    });
    connect(m_runner, &engine::BackupRunner::progress, this, &RunController::progress);
    connect(m_runner, &engine::BackupRunner::logLine, this, &RunController::logLine);
    connect(m_runner, &engine::BackupRunner::finished, this, &RunController::onJobFinished);
    connect(m_drillRunner, &engine::RestoreRunner::logLine, this, &RunController::logLine);
    connect(m_drillRunner, &engine::RestoreRunner::finished, this, &RunController::onDrillFinished);
}

RunController::~RunController() = default;

void RunController::log(const QString &line)
{
    qCInfo(engine::lcJob).noquote() << line;
    Q_EMIT logLine(line);
}

bool RunController::start(const RunSpec &spec)
{
    if (isRunning()) {
        return false;
    }
    m_spec = spec;
    m_committed = false;
    const quint64 generation = ++m_generation;
    if (spec.source == engine::RunSource::Profile) {
        log(tr("Running the profile \"%1\"").arg(spec.profileName));
    }
    switch (spec.keyPasswordFrom) {
    case KeyPasswordFrom::NotNeeded:
    case KeyPasswordFrom::Given:
    case KeyPasswordFrom::AskedFor:
        m_phase = Phase::BackingUp;
        // Never from inside start(): the caller connects and waits first.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != m_generation) {
                return;
            }
            if (m_spec.keyPasswordFrom == KeyPasswordFrom::AskedFor) {
                failBeforeJob(tr("The profile \"%1\" asks for the CA key password each time, and "
                                 "none was given for this run.")
                                  .arg(m_spec.profileName),
                              tr("%1 To run unattended, store it in the keychain.")
                                  .arg(giveKeyPasswordHint()));
            } else {
                startJob(m_spec.request.keyPassword);
            }
        });
        return true;
    case KeyPasswordFrom::Keychain:
        m_phase = Phase::WaitingForSecret;
        askKeychain();
        return true;
    }
    return false;
}

QString RunController::giveKeyPasswordHint() const
{
    return m_spec.giveKeyPasswordHint.isEmpty() ? tr("Or give the password with the run.")
                                                : m_spec.giveKeyPasswordHint;
}

void RunController::askKeychain()
{
    const quint64 generation = m_generation;
    // The keychain answers asynchronously; a timer ends the wait when it does not answer
    // (a locked keyring may wait for an unlock prompt that nobody sees in a scheduled run).
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, generation, timeout] {
        timeout->deleteLater();
        if (generation == m_generation && m_phase == Phase::WaitingForSecret) {
            SecretResult result;
            result.status = SecretStatus::TimedOut;
            result.storeName = m_secrets != nullptr ? m_secrets->name() : QString();
            failBeforeJob(result.message(),
                          tr("Unlock the keychain of the account that runs the backup. %1")
                              .arg(giveKeyPasswordHint()));
        }
    });
    timeout->start(m_secretTimeoutMs);
    m_keyTimeout = timeout;
    if (m_secrets == nullptr) {
        return; // the timer reports it: no store was given to read from
    }
    m_secrets->read(
        keyPasswordSecretKey(m_spec.profileName), this,
        [this, generation](const SecretResult &result) { onKeyPassword(generation, result); });
}

void RunController::onKeyPassword(quint64 generation, const SecretResult &result)
{
    QTimer *timer = m_keyTimeout.data();
    if (generation != m_generation || m_phase != Phase::WaitingForSecret || timer == nullptr ||
        !timer->isActive()) {
        return; // the run ended meanwhile (timeout or cancel)
    }
    timer->stop();
    timer->deleteLater();
    if (result.ok() && !result.secret.isEmpty()) {
        m_phase = Phase::BackingUp;
        startJob(result.secret);
    } else if (result.ok() || result.status == SecretStatus::NotFound) {
        failBeforeJob(tr("No CA key password was found in %1 for the profile "
                         "\"%2\" (none is stored, or the keychain is locked).")
                          .arg(result.storeName, m_spec.profileName),
                      m_spec.storeKeyPasswordHint.isEmpty()
                          ? tr("Store the password in the profile again.")
                          : m_spec.storeKeyPasswordHint);
    } else {
        failBeforeJob(result.message(),
                      tr("Unlock the keychain of the account that runs the backup. %1")
                          .arg(giveKeyPasswordHint()));
    }
}

void RunController::cancel()
{
    switch (m_phase) {
    case Phase::Idle:
    case Phase::ApplyingRetention:
        // Retention finishes what it started; the run then ends once, as it would have.
        return;
    case Phase::BackingUp:
        if (m_runner->isRunning()) {
            m_runner->cancel();
            return;
        }
        break; // not started yet: end it here
    case Phase::Drilling:
        // The set is complete and kept; only its test restore stops.
        m_drillRunner->cancel();
        return;
    case Phase::WaitingForSecret:
        break;
    }
    // Still waiting for the keychain (or about to start): end the run now; a late answer is
    // ignored.
    ++m_generation;
    RunResult result;
    result.backup.outcome = engine::BackupResult::Outcome::Cancelled;
    result.backup.server = m_spec.request.server;
    result.backup.type = m_spec.request.type;
    result.backup.hresult = certadm::kHrCancelled;
    result.backup.failedCall = QStringLiteral("cancel");
    result.backup.message = tr("Cancelled by the operator.");
    result.backup.action = tr("Nothing was written; start the backup again when ready.");
    finish(result);
}

bool RunController::stopForQuit(int timeoutMs)
{
    if (!isRunning()) {
        return true;
    }
    m_quitting = true;
    cancel();
    if (isRunning()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &RunController::finished, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    if (!isRunning()) {
        m_quitting = false;
        return true;
    }
    // A server call that does not return, or retention on a slow share: record the run now and
    // let the work end on its own; whatever it reports later is no longer this run's. The words
    // are this function's own (finish() only rewords a job's cancel).
    ++m_generation;
    m_quitting = false;
    if (m_phase == Phase::Drilling) {
        RunResult result = m_drillRun; // the backup itself succeeded
        result.backup.warnings.append(tr("The test restore of the new set had not finished when "
                                         "the application was closed."));
        finish(result);
        return false;
    }
    if (m_phase == Phase::ApplyingRetention) {
        RunResult result = m_retentionRun; // the backup itself succeeded
        result.backup.warnings.append(
            tr("Retention had not finished when the application was closed; the older sets it "
               "did not remove yet are removed after the next good run."));
        finish(result);
        return false;
    }
    m_runner->detach();
    RunResult result;
    result.backup.outcome = engine::BackupResult::Outcome::Cancelled;
    result.backup.server = m_spec.request.server;
    result.backup.caName = m_spec.expectedCaName;
    result.backup.type = m_spec.request.type;
    result.backup.hresult = certadm::kHrCancelled;
    result.backup.failedCall = QStringLiteral("quit");
    result.backup.message = tr("The application was closed while the backup ran, so the backup "
                               "was cancelled; a server call had not returned after %1 s.")
                                .arg(timeoutMs / 1000.0, 0, 'f', 1);
    result.backup.action = tr("Nothing usable was written: an unfinished set is removed by the "
                              "next backup to the same destination. Start the backup again when "
                              "the server answers.");
    finish(result);
    return false;
}

void RunController::startJob(const QString &keyPassword)
{
    engine::BackupRequest request = m_spec.request;
    request.keyPassword = keyPassword;
    if (!m_runner->start(request)) {
        failBeforeJob(tr("A backup is already running."), tr("Wait for it to finish."));
    }
}

void RunController::failBeforeJob(const QString &message, const QString &action)
{
    RunResult result;
    result.backup.outcome = engine::BackupResult::Outcome::Failed;
    result.backup.server = m_spec.request.server;
    result.backup.caName = m_spec.expectedCaName;
    result.backup.type = m_spec.request.type;
    result.backup.hresult = certadm::kHrFail;
    result.backup.failedCall = QStringLiteral("key password");
    result.backup.message = message;
    result.backup.action = action;
    result.backup.category = certadm::ErrorCategory::Failed;
    log(tr("Backup failed: %1 %2").arg(message, action));
    finish(result);
}

void RunController::onJobFinished(const engine::BackupResult &backup)
{
    RunResult result;
    result.backup = backup;
    if (backup.succeeded() && m_spec.drillAfter && !backup.verifySkipped &&
        !(m_spec.request.verifyAfter && !backup.verified)) {
        m_phase = Phase::Drilling;
        m_drillRun = result;
        engine::RestoreRequest request;
        request.server = backup.server;
        request.setPath = backup.setPath;
        request.library = m_spec.request.library;
        log(tr("Test restore of the new set"));
        m_drillRunner->startDrill(request);
        return;
    }
    applyRetention(result);
}

void RunController::onDrillFinished(const engine::RestoreResult &drill)
{
    if (m_phase != Phase::Drilling) {
        return; // recorded without waiting (quit)
    }
    RunResult result = m_drillRun;
    result.drillRan = true;
    result.drill = drill;
    if (drill.outcome == engine::RunOutcome::Failed) {
        result.backup.warnings.append(
            tr("The new set failed its test restore: %1").arg(drill.message));
        log(result.backup.warnings.constLast());
    } else if (drill.outcome == engine::RunOutcome::Cancelled) {
        result.backup.warnings.append(
            tr("The test restore of the new set was cancelled; the set is kept."));
    }
    applyRetention(result);
}

void RunController::applyRetention(RunResult result)
{
    const engine::BackupResult &backup = result.backup;
    if (!backup.succeeded() || m_spec.keepFull <= 0) {
        finish(result);
        return;
    }
    if (result.drillRan && !result.drill.succeeded()) {
        result.retentionSkipped = tr("the new set did not pass its test restore, so no older set "
                                     "was removed");
    } else if (backup.verifySkipped) {
        result.retentionSkipped = tr("the run was cancelled before the new set was verified, so "
                                     "no older set was removed");
    } else if (m_spec.request.verifyAfter && !backup.verified) {
        result.retentionSkipped = tr("the new set did not pass verification, so no older set "
                                     "was removed");
    } else if (!m_spec.expectedCaName.isEmpty() &&
               m_spec.expectedCaName.compare(backup.caName, Qt::CaseInsensitive) != 0) {
        result.retentionSkipped = tr("the server now reports the CA \"%1\" but the profile was "
                                     "made for \"%2\", so no set was removed")
                                      .arg(backup.caName, m_spec.expectedCaName);
    }
    if (!result.retentionSkipped.isEmpty()) {
        result.backup.warnings.append(tr("Retention skipped: %1").arg(result.retentionSkipped));
        log(result.backup.warnings.constLast());
        finish(result);
        return;
    }

    // Removing sets can take a while on a network share: off the caller's thread.
    m_phase = Phase::ApplyingRetention;
    m_retentionRun = result;
    const QString destination = m_spec.request.destination;
    const QString caName = backup.caName;
    const int keepFull = m_spec.keepFull;
    auto report = std::make_shared<RetentionReport>();
    QThread *worker = QThread::create([report, destination, caName, keepFull] {
        *report = Retention::apply(destination, caName, keepFull);
    });
    const quint64 generation = m_generation;
    connect(worker, &QThread::finished, this, [this, worker, report, result, generation]() mutable {
        worker->deleteLater();
        if (generation != m_generation) {
            return; // the run was recorded without waiting for retention (quit)
        }
        result.retentionRan = true;
        result.retention = *report;
        for (const QString &path : std::as_const(report->removed)) {
            log(tr("Retention removed %1").arg(QDir::toNativeSeparators(path)));
        }
        for (const QString &error : std::as_const(report->errors)) {
            result.backup.warnings.append(tr("Retention: %1").arg(error));
            log(result.backup.warnings.constLast());
        }
        log(report->summary());
        finish(result);
    });
    worker->start();
}

void RunController::learnCaName(RunResult &result)
{
    // A profile's first good run learns its CA name; later runs check that it stays the same
    // (retention removes nothing of another CA).
    if (m_spec.source != engine::RunSource::Profile || !result.backup.succeeded() ||
        !m_spec.expectedCaName.isEmpty() || result.backup.caName.isEmpty()) {
        return;
    }
    ProfileStore ownStore;
    ProfileStore *store = m_store != nullptr ? m_store : &ownStore;
    QString error;
    if (!store->load(&error)) {
        result.backup.warnings.append(error);
        return;
    }
    if (std::optional<Profile> stored = store->find(m_spec.profileName)) {
        stored->caName = result.backup.caName;
        if (!store->save(*stored, &error)) {
            result.backup.warnings.append(error);
        }
    }
}

void RunController::finish(RunResult result)
{
    result.source = m_spec.source;
    result.profileName = m_spec.profileName;
    if (m_quitting && result.backup.outcome == engine::BackupResult::Outcome::Cancelled) {
        result.backup.message = tr("The application was closed while the backup ran, so the "
                                   "backup was cancelled.");
    }
    learnCaName(result);
    engine::RunRecord record =
        engine::RunRecord::fromResult(result.backup, result.source, result.profileName);
    record.pruned = result.retention.removed;
    record.attended = m_spec.attended;
    QString error;
    if (!m_runLog.append(record, &error)) {
        result.runLogError = error.isEmpty() ? tr("unknown error") : error;
        qCInfo(lcProfiles).noquote()
            << "run record not written to" << m_runLog.path() << ":" << result.runLogError;
    } else {
        qCInfo(lcProfiles).noquote() << "run record written to" << m_runLog.path();
    }
    if (result.drillRan && result.runLogError.isEmpty()) {
        engine::RunRecord drill =
            engine::RunRecord::fromRestore(result.drill, result.source, result.profileName);
        drill.attended = m_spec.attended;
        if (!m_runLog.append(drill, &error)) {
            result.runLogError = error.isEmpty() ? tr("unknown error") : error;
        }
    }
    m_phase = Phase::Idle;
    Q_EMIT finished(result);
}

} // namespace profiles
