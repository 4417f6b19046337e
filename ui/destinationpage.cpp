// SPDX-License-Identifier: Apache-2.0
#include "destinationpage.h"

#include "displaytext.h"

#include "backupwizard.h"
#include "engine/destinationcheck.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStorageInfo>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

DestinationPage::DestinationPage(QWidget *parent)
    : QWizardPage(parent), m_destination(new QLineEdit(this)), m_browse(new QToolButton(this)),
      m_space(new QLabel(this)), m_preview(new QLabel(this)), m_warning(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("destinationPage"));
    setTitle(tr("Destination"));
    setSubTitle(tr("Choose the folder that holds your backup sets. Each CA gets a folder of its "
                   "own in it."));
    m_destination->setObjectName(QStringLiteral("destinationEdit"));
    m_destination->setAccessibleName(tr("Destination folder"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setText(tr("B&rowse..."));
    m_browse->setAccessibleName(tr("Choose the destination folder"));
    m_space->setObjectName(QStringLiteral("freeSpaceLabel"));
    m_space->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("setPathPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setObjectName(QStringLiteral("destinationWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a6d3b;"));

    auto *label = new QLabel(tr("&Folder:"), this);
    label->setBuddy(m_destination);
    auto *row = new QHBoxLayout;
    row->addWidget(m_destination, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_space);
    layout->addWidget(m_preview);
    layout->addWidget(m_warning);
    layout->addStretch();

    // Every keystroke updates the preview; the folder is looked at once typing pauses.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DestinationPage::startCheck);
    connect(m_destination, &QLineEdit::textChanged, this, [this] {
        m_facts.reset();
        m_space->clear();
        m_warning->hide();
        updatePreview();
        Q_EMIT completeChanged();
        m_debounce->start();
    });
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup destination"),
                                                                 m_destination->text());
        if (!chosen.isEmpty()) {
            m_destination->setText(QDir::toNativeSeparators(chosen));
        }
    });
}

void DestinationPage::initializePage()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    const WizardChoices &choices = wizard->choices();
    const QString remembered = wizard->usualDestination(choices.server);
    m_destination->setText(QDir::toNativeSeparators(
        !choices.destinationChosen && !remembered.isEmpty() ? remembered : choices.destination));
    updatePreview();
    startCheck(); // no typing to wait for
}

QString DestinationPage::currentDestination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

void DestinationPage::updatePreview()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    if (wizard == nullptr) {
        return;
    }
    const WizardChoices &choices = wizard->choices();
    const QString destination = currentDestination();
    if (destination.isEmpty()) {
        m_preview->clear();
        return;
    }
    const QString caFolder = choices.caName.isEmpty() ? tr("<CA name>") : choices.caName;
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_preview->setText(tr("The set will be written to:\n%1")
                           .arg(QDir::toNativeSeparators(
                               destination + QLatin1Char('/') + caFolder + QLatin1Char('/') +
                               stamp + QLatin1Char('-') + engine::setTypeName(choices.type))));
}

void DestinationPage::startCheck()
{
    m_debounce->stop();
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    const QString destination = currentDestination();
    if (wizard == nullptr || destination.isEmpty()) {
        return;
    }
    const QString server = wizard->choices().server;
    const QString caName = wizard->choices().caName;
    const quint64 generation = ++m_generation;
    // The watcher is this page's child: a closed wizard drops the answer.
    auto *watcher = new QFutureWatcher<Facts>(this);
    connect(watcher, &QFutureWatcher<Facts>::finished, this, [this, watcher, generation] {
        const Facts facts = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation && facts.destination == currentDestination()) {
            showFacts(facts);
        }
    });
    watcher->setFuture(QtConcurrent::run([destination, server, caName] {
        Facts facts;
        facts.destination = destination;
        const engine::DestinationProblem check =
            engine::DestinationCheck::problemOfTyped(destination);
        facts.ancestor = check.existing;
        facts.problem = check.message;
        if (facts.problem.isEmpty() && !facts.ancestor.isEmpty()) {
            facts.available = QStorageInfo(facts.ancestor).bytesAvailable();
        }
        facts.lastFull = BackupWizard::newestFullSet(destination, server, caName);
        return facts;
    }));
}

void DestinationPage::showFacts(const Facts &facts)
{
    const WizardChoices &choices = qobject_cast<BackupWizard *>(wizard())->choices();
    m_facts = facts;
    m_space->setStyleSheet(facts.problem.isEmpty() ? QString() : QStringLiteral("color: #a94442;"));
    if (!facts.problem.isEmpty()) {
        m_space->setText(facts.problem);
        m_preview->clear(); // no set goes there
    } else if (facts.lastFull && choices.type == engine::SetType::Full) {
        const qint64 expected = facts.lastFull->manifest.totalBytes();
        m_space->setText(tr("%1 free; the last full set of this CA took %2.")
                             .arg(bytesText(facts.available), bytesText(expected)) +
                         (facts.available < expected
                              ? QLatin1Char(' ') + tr("That is not enough: free space or "
                                                      "choose another folder.")
                              : QString()));
    } else {
        m_space->setText(tr("%1 free. The backup checks the space again against the sizes "
                            "the server reports before it copies each file.")
                             .arg(bytesText(facts.available)));
    }
    const bool warn =
        facts.problem.isEmpty() && choices.type == engine::SetType::LogsOnly && !facts.lastFull;
    m_warning->setText(warn ? tr("No full set of %1 is in this folder: the logs-only set will not "
                                 "be restorable from here on its own.")
                                  .arg(choices.server)
                            : QString());
    m_warning->setVisible(warn);
    Q_EMIT completeChanged();
}

bool DestinationPage::isComplete() const
{
    // Complete once the look at the folder typed now found where it can be created.
    const QString destination = currentDestination();
    return !destination.isEmpty() && m_facts && m_facts->destination == destination &&
           m_facts->problem.isEmpty();
}

bool DestinationPage::validatePage()
{
    WizardChoices &choices = qobject_cast<BackupWizard *>(wizard())->choices();
    choices.destination = currentDestination();
    choices.destinationChosen = true;
    BackupWizard::rememberDestination(choices.server, choices.destination);
    return true;
}

} // namespace ui
