// SPDX-License-Identifier: Apache-2.0
// Wizard page 1: which server. Known servers to pick from or a typed NetBIOS/DNS name, and an
// asynchronous online check; Next stays disabled until the server answered that it is online.
#pragma once

#include "onlinechecker.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace ui {

class ServerPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void startCheck();
    // The known servers as the combo's items; the typed text stays.
    void fillKnownServers();
    void onAnswer(const OnlineAnswer &answer);

    QComboBox *m_server;
    QPushButton *m_check;
    QLabel *m_state;
    QTimer *m_debounce;
    OnlineChecker *m_checker = nullptr;
    QString m_onlineServer; // the last server that answered "online"
};

} // namespace ui
