// SPDX-License-Identifier: Apache-2.0
#include "summarypage.h"

#include "backupwizard.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent), m_summary(new QLabel(this)), m_saveProfile(new QCheckBox(this)),
      m_profileName(new QLineEdit(this)), m_profileError(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the choices, then start the backup."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileCheck"));
    m_saveProfile->setText(tr("Save as &profile:"));
    m_profileName->setObjectName(QStringLiteral("profileNameEdit"));
    m_profileName->setAccessibleName(tr("Profile name"));
    m_profileName->setEnabled(false);
    m_profileError->setObjectName(QStringLiteral("profileErrorLabel"));
    m_profileError->setWordWrap(true);
    m_profileError->setStyleSheet(QStringLiteral("color: #a94442;"));
    m_profileError->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_saveProfile);
    row->addWidget(m_profileName, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addWidget(m_profileError);
    layout->addStretch();

    connect(m_saveProfile, &QCheckBox::toggled, this, [this](bool on) {
        m_profileName->setEnabled(on);
        Q_EMIT completeChanged();
    });
    connect(m_profileName, &QLineEdit::textChanged, this, &SummaryPage::completeChanged);
}

void SummaryPage::initializePage()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    const WizardChoices &c = wizard->choices();
    const QString type = c.type == engine::SetType::Full ? tr("Full (database and logs)")
                                                         : tr("Logs only (incremental)");
    QString logs;
    if (c.type == engine::SetType::LogsOnly) {
        logs = tr("The CA keeps its logs.");
    } else if (c.keepLogs) {
        logs = tr("The CA keeps its logs (no truncation).");
    } else {
        logs = tr("Once the set is safely on disk, the CA deletes the logs it holds.");
    }
    // The key is named: a set without it restores the database but not the CA's identity.
    const QString key =
        c.includeKey ? tr("%1.p12, protected with the key password (AES-256)")
                           .arg(c.caName.isEmpty() ? tr("<CA name>") : c.caName)
                           .toHtmlEscaped()
                     : tr("not included: the set restores the database, not the CA's private key");
    m_summary->setText(QStringLiteral("<table cellspacing='4'>"
                                      "<tr><td><b>%1</b></td><td>%2</td></tr>"
                                      "<tr><td><b>%3</b></td><td>%4</td></tr>"
                                      "<tr><td><b>%5</b></td><td>%6</td></tr>"
                                      "<tr><td><b>%7</b></td><td>%8</td></tr>"
                                      "<tr><td><b>%9</b></td><td>%10</td></tr></table>")
                           .arg(tr("Server:"), c.server.toHtmlEscaped(), tr("Type:"), type,
                                tr("Destination:"),
                                QDir::toNativeSeparators(c.destination).toHtmlEscaped(),
                                tr("Logs:"), logs, tr("CA key:"), key));
    const bool canSave = static_cast<bool>(wizard->profileSaver());
    m_saveProfile->setVisible(canSave);
    m_profileName->setVisible(canSave);
    m_saveProfile->setChecked(c.saveProfile);
    m_profileName->setText(c.profileName.isEmpty() ? c.server : c.profileName);
}

bool SummaryPage::isComplete() const
{
    return !m_saveProfile->isChecked() || !m_profileName->text().trimmed().isEmpty();
}

bool SummaryPage::validatePage()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    WizardChoices &c = wizard->choices();
    c.saveProfile = m_saveProfile->isChecked();
    c.profileName = m_profileName->text().trimmed();
    if (c.saveProfile && wizard->profileSaver()) {
        QString error;
        if (!wizard->profileSaver()(c, &error)) {
            m_profileError->setText(tr("The profile was not saved: %1").arg(error));
            m_profileError->show();
            return false;
        }
    }
    m_profileError->hide();
    return true;
}

} // namespace ui
