// SPDX-License-Identifier: Apache-2.0
#include "destinationpage.h"

#include "backupwizard.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStorageInfo>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {
namespace {

// The nearest folder that exists: the destination itself may be created by the backup.
QString existingAncestor(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists() && !info.absolutePath().isEmpty() &&
           info.absoluteFilePath() != info.absolutePath()) {
        info = QFileInfo(info.absolutePath());
    }
    return info.exists() ? info.absoluteFilePath() : QString();
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

DestinationPage::DestinationPage(QWidget *parent)
    : QWizardPage(parent), m_destination(new QLineEdit(this)), m_browse(new QToolButton(this)),
      m_space(new QLabel(this)), m_preview(new QLabel(this)), m_warning(new QLabel(this))
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

    connect(m_destination, &QLineEdit::textChanged, this, [this] {
        update();
        Q_EMIT completeChanged();
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
    m_destination->setText(
        QDir::toNativeSeparators(qobject_cast<BackupWizard *>(wizard())->choices().destination));
    update();
}

void DestinationPage::update()
{
    auto *wizard = qobject_cast<BackupWizard *>(this->wizard());
    if (wizard == nullptr) {
        return;
    }
    const WizardChoices &choices = wizard->choices();
    const QString destination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    if (destination.isEmpty()) {
        m_space->clear();
        m_preview->clear();
        m_warning->hide();
        return;
    }
    const std::optional<engine::CatalogEntry> lastFull =
        BackupWizard::newestFullSet(destination, choices.server, choices.caName);
    const QString ancestor = existingAncestor(destination);
    if (ancestor.isEmpty()) {
        m_space->setText(tr("This folder cannot be created here."));
    } else {
        const qint64 available = QStorageInfo(ancestor).bytesAvailable();
        if (lastFull && choices.type == engine::SetType::Full) {
            const qint64 expected = lastFull->manifest.totalBytes();
            m_space->setText(tr("%1 free; the last full set of this CA took %2.")
                                 .arg(bytesText(available), bytesText(expected)) +
                             (available < expected
                                  ? QLatin1Char(' ') + tr("That is not enough: free space or "
                                                          "choose another folder.")
                                  : QString()));
        } else {
            m_space->setText(tr("%1 free. The backup checks the space again against the sizes "
                                "the server reports before it copies each file.")
                                 .arg(bytesText(available)));
        }
    }
    const QString caFolder = choices.caName.isEmpty() ? tr("<CA name>") : choices.caName;
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_preview->setText(tr("The set will be written to:\n%1")
                           .arg(QDir::toNativeSeparators(
                               destination + QLatin1Char('/') + caFolder + QLatin1Char('/') +
                               stamp + QLatin1Char('-') + engine::setTypeName(choices.type))));
    const bool warn = choices.type == engine::SetType::LogsOnly && !lastFull;
    m_warning->setText(warn ? tr("No full set of %1 is in this folder: the logs-only set will not "
                                 "be restorable from here on its own.")
                                  .arg(choices.server)
                            : QString());
    m_warning->setVisible(warn);
}

bool DestinationPage::isComplete() const
{
    const QString destination = m_destination->text().trimmed();
    return !destination.isEmpty() &&
           QDir::isAbsolutePath(QDir::fromNativeSeparators(destination)) &&
           !existingAncestor(QDir::fromNativeSeparators(destination)).isEmpty();
}

bool DestinationPage::validatePage()
{
    qobject_cast<BackupWizard *>(wizard())->choices().destination =
        QDir::fromNativeSeparators(m_destination->text().trimmed());
    return true;
}

} // namespace ui
