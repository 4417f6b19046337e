// SPDX-License-Identifier: Apache-2.0
// Wizard page 3: where the set goes. Free space against the expected size, and the set's final
// path shown before anything is written.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QToolButton;

namespace ui {

class DestinationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DestinationPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void update();

    QLineEdit *m_destination;
    QToolButton *m_browse;
    QLabel *m_space;
    QLabel *m_preview;
    QLabel *m_warning;
};

} // namespace ui
