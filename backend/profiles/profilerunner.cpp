#include "profilerunner.h"

#include "backuprunner.h"
#include "hresult.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QDir>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace profiles {

QString runSourceOf(const QString &profileName)
{
    return QStringLiteral("profile:") + profileName;
}

ProfileRunner::ProfileRunner(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_runner(new engine::BackupRunner(this))
{
    qRegisterMetaType<profiles::ProfileRunResult>();
    connect(m_runner, &engine::BackupRunner::stateChanged, this, &ProfileRunner::stateChanged);
    connect(m_runner, &engine::BackupRunner::progress, this, &ProfileRunner::progress);
    connect(m_runner, &engine::BackupRunner::logLine, this, &ProfileRunner::logLine);
    connect(m_runner, &engine::BackupRunner::finished, this, &ProfileRunner::onJobFinished);
}

ProfileRunner::~ProfileRunner() = default;

bool ProfileRunner::start(const Profile &profile,
                          std::shared_ptr<const certadm::CertadmLibrary> library,
                          const QString &typedKeyPassword)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancelled = false;
    m_profile = profile;
    m_library = std::move(library);
    const quint64 generation = ++m_generation;
    Q_EMIT logLine(tr("Running the profile \"%1\"").arg(profile.name));

    if (!profile.includeKey) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation) {
                startJob(QString());
            }
        });
        return true;
    }
    if (!typedKeyPassword.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation, typedKeyPassword] {
            if (generation == m_generation) {
                startJob(typedKeyPassword);
            }
        });
        return true;
    }
    if (profile.keyPasswordSource == KeyPasswordSource::AskEachTime) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation) {
                failBeforeJob(tr("The profile \"%1\" asks for the CA key password each time, and "
                                 "none was given for this run.")
                                  .arg(m_profile.name),
                              tr("Type the password when the backup starts, or pass it with "
                                 "--key-password-stdin; to run unattended, store it in the "
                                 "keychain."));
            }
        });
        return true;
    }

    // The keychain answers asynchronously; a timer ends the wait when it does not answer
    // (a locked keyring may wait for an unlock prompt that nobody sees in a scheduled run).
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, generation, timeout] {
        timeout->deleteLater();
        if (generation == m_generation && m_running) {
            SecretResult result;
            result.status = SecretStatus::TimedOut;
            result.storeName = m_secrets->name();
            failBeforeJob(result.message(),
                          tr("Unlock the keychain of the account that runs the backup, or pass "
                             "the password with --key-password-stdin."));
        }
    });
    timeout->start(m_secretTimeoutMs);
    m_keyTimeout = timeout;
    QPointer<ProfileRunner> self(this);
    m_secrets->read(keyPasswordSecretKey(profile.name),
                    [self, generation](const SecretResult &result) {
                        if (ProfileRunner *runner = self.data()) {
                            runner->onKeyPassword(generation, result);
                        }
                    });
    return true;
}

void ProfileRunner::onKeyPassword(quint64 generation, const SecretResult &result)
{
    QTimer *timer = m_keyTimeout.data();
    if (generation != m_generation || !m_running || timer == nullptr || !timer->isActive()) {
        return; // the run ended meanwhile (timeout or cancel)
    }
    timer->stop();
    timer->deleteLater();
    if (result.ok() && !result.secret.isEmpty()) {
        startJob(result.secret);
    } else if (result.ok() || result.status == SecretStatus::NotFound) {
        failBeforeJob(tr("No CA key password was found in %1 for the profile "
                         "\"%2\" (none is stored, or the keychain is locked).")
                          .arg(result.storeName, m_profile.name),
                      tr("Store it with the profile editor or with "
                         "`certsrv-backup-cli profiles add %1 ... --with-key "
                         "--key-password-stdin --replace`.")
                          .arg(m_profile.name));
    } else {
        failBeforeJob(result.message(), tr("Unlock the keychain of the account that "
                                           "runs the backup, or pass the password with "
                                           "--key-password-stdin."));
    }
}

void ProfileRunner::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    // Still waiting for the keychain: end the run now; a late answer is ignored.
    ++m_generation;
    ProfileRunResult result;
    result.profileName = m_profile.name;
    result.backup.outcome = engine::BackupResult::Outcome::Cancelled;
    result.backup.server = m_profile.server;
    result.backup.type = m_profile.type;
    result.backup.hresult = certadm::kHrCancelled;
    result.backup.failedCall = QStringLiteral("cancel");
    result.backup.message = tr("Cancelled by the operator.");
    result.backup.action = tr("Nothing was written; start the backup again when ready.");
    finish(result);
}

void ProfileRunner::startJob(const QString &keyPassword)
{
    engine::BackupRequest request;
    request.server = m_profile.server;
    request.type = m_profile.type;
    request.destination = QDir(m_profile.destination).absolutePath();
    request.keepLogs = m_profile.keepLogs;
    request.verifyAfter = m_profile.verifyAfter;
    request.includeKey = m_profile.includeKey;
    request.keyPassword = keyPassword;
    request.library = m_library;
    if (!m_runner->start(request)) {
        failBeforeJob(tr("A backup is already running."), tr("Wait for it to finish."));
    }
}

void ProfileRunner::failBeforeJob(const QString &message, const QString &action)
{
    ProfileRunResult result;
    result.profileName = m_profile.name;
    result.backup.outcome = engine::BackupResult::Outcome::Failed;
    result.backup.server = m_profile.server;
    result.backup.caName = m_profile.caName;
    result.backup.type = m_profile.type;
    result.backup.hresult = certadm::kHrFail;
    result.backup.failedCall = QStringLiteral("key password");
    result.backup.message = message;
    result.backup.action = action;
    result.backup.category = certadm::ErrorCategory::Failed;
    Q_EMIT logLine(tr("Backup failed: %1 %2").arg(message, action));
    finish(result);
}

void ProfileRunner::onJobFinished(const engine::BackupResult &backup)
{
    ProfileRunResult result;
    result.profileName = m_profile.name;
    result.backup = backup;
    if (!backup.succeeded() || m_profile.keepFull <= 0) {
        finish(result);
        return;
    }
    if (m_profile.verifyAfter && !backup.verified) {
        result.retentionSkipped = tr("the new set did not pass verification, so no older set "
                                     "was removed");
    } else if (!m_profile.caName.isEmpty() &&
               m_profile.caName.compare(backup.caName, Qt::CaseInsensitive) != 0) {
        result.retentionSkipped = tr("the server now reports the CA \"%1\" but the profile was "
                                     "made for \"%2\", so no set was removed")
                                      .arg(backup.caName, m_profile.caName);
    }
    if (!result.retentionSkipped.isEmpty()) {
        result.backup.warnings.append(tr("Retention skipped: %1").arg(result.retentionSkipped));
        Q_EMIT logLine(result.backup.warnings.constLast());
        finish(result);
        return;
    }

    // Removing sets can take a while on a network share: off the caller's thread.
    const QString destination = QDir(m_profile.destination).absolutePath();
    const QString caName = backup.caName;
    const int keepFull = m_profile.keepFull;
    auto report = std::make_shared<RetentionReport>();
    QThread *worker = QThread::create([report, destination, caName, keepFull] {
        *report = Retention::apply(destination, caName, keepFull);
    });
    connect(worker, &QThread::finished, this, [this, worker, report, result]() mutable {
        worker->deleteLater();
        result.retentionRan = true;
        result.retention = *report;
        for (const QString &path : std::as_const(report->removed)) {
            Q_EMIT logLine(tr("Retention removed %1").arg(QDir::toNativeSeparators(path)));
        }
        for (const QString &error : std::as_const(report->errors)) {
            result.backup.warnings.append(tr("Retention: %1").arg(error));
            Q_EMIT logLine(result.backup.warnings.constLast());
        }
        Q_EMIT logLine(report->summary());
        finish(result);
    });
    worker->start();
}

void ProfileRunner::finish(ProfileRunResult result)
{
    if (result.backup.succeeded() && m_store != nullptr && m_profile.caName.isEmpty() &&
        !result.backup.caName.isEmpty()) {
        // The first run learns the CA name; later runs check that it stays the same.
        QString error;
        if (m_store->load(&error)) {
            if (std::optional<Profile> stored = m_store->find(m_profile.name)) {
                stored->caName = result.backup.caName;
                if (!m_store->save(*stored, &error)) {
                    result.backup.warnings.append(error);
                }
            }
        } else {
            result.backup.warnings.append(error);
        }
    }
    engine::RunRecord record =
        engine::RunRecord::fromResult(result.backup, runSourceOf(m_profile.name));
    record.pruned = result.retention.removed;
    QString error;
    if (!m_runLog.append(record, &error)) {
        result.runLogError = error.isEmpty() ? tr("unknown error") : error;
    }
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace profiles
