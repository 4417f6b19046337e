// SPDX-License-Identifier: Apache-2.0
// Wizard page 2: full or logs-only, and whether to keep the logs. Logs-only is explained, and
// warned against when no full set of this CA exists at the destination. Optionally the CA key and
// certificate go along as a password-protected .p12 (only on the CA itself).
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ui {

class TypePage : public QWizardPage {
    Q_OBJECT
public:
    explicit TypePage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void updateState();

    QRadioButton *m_full;
    QRadioButton *m_logs;
    QCheckBox *m_keepLogs;
    QLabel *m_explanation;
    QLabel *m_warning;
    QCheckBox *m_includeKey;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_keyNote;
};

} // namespace ui
