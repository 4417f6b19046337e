// SPDX-License-Identifier: Apache-2.0
#include "typepage.h"

#include "backupwizard.h"
#include "platform/cakeysource.h"
#include "displaytext.h"
#include "engine/keypassword.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ui {

TypePage::TypePage(QWidget *parent)
    : QWizardPage(parent), m_full(new QRadioButton(this)), m_logs(new QRadioButton(this)),
      m_keepLogs(new QCheckBox(this)), m_explanation(new QLabel(this)), m_warning(new QLabel(this)),
      m_includeKey(new QCheckBox(this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_keyNote(new QLabel(this))
{
    setObjectName(QStringLiteral("typePage"));
    setTitle(tr("Backup type"));
    setSubTitle(tr("A full backup copies the database and its logs. A logs-only backup copies "
                   "only the logs written since the last backup."));
    m_full->setObjectName(QStringLiteral("fullRadio"));
    m_full->setText(tr("&Full (database and logs)"));
    m_logs->setObjectName(QStringLiteral("logsRadio"));
    m_logs->setText(tr("&Logs only (incremental)"));
    m_keepLogs->setObjectName(QStringLiteral("keepLogsCheck"));
    m_keepLogs->setText(tr("K&eep log files (do not truncate)"));
    m_keepLogs->setToolTip(tr("After a full backup the CA normally deletes the logs the set "
                              "holds. Keep them when another backup product also reads them."));
    m_explanation->setObjectName(QStringLiteral("typeExplanation"));
    m_explanation->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("logsWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a6d3b;"));

    auto *group = new QButtonGroup(this);
    group->addButton(m_full);
    group->addButton(m_logs);
    m_full->setChecked(true);

    m_includeKey->setObjectName(QStringLiteral("includeKeyCheck"));
    // Short, so that the page keeps the wizard's width in every language; the details go in
    // the tooltip and on the summary page.
    m_includeKey->setText(tr("Include the CA's private &key and certificate"));
    m_includeKey->setToolTip(tr("Written into the set as <CA name>.p12, protected with the key "
                                "password (AES-256). Needed to restore the CA on a new server."));
    m_password->setObjectName(QStringLiteral("keyPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Key password"));
    m_confirm->setObjectName(QStringLiteral("keyConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Confirm the key password"));
    m_keyNote->setObjectName(QStringLiteral("keyNoteLabel"));
    m_keyNote->setWordWrap(true);
    auto *keyForm = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("Key &password:"), this);
    passwordLabel->setBuddy(m_password);
    auto *confirmLabel = new QLabel(tr("C&onfirm:"), this);
    confirmLabel->setBuddy(m_confirm);
    keyForm->addRow(passwordLabel, m_password);
    keyForm->addRow(confirmLabel, m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_full);
    layout->addWidget(m_logs);
    layout->addSpacing(8);
    layout->addWidget(m_keepLogs);
    layout->addSpacing(8);
    layout->addWidget(m_explanation);
    layout->addWidget(m_warning);
    layout->addSpacing(8);
    layout->addWidget(m_includeKey);
    layout->addLayout(keyForm);
    layout->addWidget(m_keyNote);
    layout->addStretch();
    connect(m_includeKey, &QCheckBox::toggled, this, &TypePage::updateState);

    connect(m_full, &QRadioButton::toggled, this, &TypePage::updateState);
    connect(m_logs, &QRadioButton::toggled, this, &TypePage::updateState);
}

void TypePage::initializePage()
{
    const WizardChoices &choices = qobject_cast<BackupWizard *>(wizard())->choices();
    m_full->setChecked(choices.type == engine::SetType::Full);
    m_logs->setChecked(choices.type == engine::SetType::LogsOnly);
    m_keepLogs->setChecked(choices.keepLogs);
    // The key can only be exported where it is kept: on the CA itself.
    QString why;
    const bool local = platform::CaKeySource::isLocal(choices.server, &why);
    m_includeKey->setEnabled(local);
    m_includeKey->setChecked(local && choices.includeKey);
    m_keyNote->setText(local ? QString() : why);
    m_keyNote->setStyleSheet(QString());
    updateState();
}

void TypePage::updateState()
{
    const bool logs = m_logs->isChecked();
    m_keepLogs->setEnabled(!logs);
    m_password->setEnabled(m_includeKey->isChecked());
    m_confirm->setEnabled(m_includeKey->isChecked());
    if (logs) {
        m_explanation->setText(
            tr("A logs-only backup is quick and small, but it can only be restored together with "
               "the full set it extends and every logs-only set between them. The CA keeps its "
               "logs until the next full backup."));
    } else {
        m_explanation->setText(tr("A full backup can be restored on its own. Unless you keep "
                                  "them, the CA deletes the logs the set holds once it is safely "
                                  "on disk."));
    }
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    QString warning;
    if (logs && wizard != nullptr) {
        // From the inventory the main window loaded off the GUI thread.
        const WizardChoices &choices = wizard->choices();
        const std::optional<KnownServer> known = wizard->knownServer(choices.server);
        if (known && known->restoredWithoutFull.isValid()) {
            warning = tr("%1 was restored on %2 and has had no full backup since. Take a full "
                         "backup now: the CA refuses a logs-only backup until then (0xC8000230), "
                         "and sets taken before the restore cannot be chained with later ones.")
                          .arg(choices.server, timeText(known->restoredWithoutFull));
        }
        // Whether the folder holds the full set this one extends is said on the destination
        // page, against the folder actually chosen.
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

bool TypePage::validatePage()
{
    WizardChoices &choices = qobject_cast<BackupWizard *>(wizard())->choices();
    if (m_includeKey->isChecked()) {
        if (m_password->text().isEmpty() || m_password->text() != m_confirm->text()) {
            m_keyNote->setText(m_password->text().isEmpty()
                                   ? tr("Type the password that will protect the .p12 file.")
                                   : tr("The two key passwords differ."));
            m_keyNote->setStyleSheet(QStringLiteral("color: #a94442;"));
            return false;
        }
        const QString weakness = engine::KeyPassword::weakness(m_password->text());
        if (!weakness.isEmpty()) {
            m_keyNote->setText(weakness + QLatin1Char(' ') + engine::KeyPassword::advice());
            m_keyNote->setStyleSheet(QStringLiteral("color: #a94442;"));
            return false;
        }
    }
    choices.type = m_logs->isChecked() ? engine::SetType::LogsOnly : engine::SetType::Full;
    choices.keepLogs = m_keepLogs->isChecked() && !m_logs->isChecked();
    choices.includeKey = m_includeKey->isChecked();
    choices.keyPassword = choices.includeKey ? m_password->text() : QString();
    return true;
}

} // namespace ui
