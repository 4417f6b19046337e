// SPDX-License-Identifier: Apache-2.0
#include "serverpage.h"

#include "backupwizard.h"
#include "displaytext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {
namespace {

constexpr int kCaNameRole = Qt::UserRole;
constexpr int kStateRole = Qt::UserRole + 1;  // the state's text
constexpr int kOnlineRole = Qt::UserRole + 2; // engine::OnlineState

// "Contoso Issuing CA 01 on CA01 — Online" for an item whose text is "CA01": the item keeps the
// bare server name, which choosing it puts into the edit field.
QString describeItem(const QModelIndex &index)
{
    const QString server = index.data(Qt::DisplayRole).toString();
    const QString caName = index.data(kCaNameRole).toString();
    QString text = caName.isEmpty() ? server : ServerPage::tr("%1 on %2").arg(caName, server);
    const QString state = index.data(kStateRole).toString();
    if (!state.isEmpty()) {
        text = ServerPage::tr("%1 — %2").arg(text, state);
    }
    return text;
}

class KnownServerDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = describeItem(index);
        // The icon is the list's alone: the edit field shows no state it has not checked.
        const QVariant state = index.data(kOnlineRole);
        if (state.isValid()) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = onlineIcon(static_cast<engine::OnlineState>(state.toInt()));
            option->decorationSize = QSize(16, 16);
        }
    }
};

} // namespace

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
    m_server->setItemDelegate(new KnownServerDelegate(m_server));
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
    const QList<KnownServer> known = wizard->knownServers();
    bool sameServers = known.size() == m_server->count();
    for (int i = 0; sameServers && i < known.size(); ++i) {
        sameServers = m_server->itemText(i) == known.at(i).server;
    }
    const QString typed = m_server->currentText();
    m_server->blockSignals(true);
    if (!sameServers) {
        m_server->clear();
    }
    // A new state of the same servers changes the items in place: an open list stays open.
    for (int i = 0; i < known.size(); ++i) {
        const KnownServer &server = known.at(i);
        if (!sameServers) {
            m_server->addItem(server.server);
        }
        m_server->setItemData(i, server.caName, kCaNameRole);
        m_server->setItemData(i, server.stateText, kStateRole);
        m_server->setItemData(i, static_cast<int>(server.state), kOnlineRole);
        m_server->setItemData(i, describeItem(m_server->model()->index(i, 0)),
                              Qt::AccessibleTextRole);
    }
    // An item's new data puts its text into the edit field when it is the current one: the
    // operator's typing stays.
    if (m_server->currentText() != typed) {
        m_server->setEditText(typed);
    }
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
