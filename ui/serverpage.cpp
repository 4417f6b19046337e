// SPDX-License-Identifier: Apache-2.0
#include "serverpage.h"

#include "backupwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

ServerPage::ServerPage(QWidget *parent)
    : QWizardPage(parent), m_server(new QComboBox(this)), m_check(new QPushButton(this)),
      m_state(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Server"));
    setSubTitle(tr("Choose the certification authority to back up. Type a NetBIOS or DNS name, or "
                   "pick a server you used before."));

    m_server->setObjectName(QStringLiteral("serverCombo"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setAccessibleName(tr("Server name"));
    // Screen readers land in the combo box's text field: it carries the name too.
    m_server->lineEdit()->setAccessibleName(m_server->accessibleName());
    m_check->setObjectName(QStringLiteral("checkServerButton"));
    m_check->setText(tr("&Check"));
    m_check->setAccessibleName(tr("Check whether the server is online"));
    m_state->setObjectName(QStringLiteral("serverStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setAccessibleName(tr("Server state"));

    auto *label = new QLabel(tr("&Server:"), this);
    label->setBuddy(m_server);
    auto *row = new QHBoxLayout;
    row->addWidget(m_server, 1);
    row->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_state);
    layout->addStretch();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &ServerPage::startCheck);
    connect(m_server, &QComboBox::currentTextChanged, this, [this] {
        m_state->setText(QString());
        Q_EMIT completeChanged();
        m_debounce->start();
    });
    connect(m_check, &QPushButton::clicked, this, &ServerPage::startCheck);
}

void ServerPage::initializePage()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    if (m_checker == nullptr) {
        m_checker = new OnlineChecker(wizard->library(), this);
        connect(m_checker, &OnlineChecker::answered, this, &ServerPage::onAnswer);
        connect(wizard, &BackupWizard::knownServersChanged, this, &ServerPage::fillKnownServers);
    }
    const QString current = wizard->choices().server;
    m_server->blockSignals(true);
    m_server->setEditText(current);
    m_server->blockSignals(false);
    fillKnownServers();
    if (!current.isEmpty()) {
        startCheck();
    }
}

void ServerPage::fillKnownServers()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    const QString typed = m_server->currentText();
    m_server->blockSignals(true);
    m_server->clear();
    // Items are bare server names, because choosing one puts its text in the edit field; the CA
    // name goes to the tooltip.
    for (const KnownServer &known : wizard->knownServers()) {
        m_server->addItem(known.server, known.caName);
        if (!known.caName.isEmpty()) {
            m_server->setItemData(m_server->count() - 1, known.caName, Qt::ToolTipRole);
        }
    }
    m_server->setEditText(typed);
    m_server->blockSignals(false);
}

void ServerPage::startCheck()
{
    m_debounce->stop();
    const QString server = m_server->currentText().trimmed();
    if (server.isEmpty()) {
        m_state->setText(QString());
        return;
    }
    m_state->setText(tr("Checking %1...").arg(server));
    m_checker->check(server);
}

void ServerPage::onAnswer(const OnlineAnswer &answer)
{
    if (answer.server != m_server->currentText().trimmed()) {
        return; // an answer about a name the operator has since changed
    }
    m_state->setText(answer.text);
    m_state->setProperty("state", static_cast<int>(answer.state));
    m_onlineServer = answer.state == OnlineAnswer::State::Online ? answer.server : QString();
    Q_EMIT completeChanged();
}

bool ServerPage::isComplete() const
{
    return !m_onlineServer.isEmpty() && m_onlineServer == m_server->currentText().trimmed();
}

bool ServerPage::validatePage()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    wizard->choices().server = m_server->currentText().trimmed();
    wizard->choices().caName = wizard->caNameFor(wizard->choices().server);
    return true;
}

} // namespace ui
