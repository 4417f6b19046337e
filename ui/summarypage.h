// SPDX-License-Identifier: Apache-2.0
// Wizard page 4, the commit page: what will happen, "Save as profile", and Start. There is no
// Back once the backup started.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ui {

class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QLabel *m_summary;
    QCheckBox *m_saveProfile;
    QLineEdit *m_profileName;
    QLabel *m_profileError;
};

} // namespace ui
