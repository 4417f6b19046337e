// SPDX-License-Identifier: Apache-2.0
#include "progresspage.h"

#include "engine/errortext.h"
#include "displaytext.h"

#include "backupwizard.h"
#include "platform/elevation.h"
#include "folderopener.h"
#include "engine/errortext.h"
#include "platform/privilege.h"
#include "profiles/runcontroller.h"
#include "uilog.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {
namespace {

// After this long without a progress signal, a server call is blocked: say so.
constexpr qint64 kWaitingAfterMs = 2000;

QString durationText(qint64 seconds)
{
    if (seconds < 60) {
        return ProgressPage::tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return ProgressPage::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return ProgressPage::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60);
}

int percent(qint64 done, qint64 total)
{
    return total > 0 ? static_cast<int>(qMin<qint64>(100, done * 100 / total)) : 0;
}

} // namespace

ProgressPage::ProgressPage(QWidget *parent)
    : QWizardPage(parent), m_stateLabel(new QLabel(this)), m_overall(new QProgressBar(this)),
      m_fileLabel(new QLabel(this)), m_file(new QProgressBar(this)), m_bytesLabel(new QLabel(this)),
      m_rateLabel(new QLabel(this)), m_etaLabel(new QLabel(this)), m_waitingLabel(new QLabel(this)),
      m_log(new QPlainTextEdit(this)), m_cancel(new QPushButton(this)),
      m_resultLabel(new QLabel(this)), m_openFolder(new QPushButton(this)),
      m_retry(new QPushButton(this)), m_change(new QPushButton(this)),
      m_fullNow(new QPushButton(this)), m_elevationPanel(new QWidget(this)),
      m_elevationText(new QLabel(m_elevationPanel)), m_elevate(new QPushButton(m_elevationPanel)),
      m_elevationStatus(new QLabel(m_elevationPanel)), m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(tr("Backup"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_fileLabel->setObjectName(QStringLiteral("currentFileLabel"));
    m_file->setObjectName(QStringLiteral("fileProgress"));
    m_file->setAccessibleName(tr("Progress of the current file"));
    m_bytesLabel->setObjectName(QStringLiteral("bytesLabel"));
    m_rateLabel->setObjectName(QStringLiteral("rateLabel"));
    m_etaLabel->setObjectName(QStringLiteral("etaLabel"));
    m_waitingLabel->setObjectName(QStringLiteral("waitingLabel"));
    m_waitingLabel->setText(tr("Waiting for the server..."));
    m_waitingLabel->setStyleSheet(QStringLiteral("color: #8a6d3b;"));
    m_waitingLabel->hide();
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Backup log"));
    m_cancel->setObjectName(QStringLiteral("cancelBackupButton"));
    m_cancel->setText(tr("&Cancel backup"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setText(tr("&Open folder"));
    m_openFolder->hide();
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setText(tr("&Retry"));
    m_retry->hide();
    m_change->setObjectName(QStringLiteral("changeChoicesButton"));
    m_change->setText(tr("< C&hange the choices"));
    m_change->setToolTip(tr("Back to the destination page (and, from there, the backup type)"));
    m_change->hide();
    m_fullNow->setObjectName(QStringLiteral("fullBackupNowButton"));
    m_fullNow->setText(tr("Run a full backup no&w"));
    m_fullNow->hide();
    m_elevationPanel->setObjectName(QStringLiteral("elevationPanel"));
    m_elevationText->setObjectName(QStringLiteral("elevationText"));
    m_elevationText->setWordWrap(true);
    m_elevate->setObjectName(QStringLiteral("elevateButton"));
    m_elevate->setText(tr("Restart as &administrator"));
    auto *elevationLayout = new QVBoxLayout(m_elevationPanel);
    elevationLayout->setContentsMargins(0, 0, 0, 0);
    elevationLayout->addWidget(m_elevationText);
    elevationLayout->addWidget(m_elevate, 0, Qt::AlignLeft);
    m_elevationStatus->setObjectName(QStringLiteral("elevationStatus"));
    m_elevationStatus->setWordWrap(true);
    m_elevationStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elevationStatus->hide();
    elevationLayout->addWidget(m_elevationStatus);
    m_elevationPanel->hide();

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_bytesLabel);
    figures->addStretch();
    figures->addWidget(m_rateLabel);
    figures->addSpacing(16);
    figures->addWidget(m_etaLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_change);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_fullNow);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_overall);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_file);
    layout->addLayout(figures);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(m_log, 1);
    auto *result = new QWidget;
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addWidget(m_elevationPanel);
    resultLayout->addStretch();
    m_resultArea = new QScrollArea(this);
    m_resultArea->setObjectName(QStringLiteral("resultArea"));
    m_resultArea->setFrameShape(QFrame::NoFrame);
    m_resultArea->setWidgetResizable(true);
    m_resultArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultArea->setWidget(result);
    m_resultArea->hide();
    layout->addWidget(m_resultArea);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &ProgressPage::confirmCancel);
    connect(m_retry, &QPushButton::clicked, this, &ProgressPage::start);
    connect(m_change, &QPushButton::clicked, this,
            [this] { qobject_cast<BackupWizard *>(wizard())->backToChoices(); });
    connect(m_fullNow, &QPushButton::clicked, this, [this] {
        // The same server and destination, as a full backup: the logs-only one can follow it.
        qobject_cast<BackupWizard *>(wizard())->choices().type = engine::SetType::Full;
        m_fullInstead = true;
        start();
    });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { FolderOpener::open(this, m_result.setPath); });
    connect(m_elevate, &QPushButton::clicked, this, [this] {
        auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
        platform::Elevation *elevation = wizard->elevation();
        if (elevation == nullptr) {
            return;
        }
        const QStringList arguments = wizard->resumeArguments();
        qCInfo(lcUi) << "restarting elevated with" << arguments;
        // This window stays until the elevated copy has opened its own: a cancelled password
        // prompt leaves the operator where they were, with the reason.
        m_elevate->setEnabled(false);
        m_elevationStatus->setText(tr("Waiting for the administrator password…"));
        m_elevationStatus->show();
        showResultArea();
        elevation->relaunch(QCoreApplication::applicationFilePath(), arguments, this,
                            [this](const platform::ElevationResult &started) {
                                if (started.started) {
                                    qCInfo(lcUi) << "the elevated copy runs; quitting";
                                    QApplication::quit();
                                    return;
                                }
                                qCInfo(lcUi).noquote()
                                    << "the elevated restart did not start:" << started.message;
                                m_elevationStatus->setText(started.message);
                                m_elevate->setEnabled(true);
                                showResultArea();
                            });
    });
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &ProgressPage::tick);
}

void ProgressPage::initializePage()
{
    m_fullInstead = false; // a run reached through the pages is of the type chosen there
    start();
}

bool ProgressPage::isComplete() const
{
    return !m_running;
}

bool ProgressPage::isRunning() const
{
    return m_running;
}

void ProgressPage::stopForQuit(int timeoutMs)
{
    if (m_controller != nullptr) {
        m_controller->stopForQuit(timeoutMs);
    }
}

void ProgressPage::start()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    const WizardChoices &c = wizard->choices();
    m_result = engine::BackupResult();
    m_overall->setValue(0);
    m_overall->setRange(0, 0); // busy until the first sizes arrive
    m_file->setValue(0);
    m_fileLabel->clear();
    m_bytesLabel->clear();
    m_rateLabel->clear();
    m_etaLabel->clear();
    m_resultLabel->hide();
    m_resultArea->hide();
    m_openFolder->hide();
    m_retry->hide();
    m_change->hide();
    m_fullNow->hide();
    m_elevationPanel->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    appendLog((c.type == engine::SetType::Full ? tr("Starting a full backup of %1 to %2")
                                               : tr("Starting a logs-only backup of %1 to %2"))
                  .arg(c.server, QDir::toNativeSeparators(c.destination)));
    m_retentionText.clear();
    if (m_controller == nullptr) {
        // One controller for every run of this page: it adds the key password, retention and
        // the run log record.
        m_controller = new profiles::RunController(wizard->secretStore(), this);
        connect(m_controller, &profiles::RunController::progress, this, &ProgressPage::onProgress);
        connect(m_controller, &profiles::RunController::stateChanged, this, &ProgressPage::onState);
        connect(m_controller, &profiles::RunController::logLine, this, &ProgressPage::appendLog);
        connect(m_controller, &profiles::RunController::finished, this, &ProgressPage::onFinished);
    }
    profiles::RunSpec spec;
    if (wizard->profileRun()) {
        spec = profiles::RunSpec::forProfile(*wizard->profileRun(), wizard->library(),
                                             wizard->typedKeyPassword());
    } else {
        spec.source = engine::RunSource::Wizard;
        spec.request.server = c.server;
        spec.request.type = c.type;
        spec.request.destination = c.destination;
        spec.request.keepLogs = c.keepLogs;
        spec.request.includeKey = c.includeKey;
        spec.request.keyPassword = c.keyPassword;
        spec.request.library = wizard->library();
        spec.keyPasswordFrom =
            c.includeKey ? profiles::KeyPasswordFrom::Given : profiles::KeyPasswordFrom::NotNeeded;
    }
    if (m_fullInstead) {
        spec.request.type = engine::SetType::Full;
    }
    spec.giveKeyPasswordHint = tr("Or choose \"Ask me for the key password each time\" in the "
                                  "profile, and type it when the backup starts.");
    spec.storeKeyPasswordHint =
        tr("Edit the profile \"%1\" and type the password again.").arg(spec.profileName);
    spec.attended = true; // this page shows how it ends
    m_running = m_controller->start(spec);
    m_sinceActivity.start();
    m_ticker->start();
    Q_EMIT completeChanged();
    Q_EMIT started(c.server);
}

void ProgressPage::appendLog(const QString &line)
{
    m_sinceActivity.restart();
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
    // The newest line stays in view, as the run goes on.
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void ProgressPage::onState(engine::JobState state)
{
    m_sinceActivity.restart();
    m_stateLabel->setText(engine::jobStateText(state));
}

void ProgressPage::onProgress(const engine::BackupProgress &p)
{
    m_sinceActivity.restart();
    m_waitingLabel->hide();
    m_overall->setRange(0, 100);
    m_overall->setValue(percent(p.bytesDone, p.bytesTotal));
    m_fileLabel->setText(p.currentFile.isEmpty()
                             ? QString()
                             : tr("%1 (file %2 of %3)")
                                   .arg(p.currentFile)
                                   .arg(qMin(p.filesDone + 1, qMax(1, p.filesTotal)))
                                   .arg(qMax(1, p.filesTotal)));
    m_file->setValue(percent(p.fileBytesDone, p.fileBytesTotal));
    m_bytesLabel->setText(tr("%1 of %2%3")
                              .arg(bytesText(p.bytesDone), bytesText(p.bytesTotal),
                                   p.totalIsEstimate ? tr(" (estimated)") : QString()));
    m_rateLabel->setText(p.bytesPerSecond > 0
                             ? tr("%1/s").arg(bytesText(static_cast<qint64>(p.bytesPerSecond)))
                             : QString());
    if (p.etaSeconds < 0) {
        m_etaLabel->setText(tr("estimating time left..."));
    } else if (p.totalIsEstimate) {
        m_etaLabel->setText(tr("about %1 left").arg(durationText(p.etaSeconds)));
    } else {
        m_etaLabel->setText(tr("%1 left").arg(durationText(p.etaSeconds)));
    }
    Q_EMIT progressed(p);
}

void ProgressPage::tick()
{
    // A blocked server call sends nothing: the window stays responsive and says why it waits.
    m_waitingLabel->setVisible(m_running && m_sinceActivity.elapsed() > kWaitingAfterMs);
}

bool ProgressPage::confirmCancel()
{
    if (!m_running) {
        return false;
    }
    // Once the set is complete, a cancel only skips what follows (verification): say so.
    const QString question =
        m_controller != nullptr && m_controller->isCommitted()
            ? tr("The set is already complete and is kept; cancelling now skips its "
                 "verification. Cancel?")
            : tr("The unfinished set will be deleted and the CA's logs are left as they are. "
                 "Cancel the backup?");
    const auto answer = QMessageBox::question(this, tr("Cancel the backup?"), question,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes || !m_running) {
        return false;
    }
    m_cancel->setEnabled(false);
    appendLog(tr("Cancelling: the backup ends at the next server call..."));
    if (m_controller != nullptr) {
        m_controller->cancel();
    }
    return true;
}

void ProgressPage::onFinished(const profiles::RunResult &run)
{
    if (run.retentionRan) {
        m_retentionText = tr("Retention: %1").arg(run.retention.summary());
    } else if (!run.retentionSkipped.isEmpty()) {
        m_retentionText = tr("Retention did not run: %1").arg(run.retentionSkipped);
    }
    const auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    const engine::BackupResult &result = run.backup;
    m_result = result;
    m_running = false;
    m_ticker->stop();
    m_waitingLabel->hide();
    m_cancel->hide();
    if (result.succeeded()) {
        m_overall->setRange(0, 100);
        m_overall->setValue(100);
        m_file->setValue(100);
        m_etaLabel->clear();
        // The whole run's rate, not that of its last second.
        m_rateLabel->setText(result.seconds > 0
                                 ? tr("%1/s on average")
                                       .arg(bytesText(static_cast<qint64>(
                                           static_cast<double>(result.bytes) / result.seconds)))
                                 : QString());
        QString text = tr("<b>Backup complete.</b><br>%1<br>%2 in %3 files, %4.")
                           .arg(QDir::toNativeSeparators(result.setPath).toHtmlEscaped(),
                                bytesText(result.bytes), QString::number(result.files),
                                durationText(static_cast<qint64>(result.seconds + 0.5)));
        text +=
            QStringLiteral("<br>") +
            (result.verified ? tr("Verified: every file matches its SHA-256.")
                             : tr("Verification: %1").arg(result.verifySummary.toHtmlEscaped()));
        text += QStringLiteral("<br>") + (result.logsTruncated ? tr("The CA truncated its logs.")
                                                               : tr("The CA kept its logs."));
        if (!result.caKeyFile.isEmpty()) {
            text += QStringLiteral("<br>") + tr("CA key and certificate: %1 (password-protected)")
                                                 .arg(result.caKeyFile.toHtmlEscaped());
        }
        for (const QString &warning : result.warnings) {
            text += QStringLiteral("<br><span style='color:#8a6d3b'>%1</span>")
                        .arg(warning.toHtmlEscaped());
        }
        if (!m_retentionText.isEmpty()) {
            text += QStringLiteral("<br>") + m_retentionText.toHtmlEscaped();
        }
        m_resultLabel->setText(text);
        m_openFolder->show();
    } else if (result.outcome == engine::BackupResult::Outcome::Cancelled) {
        // The operator's own choice, not a failure: no code, no red, no figures of a run that
        // no longer goes on.
        m_stateLabel->setText(tr("Cancelled"));
        m_overall->setRange(0, 100);
        m_overall->setValue(0);
        m_file->setValue(0);
        m_fileLabel->clear();
        m_bytesLabel->clear();
        m_rateLabel->clear();
        m_etaLabel->clear();
        m_resultLabel->setText(tr("<b>Backup cancelled.</b><br>%1")
                                   .arg(tr("No set was kept; the CA's logs were left as they "
                                           "are.")));
        appendLog(tr("Backup cancelled."));
        m_retry->show();
        m_change->setVisible(!wizard->profileRun());
    } else {
        m_stateLabel->setText(tr("Failed"));
        m_overall->setRange(0, 100);
        m_rateLabel->clear();
        m_etaLabel->clear();
        const engine::ErrorText d = engine::describeError(result.hresult);
        m_resultLabel->setText(tr("<b>%1</b><br>%2<br>Code %3 %4 (in %5)<br><b>What to do:</b> %6")
                                   .arg(tr("Backup failed."), result.message.toHtmlEscaped(),
                                        d.code, d.symbol, result.failedCall.toHtmlEscaped(),
                                        result.action.toHtmlEscaped()));
        m_retry->show();
        m_change->setVisible(!wizard->profileRun());
        m_fullNow->setVisible(static_cast<quint32>(result.hresult) == 0xC8000230u);
        if (result.category == engine::ErrorCategory::NeedsElevation) {
            showElevationPrompt();
        }
    }
    if (!run.runLogError.isEmpty()) {
        m_resultLabel->setText(m_resultLabel->text() + QStringLiteral("<br>") +
                               tr("This run could not be recorded in the history: %1")
                                   .arg(run.runLogError.toHtmlEscaped()));
    }
    m_resultLabel->show();
    showResultArea();
    Q_EMIT completeChanged();
    Q_EMIT finished(result);
}

void ProgressPage::showResultArea()
{
    // As high as the result needs where the page has the room (the log keeps the rest), and
    // scrolled where it has not; the log still ends with its newest line.
    QWidget *content = m_resultArea->widget();
    content->adjustSize();
    const int needed = content->heightForWidth(m_resultArea->viewport()->width());
    m_resultArea->setMaximumHeight((needed > 0 ? needed : content->sizeHint().height()) +
                                   2 * m_resultArea->frameWidth());
    m_resultArea->show();
    QTimer::singleShot(0, m_log, [log = m_log] {
        log->verticalScrollBar()->setValue(log->verticalScrollBar()->maximum());
    });
}

void ProgressPage::showElevationPrompt()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    platform::Elevation *elevation = wizard->elevation();
    if (platform::isElevated()) {
        // A restart would change nothing: the account itself lacks the right on the CA.
        m_elevationText->setText(
            tr("This session is elevated already (on Linux: root), yet the CA refused access: "
               "the account lacks the backup right on the CA. Add it to the Backup Operators or "
               "the local Administrators of the CA server, or run the backup with an account "
               "that is one, then retry."));
        m_elevate->hide();
        m_elevationPanel->show();
        return;
    }
    m_elevate->show();
    m_elevationStatus->hide();
    QString text = tr("Backing up a CA needs the backup privilege (SeBackupPrivilege). Windows "
                      "grants it only to an elevated session of a local administrator or a CA "
                      "backup operator. Restart the application as administrator: the wizard "
                      "reopens with the same choices.");
    if (elevation == nullptr || !elevation->canRelaunch()) {
        text += QStringLiteral("\n\n") +
                tr("This system cannot restart the application elevated by itself: start it "
                   "again as an administrator (on Linux: as root).");
        m_elevate->setEnabled(false);
    } else {
        m_elevate->setEnabled(true);
    }
    m_elevationText->setText(text);
    m_elevationPanel->show();
}

} // namespace ui
