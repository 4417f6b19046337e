// SPDX-License-Identifier: Apache-2.0
// The application's settings: the default destination (typed or browsed, and checked before it
// is kept: a relative path, a file, an unwritable folder or one of the system's own file systems
// is refused with the reason) and when to warn about an old full backup.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct Values {
        QString defaultDestination; // Qt's form ('/')
        int fullBackupWarningDays = 7;
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);

    // What the operator chose; valid once the dialog was accepted.
    Values values() const;

    void accept() override;

private:
    void showProblem(const QString &problem);

    QLineEdit *m_destination;
    QToolButton *m_browse;
    QLabel *m_problem;
    QSpinBox *m_days;
    QDialogButtonBox *m_buttons;
    bool m_checking = false;
};

} // namespace ui
