// SPDX-License-Identifier: Apache-2.0
#include "backupwizard.h"

#include "destinationpage.h"
#include "engine/enginelog.h"
#include "progresspage.h"
#include "serverpage.h"
#include "startarguments.h"
#include "summarypage.h"
#include "typepage.h"

#include <QCloseEvent>
#include <QDir>
#include <QSettings>
#include <QFile>

namespace ui {

BackupWizard::BackupWizard(engine::CertadmHandle library, QList<KnownServer> knownServers,
                           QWidget *parent)
    : QWizard(parent), m_library(std::move(library)), m_knownServers(std::move(knownServers))
{
    setObjectName(QStringLiteral("backupWizard"));
    setWindowTitle(tr("New backup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(ServerPageId, new ServerPage(this));
    setPage(TypePageId, new TypePage(this));
    setPage(DestinationPageId, new DestinationPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    m_progressPage = new ProgressPage(this);
    setPage(ProgressPageId, m_progressPage);
    setStartId(ServerPageId);
    connect(m_progressPage, &ProgressPage::finished, this, &BackupWizard::backupFinished);
    connect(m_progressPage, &ProgressPage::progressed, this, &BackupWizard::backupProgress);
    connect(m_progressPage, &ProgressPage::started, this, &BackupWizard::backupStarted);
    resize(640, 520);
}

void BackupWizard::setKnownServers(const QList<KnownServer> &knownServers)
{
    m_knownServers = knownServers;
    if (m_choices.caName.isEmpty()) {
        m_choices.caName = caNameFor(m_choices.server);
    }
    Q_EMIT knownServersChanged();
}

QString BackupWizard::caNameFor(const QString &server) const
{
    const std::optional<KnownServer> known = knownServer(server);
    return known ? known->caName : QString();
}

std::optional<KnownServer> BackupWizard::knownServer(const QString &server) const
{
    for (const KnownServer &known : m_knownServers) {
        if (known.server.compare(server, Qt::CaseInsensitive) == 0) {
            return known;
        }
    }
    return std::nullopt;
}

namespace {

QString destinationKey(const QString &server)
{
    // One entry per server, whatever the case it was typed in; '/' and '\\' would nest groups.
    QString name = server.trimmed().toLower();
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("lastDestinations/") + name;
}

} // namespace

QString BackupWizard::rememberedDestination(const QString &server)
{
    return server.trimmed().isEmpty() ? QString()
                                      : QSettings().value(destinationKey(server)).toString();
}

QString BackupWizard::usualDestination(const QString &server) const
{
    const QString remembered = rememberedDestination(server);
    if (!remembered.isEmpty()) {
        return remembered;
    }
    const std::optional<KnownServer> known = knownServer(server);
    return known ? known->lastDestination : QString();
}

void BackupWizard::rememberDestination(const QString &server, const QString &destination)
{
    if (!server.trimmed().isEmpty() && !destination.isEmpty()) {
        QSettings().setValue(destinationKey(server), destination);
    }
}

std::optional<engine::CatalogEntry> BackupWizard::newestFullSet(const QString &destination,
                                                                const QString &server,
                                                                const QString &caName)
{
    if (destination.isEmpty() || !QDir(destination).exists()) {
        return std::nullopt;
    }
    const engine::Catalog catalog = engine::Catalog::scan(destination);
    std::optional<engine::CatalogEntry> newest;
    for (const engine::CatalogEntry &entry : catalog.sets) {
        const bool same =
            entry.manifest.server.compare(server, Qt::CaseInsensitive) == 0 ||
            (!caName.isEmpty() && entry.manifest.caName.compare(caName, Qt::CaseInsensitive) == 0);
        if (same && entry.manifest.type == engine::SetType::Full) {
            newest = entry; // the catalog is sorted oldest first
        }
    }
    return newest;
}

void BackupWizard::restore(const WizardChoices &choices, PageId page)
{
    m_choices = choices;
    if (m_choices.caName.isEmpty()) {
        m_choices.caName = caNameFor(m_choices.server);
    }
    setStartId(page);
    restart();
}

void BackupWizard::backToChoices()
{
    restore(m_choices, TypePageId);
    next();
}

void BackupWizard::runProfile(const profiles::Profile &profile, profiles::SecretStore *secrets,
                              const QString &typedKeyPassword)
{
    m_profileRun = profile;
    m_secrets = secrets;
    m_typedKeyPassword = typedKeyPassword;
    WizardChoices choices;
    choices.server = profile.server;
    choices.caName = profile.caName;
    choices.type = profile.type;
    choices.keepLogs = profile.keepLogs;
    choices.destination = profile.destination;
    choices.destinationChosen = true;
    choices.includeKey = profile.includeKey;
    choices.profileName = profile.name;
    setWindowTitle(tr("Back up now: %1").arg(profile.name));
    restore(choices, ProgressPageId);
}

QStringList BackupWizard::resumeArguments() const
{
    StartArguments start;
    start.verbose = engine::verboseLoggingEnabled();
    if (m_library) {
        start.certadmLibrary = QFile::decodeName(QByteArray::fromStdString(m_library->path()));
    }
    if (m_profileRun) {
        start.profile = m_profileRun->name;
    } else {
        start.wizard = true;
        start.choices = m_choices;
    }
    return startArgumentList(start);
}

bool BackupWizard::isBackupRunning() const
{
    return m_progressPage->isRunning();
}

void BackupWizard::stopForQuit(int timeoutMs)
{
    m_progressPage->stopForQuit(timeoutMs);
}

void BackupWizard::reject()
{
    // Closing while a backup runs asks first; the backup then ends cleanly before the window goes.
    if (isBackupRunning()) {
        if (m_progressPage->confirmCancel()) {
            connect(
                m_progressPage, &ProgressPage::finished, this, [this] { QWizard::reject(); },
                Qt::SingleShotConnection);
        }
        return;
    }
    QWizard::reject();
}

void BackupWizard::closeEvent(QCloseEvent *event)
{
    if (isBackupRunning()) {
        event->ignore();
        reject();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace ui
