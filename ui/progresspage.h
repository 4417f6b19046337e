// SPDX-License-Identifier: Apache-2.0
// Wizard page 5: the running backup. Overall and per-file bars, bytes, rate, ETA, a scrolling log
// and Cancel (confirmed); "waiting for the server" while a server call is blocked. At the end:
// the result, or the code, its meaning and the next step with Retry, and the elevation prompt when
// the backup privilege is missing.
#pragma once

#include "engine/backuptypes.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QWidget;

namespace profiles {
class RunController;
struct RunResult;
} // namespace profiles

namespace ui {

class ProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    // Asks the operator, then cancels; returns whether the backup is being cancelled.
    bool confirmCancel();
    // The application quits: see profiles::RunController::stopForQuit().
    void stopForQuit(int timeoutMs);
    const engine::BackupResult &lastResult() const { return m_result; }

Q_SIGNALS:
    void finished(const engine::BackupResult &result);
    void progressed(const engine::BackupProgress &progress);
    void started(const QString &server);

private:
    void start();
    void onProgress(const engine::BackupProgress &progress);
    void onState(engine::JobState state);
    void onFinished(const profiles::RunResult &run);
    void appendLog(const QString &line);
    void showElevationPrompt();
    void showResultArea();
    void tick();

    profiles::RunController *m_controller = nullptr; // made on the first run
    QString m_retentionText;
    engine::BackupResult m_result;
    bool m_running = false;
    QElapsedTimer m_sinceActivity;

    QLabel *m_stateLabel;
    QProgressBar *m_overall;
    QLabel *m_fileLabel;
    QProgressBar *m_file;
    QLabel *m_bytesLabel;
    QLabel *m_rateLabel;
    QLabel *m_etaLabel;
    QLabel *m_waitingLabel;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QLabel *m_resultLabel;
    // The result and the elevation panel: scrolled rather than cut off on a small screen.
    QScrollArea *m_resultArea;
    QPushButton *m_openFolder;
    QPushButton *m_retry;
    QPushButton *m_change;  // back to the choices, to fix what made the run fail
    QPushButton *m_fullNow; // after a logs-only backup the CA refused for want of a full one
    bool m_fullInstead = false;
    QWidget *m_elevationPanel;
    QLabel *m_elevationText;
    QPushButton *m_elevate;
    QLabel *m_elevationStatus; // the restart under way, or why it did not happen
    QTimer *m_ticker;
};

} // namespace ui
