// SPDX-License-Identifier: Apache-2.0
// The restore wizard: the set (from the history or a folder, with the chain it ends), the target
// and what to restore, a confirmation with the CA name typed, and the progress and result with
// the next step. In drill mode ("Test restore") it proves the set restorable on a scratch copy
// and touches no CA: set, then progress. The restore itself lives in the engine (RestoreJob).
#pragma once

#include "engine/certadmloader.h"
#include "engine/restorejob.h"
#include "engine/restoreplan.h"

#include <QWizard>

#include <memory>

namespace ui {

struct RestoreChoices {
    QString setPath;
    QString server;
    bool database = true;
    bool caKey = false;
    QString keyPassword;
    bool stopService = true;
    bool startService = true;
    bool force = false;
};

class RestoreProgressPage;

class RestoreWizard : public QWizard {
    Q_OBJECT
public:
    enum class Mode { Restore, Drill };
    enum PageId { SetPageId, TargetPageId, ConfirmPageId, ProgressPageId };

    RestoreWizard(Mode mode, engine::CertadmHandle library, const QString &setPath,
                  QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    RestoreChoices &choices() { return m_choices; }
    const engine::RestorePlan &plan() const { return m_plan; }
    void setPlan(const engine::RestorePlan &plan) { m_plan = plan; }
    engine::CertadmHandle library() const { return m_library; }
    bool isRunning() const;

Q_SIGNALS:
    void restoreFinished(const engine::RestoreResult &result);
    // "Take a full backup now" on the result page.
    void fullBackupRequested(const QString &server);

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Mode m_mode;
    engine::CertadmHandle m_library;
    RestoreChoices m_choices;
    engine::RestorePlan m_plan;
    RestoreProgressPage *m_progress = nullptr;
};

} // namespace ui
