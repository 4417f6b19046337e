// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "backupwizard.h"
#include "catalog.h"
#include "desktopnotifications.h"
#include "elevation.h"
#include "messagebar.h"
#include "notifier.h"
#include "partialset.h"
#include "restorewizard.h"
#include "keychainsecretstore.h"
#include "memorysecretstore.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "runlog.h"
#include "serverdiscovery.h"
#include "setverifier.h"
#include "uiresources.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace ui {
namespace {

enum ServerColumn {
    ServerName,
    ServerCa,
    ServerState,
    ServerLastRun,
    ServerLastFull,
    ServerColumns
};
enum HistoryColumn {
    HistoryTime,
    HistoryServer,
    HistoryType,
    HistorySize,
    HistoryDuration,
    HistoryResult,
    HistoryColumns
};
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kSetRole = Qt::UserRole + 2;

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

QString typeText(engine::SetType type)
{
    return type == engine::SetType::Full ? MainWindow::tr("Full") : MainWindow::tr("Logs only");
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const certadm::CertadmLibrary> library, QString libraryError,
                       QWidget *parent)
    : QMainWindow(parent), m_library(std::move(library)), m_messageBar(new MessageBar(this)),
      m_servers(makeTable(
          this, QStringLiteral("serverTable"),
          {tr("Server"), tr("CA name"), tr("State"), tr("Last backup"), tr("Last full backup")})),
      m_history(makeTable(
          this, QStringLiteral("historyTable"),
          {tr("Time"), tr("Server"), tr("Type"), tr("Size"), tr("Duration"), tr("Result")})),
      m_profiles(makeTable(this, QStringLiteral("profileTable"),
                           {tr("Profile"), tr("Server"), tr("Type"), tr("Destination"),
                            tr("CA key"), tr("Retention"), tr("Notes")})),
      m_profileStore(std::make_unique<profiles::ProfileStore>()),
      m_keychain(std::make_unique<profiles::KeychainSecretStore>()),
      m_sessionSecrets(std::make_unique<profiles::MemorySecretStore>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertSrv Backup Manager"));
    setWindowIcon(icon(QStringLiteral("certsrv-backup")));
    m_servers->setAccessibleName(tr("Servers"));
    m_history->setAccessibleName(tr("History of backups"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_messageBar);
    auto *splitter = new QSplitter(Qt::Vertical, central);
    auto *tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->addTab(m_servers, tr("&Servers"));
    tabs->addTab(m_profiles, tr("&Profiles"));
    m_profiles->setAccessibleName(tr("Saved profiles"));
    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyLabel = new QLabel(tr("&History"), historyBox);
    historyLabel->setBuddy(m_history);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history);
    splitter->addWidget(tabs);
    splitter->addWidget(historyBox);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_checker = new OnlineChecker(m_library, this);
    connect(m_checker, &OnlineChecker::answered, this, [this](const OnlineAnswer &answer) {
        for (int row = 0; row < m_servers->rowCount(); ++row) {
            if (m_servers->item(row, ServerName)->text() == answer.server) {
                QTableWidgetItem *cell =
                    item(answer.state == OnlineAnswer::State::Online   ? tr("Online")
                         : answer.state == OnlineAnswer::State::Paused ? tr("Paused")
                                                                       : tr("Unreachable"));
                cell->setToolTip(answer.text);
                if (answer.state != OnlineAnswer::State::Online) {
                    cell->setForeground(QColor(0xa9, 0x44, 0x42));
                }
                m_servers->setItem(row, ServerState, cell);
            }
        }
        if (!m_checkQueue.isEmpty()) {
            m_checker->check(m_checkQueue.takeFirst());
        }
    });

    buildActions();
    buildTray();
    m_desktop = new DesktopNotifications(this);
    m_notifier = new Notifier(m_tray, m_desktop, m_messageBar, this);
    connect(m_notifier, &Notifier::activated, this, &MainWindow::showHistoryEntry);

    resize(900, 600);
    if (!m_library) {
        m_newBackup->setEnabled(false);
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  libraryError + QLatin1Char(' ') +
                                      tr("Backups are not possible until the library loads."));
    }
    QString error;
    if (!m_profileStore->load(&error)) {
        m_profilesError = error;
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The saved profiles cannot be read: %1").arg(error));
    }
    refresh();
    reportUnattendedFailures();
}

void MainWindow::setSecretStore(std::unique_ptr<profiles::SecretStore> keychain)
{
    m_keychain = std::move(keychain);
}

profiles::SecretStore *MainWindow::secretsFor(const QString &profileName) const
{
    return m_sessionProfiles.contains(profileName, Qt::CaseInsensitive) ? m_sessionSecrets.get()
                                                                        : m_keychain.get();
}

MainWindow::~MainWindow() = default;

MainWindow::Settings MainWindow::loadSettings()
{
    QSettings settings;
    Settings s;
    s.defaultDestination =
        settings
            .value(QStringLiteral("destination"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                       QStringLiteral("/CA backups"))
            .toString();
    s.fullBackupWarningDays = settings.value(QStringLiteral("fullBackupWarningDays"), 7).toInt();
    return s;
}

void MainWindow::saveSettings(const Settings &s)
{
    QSettings settings;
    settings.setValue(QStringLiteral("destination"), s.defaultDestination);
    settings.setValue(QStringLiteral("fullBackupWarningDays"), s.fullBackupWarningDays);
}

void MainWindow::buildActions()
{
    QToolBar *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newBackup = toolbar->addAction(icon(QStringLiteral("backup")), tr("&New backup..."), this,
                                     [this] { openWizard(); });
    m_newBackup->setObjectName(QStringLiteral("newBackupAction"));
    m_newBackup->setShortcut(QKeySequence::New);
    m_verify = toolbar->addAction(icon(QStringLiteral("verify")), tr("&Verify set"), this,
                                  &MainWindow::verifySelected);
    m_verify->setObjectName(QStringLiteral("verifyAction"));
    m_verify->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_openFolder = toolbar->addAction(icon(QStringLiteral("folder")), tr("&Open folder"), this,
                                      &MainWindow::openSelectedFolder);
    m_openFolder->setObjectName(QStringLiteral("openFolderAction"));
    m_restore = toolbar->addAction(icon(QStringLiteral("folder")), tr("&Restore..."), this,
                                   [this] { openRestoreWizard(false); });
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    // Toolbar buttons take no mnemonics: a shortcut makes restore reachable from the keyboard.
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_restore->setToolTip(tr("Restore the selected set (and the sets it depends on) into the CA "
                             "on this computer"));
    m_drill = toolbar->addAction(icon(QStringLiteral("verify")), tr("Te&st restore..."), this,
                                 [this] { openRestoreWizard(true); });
    m_drill->setObjectName(QStringLiteral("drillAction"));
    m_drill->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_drill->setToolTip(tr("Prove the selected set restorable on a scratch copy; no CA is "
                           "touched"));
    m_backUpNow = toolbar->addAction(icon(QStringLiteral("backup")), tr("&Back up now"), this,
                                     [this] { backUpNow(selectedProfileName()); });
    m_backUpNow->setObjectName(QStringLiteral("backUpNowAction"));
    m_backUpNow->setToolTip(tr("Run the selected profile now"));
    toolbar->addSeparator();
    QAction *newProfile = toolbar->addAction(
        tr("New &profile..."), this, [this] { editProfile(int(ProfileDialog::Mode::Create)); });
    newProfile->setObjectName(QStringLiteral("newProfileAction"));
    m_editProfile = toolbar->addAction(tr("&Edit..."), this,
                                       [this] { editProfile(int(ProfileDialog::Mode::Edit)); });
    m_editProfile->setObjectName(QStringLiteral("editProfileAction"));
    m_duplicateProfile = toolbar->addAction(
        tr("D&uplicate..."), this, [this] { editProfile(int(ProfileDialog::Mode::Duplicate)); });
    m_duplicateProfile->setObjectName(QStringLiteral("duplicateProfileAction"));
    m_deleteProfile = toolbar->addAction(tr("&Delete"), this, &MainWindow::deleteProfile);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileAction"));
    auto updateProfileActions = [this] {
        const bool selected = !selectedProfileName().isEmpty();
        m_backUpNow->setEnabled(selected && m_library != nullptr);
        m_editProfile->setEnabled(selected);
        m_duplicateProfile->setEnabled(selected);
        m_deleteProfile->setEnabled(selected);
    };
    connect(m_profiles, &QTableWidget::itemSelectionChanged, this, updateProfileActions);
    updateProfileActions();
    toolbar->addSeparator();
    QAction *settings = toolbar->addAction(icon(QStringLiteral("settings")), tr("Se&ttings..."),
                                           this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    QAction *reload = new QAction(tr("Re&fresh"), this);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::refresh);
    addAction(reload);
    auto updateSelection = [this] {
        const bool hasSet = !selectedSetPath().isEmpty();
        m_verify->setEnabled(hasSet);
        m_openFolder->setEnabled(hasSet);
        m_drill->setEnabled(hasSet && m_library != nullptr);
    };
    m_restore->setEnabled(m_library != nullptr);
    m_history->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_history, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (selectedSetPath().isEmpty()) {
            return;
        }
        QMenu menu(this);
        menu.addAction(m_restore);
        menu.addAction(m_drill);
        menu.addAction(m_verify);
        menu.addAction(m_openFolder);
        menu.exec(m_history->viewport()->mapToGlobal(at));
    });
    connect(m_history, &QTableWidget::itemSelectionChanged, this, updateSelection);
    updateSelection();
    connect(m_history, &QTableWidget::itemDoubleClicked, this, &MainWindow::openSelectedFolder);
}

void MainWindow::buildTray()
{
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("&Show"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(m_newBackup);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    updateTray(tr("CertSrv Backup Manager: idle"), QStringLiteral("tray-idle"));
    // A tray that appears after the application started (a desktop still loading) is picked up.
    auto showWhenReady = [this] {
        if (QSystemTrayIcon::isSystemTrayAvailable() && !m_tray->isVisible()) {
            m_tray->show();
        }
    };
    showWhenReady();
    auto *retry = new QTimer(this);
    retry->setInterval(5000);
    connect(retry, &QTimer::timeout, this, [retry, showWhenReady, this] {
        showWhenReady();
        if (m_tray->isVisible()) {
            retry->stop();
        }
    });
    if (!m_tray->isVisible()) {
        retry->start();
    }
}

void MainWindow::updateTray(const QString &tooltip, const QString &iconName)
{
    m_tray->setIcon(icon(iconName));
    m_tray->setToolTip(tooltip);
    m_tray->setProperty("state", iconName);
}

void MainWindow::refresh()
{
    refreshProfiles();
    const Settings settings = loadSettings();
    const QList<engine::RunRecord> runs = engine::RunLog().read(1000);

    // Destinations: the default one and every folder a recorded set lives in.
    QStringList destinations{settings.defaultDestination};
    for (const profiles::Profile &profile : m_profileStore->profiles()) {
        if (!destinations.contains(profile.destination)) {
            destinations.append(profile.destination);
        }
    }
    for (const engine::RunRecord &run : runs) {
        if (!run.setPath.isEmpty()) {
            const QString destination =
                QFileInfo(QFileInfo(run.setPath).absolutePath()).absolutePath();
            if (!destinations.contains(destination)) {
                destinations.append(destination);
            }
        }
    }
    sweepUnfinishedSets(destinations);
    QList<engine::CatalogEntry> sets;
    for (const QString &destination : std::as_const(destinations)) {
        if (QDir(destination).exists()) {
            sets += engine::Catalog::scan(destination).sets;
        }
    }

    // Servers: discovered, used before, and those whose sets are on disk.
    std::map<QString, QString> servers; // upper-case name -> CA name
    QMap<QString, QString> displayName;
    auto addServer = [&](const QString &server, const QString &caName) {
        if (server.isEmpty()) {
            return;
        }
        const QString key = server.toUpper();
        displayName.insert(key, displayName.value(key, server));
        if (servers[key].isEmpty()) {
            servers[key] = caName;
        }
    };
    for (const platform::DiscoveredServer &found : platform::discoverServers()) {
        addServer(found.server, found.caName);
    }
    for (const engine::RunRecord &run : runs) {
        addServer(run.server, run.caName);
    }
    for (const engine::CatalogEntry &set : std::as_const(sets)) {
        addServer(set.manifest.server, set.manifest.caName);
    }
    for (const profiles::Profile &profile : m_profileStore->profiles()) {
        addServer(profile.server, profile.caName);
    }

    m_servers->setRowCount(0);
    m_checkQueue.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[key, caName] : servers) {
        const int row = m_servers->rowCount();
        m_servers->insertRow(row);
        const QString name = displayName.value(key);
        m_servers->setItem(row, ServerName, item(name));
        m_servers->setItem(row, ServerCa, item(caName));
        m_servers->setItem(row, ServerState, item(tr("Checking...")));
        const engine::RunRecord *last = nullptr;
        const engine::RunRecord *lastRestore = nullptr;
        for (const engine::RunRecord &run : runs) {
            if (run.server.compare(name, Qt::CaseInsensitive) != 0) {
                continue;
            }
            if (run.kind == engine::RunKind::Backup) {
                last = &run;
            } else if (run.kind == engine::RunKind::Restore && run.succeeded()) {
                lastRestore = &run;
            }
        }
        if (last != nullptr) {
            QTableWidgetItem *cell =
                item(last->succeeded()
                         ? tr("%1: succeeded").arg(timeText(last->time))
                         : tr("%1: %2 (%3)")
                               .arg(timeText(last->time),
                                    last->outcome == engine::RunOutcome::Cancelled ? tr("cancelled")
                                                                                   : tr("failed"),
                                    last->hresult));
            if (!last->succeeded()) {
                cell->setForeground(QColor(0xa9, 0x44, 0x42));
                cell->setToolTip(last->message + QLatin1Char(' ') + last->action);
            }
            m_servers->setItem(row, ServerLastRun, cell);
        } else {
            m_servers->setItem(row, ServerLastRun, item(tr("never")));
        }
        QDateTime lastFull;
        for (const engine::CatalogEntry &set : std::as_const(sets)) {
            if (set.manifest.type == engine::SetType::Full &&
                set.manifest.server.compare(name, Qt::CaseInsensitive) == 0 &&
                set.manifest.finished > lastFull) {
                lastFull = set.manifest.finished;
            }
        }
        QTableWidgetItem *fullCell = nullptr;
        if (!lastFull.isValid()) {
            fullCell = item(tr("no full set found"));
            fullCell->setForeground(QColor(0x8a, 0x6d, 0x3b));
        } else {
            const qint64 days = lastFull.daysTo(now);
            fullCell = item(days == 0   ? tr("today")
                            : days == 1 ? tr("yesterday")
                                        : tr("%1 days ago").arg(days));
            fullCell->setToolTip(timeText(lastFull));
            if (days > settings.fullBackupWarningDays) {
                fullCell->setText(tr("%1: older than the limit of %2 days")
                                      .arg(fullCell->text())
                                      .arg(settings.fullBackupWarningDays));
                fullCell->setForeground(QColor(0xa9, 0x44, 0x42));
            }
        }
        if (lastRestore != nullptr && (!lastFull.isValid() || lastRestore->time > lastFull)) {
            // Sets taken before a restore cannot be chained with later ones.
            fullCell->setText(
                tr("restored %1: take a full backup").arg(timeText(lastRestore->time)));
            fullCell->setForeground(QColor(0xa9, 0x44, 0x42));
        }
        fullCell->setData(kKeyRole, lastFull);
        m_servers->setItem(row, ServerLastFull, fullCell);
        m_checkQueue.append(name);
    }
    m_servers->resizeColumnsToContents();
    if (m_library && !m_checkQueue.isEmpty() && !m_checker->isChecking()) {
        m_checker->check(m_checkQueue.takeFirst());
    }

    // History: every recorded run, newest first, and sets on disk that no run recorded.
    m_history->setRowCount(0);
    QStringList recordedSets;
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        const engine::RunRecord &run = *it;
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        QTableWidgetItem *time = item(timeText(run.time));
        time->setData(kKeyRole,
                      run.setPath.isEmpty() ? run.time.toString(Qt::ISODateWithMs) : run.setPath);
        time->setData(kSetRole, run.setPath);
        m_history->setItem(row, HistoryTime, time);
        m_history->setItem(row, HistoryServer, item(run.server));
        m_history->setItem(row, HistoryType,
                           item(run.kind == engine::RunKind::Restore ? tr("Restore")
                                : run.kind == engine::RunKind::Drill ? tr("Test restore")
                                                                     : typeText(run.type)));
        m_history->setItem(row, HistorySize,
                           item(run.succeeded() ? bytesText(run.bytes) : QString()));
        m_history->setItem(row, HistoryDuration,
                           item(QStringLiteral("%1 s").arg(run.seconds, 0, 'f', 1)));
        QString result;
        switch (run.outcome) {
        case engine::RunOutcome::Succeeded:
            result =
                run.kind == engine::RunKind::Drill && run.certificates >= 0
                    ? tr("Passed: %n certificate(s)", nullptr, static_cast<int>(run.certificates))
                    : tr("Succeeded");
            break;
        case engine::RunOutcome::Cancelled:
            result = tr("Cancelled");
            break;
        case engine::RunOutcome::Failed:
            result = tr("Failed: %1").arg(run.hresult);
            break;
        }
        if (run.source == engine::RunSource::Profile) {
            result += QStringLiteral(" (%1)").arg(run.profileName);
        }
        QTableWidgetItem *resultCell = item(result);
        if (!run.succeeded()) {
            resultCell->setForeground(QColor(0xa9, 0x44, 0x42));
            resultCell->setToolTip(run.message + QLatin1Char(' ') + run.action);
        }
        m_history->setItem(row, HistoryResult, resultCell);
        if (!run.setPath.isEmpty()) {
            recordedSets.append(QFileInfo(run.setPath).absoluteFilePath());
        }
    }
    for (auto it = sets.crbegin(); it != sets.crend(); ++it) {
        if (recordedSets.contains(it->path)) {
            continue;
        }
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        QTableWidgetItem *time = item(timeText(it->manifest.finished));
        time->setData(kKeyRole, it->path);
        time->setData(kSetRole, it->path);
        m_history->setItem(row, HistoryTime, time);
        m_history->setItem(row, HistoryServer, item(it->manifest.server));
        m_history->setItem(row, HistoryType, item(typeText(it->manifest.type)));
        m_history->setItem(row, HistorySize, item(bytesText(it->manifest.totalBytes())));
        m_history->setItem(
            row, HistoryDuration,
            item(QStringLiteral("%1 s").arg(it->manifest.started.secsTo(it->manifest.finished))));
        m_history->setItem(row, HistoryResult, item(tr("Set on disk")));
    }
    m_history->resizeColumnsToContents();
}

void MainWindow::refreshProfiles()
{
    const QString selected = selectedProfileName();
    m_profiles->setRowCount(0);
    for (const profiles::Profile &p : m_profileStore->profiles()) {
        const int row = m_profiles->rowCount();
        m_profiles->insertRow(row);
        m_profiles->setItem(row, 0, item(p.name));
        m_profiles->setItem(row, 1, item(p.server));
        m_profiles->setItem(row, 2,
                            item(typeText(p.type) + (p.keepLogs ? tr(", logs kept") : QString())));
        m_profiles->setItem(row, 3, item(QDir::toNativeSeparators(p.destination)));
        m_profiles->setItem(row, 4,
                            item(!p.includeKey ? tr("no")
                                 : p.keyPasswordSource == profiles::KeyPasswordSource::Keychain
                                     ? tr("yes, password in the keychain")
                                     : tr("yes, password asked each time")));
        m_profiles->setItem(row, 5,
                            item(p.keepFull == 0
                                     ? tr("keep all")
                                     : tr("keep the last %1 full sets").arg(p.keepFull)));
        m_profiles->setItem(row, 6, item(p.notes));
        if (p.name == selected) {
            m_profiles->selectRow(row);
        }
    }
    m_profiles->resizeColumnsToContents();
}

QString MainWindow::selectedProfileName() const
{
    const QList<QTableWidgetItem *> selected = m_profiles->selectedItems();
    return selected.isEmpty() ? QString() : m_profiles->item(selected.first()->row(), 0)->text();
}

void MainWindow::editProfile(int modeValue)
{
    const auto mode = static_cast<ProfileDialog::Mode>(modeValue);
    if (!m_profilesError.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Profiles cannot be changed while the profile file cannot be "
                                     "read: %1")
                                      .arg(m_profilesError));
        return;
    }
    profiles::Profile profile;
    if (mode == ProfileDialog::Mode::Create) {
        profile.destination = loadSettings().defaultDestination;
        const QList<QTableWidgetItem *> server = m_servers->selectedItems();
        if (!server.isEmpty()) {
            profile.server = m_servers->item(server.first()->row(), ServerName)->text();
            profile.caName = m_servers->item(server.first()->row(), ServerCa)->text();
        }
    } else {
        const std::optional<profiles::Profile> found = m_profileStore->find(selectedProfileName());
        if (!found) {
            return;
        }
        profile = *found;
    }
    QStringList servers;
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        servers << m_servers->item(row, ServerName)->text();
    }
    ProfileDialog dialog(mode, profile, m_profileStore.get(), secretsFor(profile.name),
                         m_sessionSecrets.get(), servers, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (dialog.usesSessionSecret()) {
            m_sessionProfiles.append(dialog.profile().name);
        }
        refresh();
        m_messageBar->showMessage(MessageBar::Kind::Success,
                                  tr("Profile \"%1\" saved.").arg(dialog.profile().name), {}, 8000);
    }
}

void MainWindow::deleteProfile()
{
    const QString name = selectedProfileName();
    if (name.isEmpty()) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete profile"),
            tr("Delete the profile \"%1\"? Its backup sets stay where they are.").arg(name)) !=
        QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!m_profileStore->remove(name, &error)) {
        m_messageBar->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    // Its key password goes too; a keychain that does not answer is said, not ignored.
    secretsFor(name)->remove(
        profiles::keyPasswordSecretKey(name), this,
        [this, name](const profiles::SecretResult &result) {
            if (!result.ok() && result.status != profiles::SecretStatus::NotFound) {
                m_messageBar->showMessage(MessageBar::Kind::Warning,
                                          tr("The profile is deleted, but its key password could "
                                             "not be removed from %1: %2")
                                              .arg(result.storeName, result.message()));
            }
        });
    m_sessionProfiles.removeAll(name);
    refresh();
}

bool MainWindow::saveWizardProfile(const WizardChoices &choices, QString *error)
{
    if (!m_profilesError.isEmpty()) {
        *error = m_profilesError;
        return false;
    }
    profiles::Profile profile;
    profile.name = choices.profileName;
    profile.server = choices.server;
    profile.caName = choices.caName;
    profile.type = choices.type;
    profile.keepLogs = choices.keepLogs;
    profile.destination = choices.destination;
    profile.includeKey = choices.includeKey;
    profile.keyPasswordSource = profiles::KeyPasswordSource::Keychain;
    const QString invalid = profile.validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    if (!m_profileStore->save(profile, error)) {
        return false;
    }
    if (choices.includeKey) {
        const QString name = profile.name;
        m_keychain->write(profiles::keyPasswordSecretKey(name), choices.keyPassword, this,
                          [this, name](const profiles::SecretResult &result) {
                              if (!result.ok()) {
                                  m_messageBar->showMessage(
                                      MessageBar::Kind::Warning,
                                      tr("The profile \"%1\" is saved, but its key password is "
                                         "not: %2 Edit the profile to choose \"ask me each "
                                         "time\" or to keep it for this session.")
                                          .arg(name, result.message()));
                              }
                          });
    }
    refresh();
    return true;
}

BackupWizard *MainWindow::backUpNow(const QString &profileName)
{
    const std::optional<profiles::Profile> profile = m_profileStore->find(profileName);
    if (!profile) {
        // Named on the command line (an elevated restart) and removed meanwhile.
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("There is no profile named \"%1\".").arg(profileName));
        return nullptr;
    }
    if (!m_library) {
        return nullptr;
    }
    if (m_wizard != nullptr) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Finish or close the open backup window first."));
        m_wizard->raise();
        return nullptr;
    }
    QString typed;
    if (profile->includeKey &&
        profile->keyPasswordSource == profiles::KeyPasswordSource::AskEachTime) {
        bool ok = false;
        typed = QInputDialog::getText(
            this, tr("CA key password"),
            tr("Password that protects %1.p12 of this run:")
                .arg(profile->caName.isEmpty() ? profile->server : profile->caName),
            QLineEdit::Password, QString(), &ok);
        if (!ok || typed.isEmpty()) {
            return nullptr;
        }
    }
    BackupWizard *wizard = createWizard();
    wizard->runProfile(*profile, secretsFor(profile->name), typed);
    wizard->show();
    return wizard;
}

void MainWindow::reportUnattendedFailures()
{
    // The newest run of each server: a failed scheduled run is shown until dismissed.
    std::map<QString, engine::RunRecord> newest;
    for (const engine::RunRecord &run : engine::RunLog().read(1000)) {
        newest[run.server.toUpper()] = run;
    }
    QStringList failures;
    QString key;
    for (const auto &[server, run] : newest) {
        if (!run.succeeded() && run.source != engine::RunSource::Wizard) {
            failures.append(
                tr("The unattended backup of %1 failed at %2: %3 (%4). %5")
                    .arg(run.server, timeText(run.time), run.message, run.hresult, run.action));
            key = run.time.toString(Qt::ISODateWithMs);
        }
    }
    if (!failures.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error, failures.join(QLatin1Char('\n')),
                                  {{tr("Show"), QStringLiteral("show:") + key}});
    }
}

QString MainWindow::selectedSetPath() const
{
    const QList<QTableWidgetItem *> selected = m_history->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    const QTableWidgetItem *time = m_history->item(selected.first()->row(), HistoryTime);
    return time != nullptr ? time->data(kSetRole).toString() : QString();
}

void MainWindow::showHistoryEntry(const QString &key)
{
    showNormal();
    raise();
    activateWindow();
    for (int row = 0; row < m_history->rowCount(); ++row) {
        if (m_history->item(row, HistoryTime)->data(kKeyRole).toString() == key) {
            m_history->selectRow(row);
            m_history->scrollToItem(m_history->item(row, HistoryTime));
            m_history->setFocus();
            return;
        }
    }
}

void MainWindow::openRestoreWizard(bool drill)
{
    if (m_restoreWizard) {
        m_restoreWizard->showNormal();
        m_restoreWizard->raise();
        m_restoreWizard->activateWindow();
        return;
    }
    m_restoreWizard =
        new RestoreWizard(drill ? RestoreWizard::Mode::Drill : RestoreWizard::Mode::Restore,
                          m_library, selectedSetPath(), this);
    m_restoreWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_restoreWizard, &RestoreWizard::restoreFinished, this, &MainWindow::onRestoreFinished);
    connect(m_restoreWizard, &RestoreWizard::fullBackupRequested, this,
            [this](const QString &server) {
                WizardChoices choices;
                choices.server = server;
                choices.type = engine::SetType::Full;
                openWizard(&choices);
            });
    m_restoreWizard->show();
}

void MainWindow::onRestoreFinished(const engine::RestoreResult &result)
{
    QString logError;
    if (!engine::RunLog().append(engine::RunRecord::fromRestore(result, engine::RunSource::Wizard),
                                 &logError)) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("The run log cannot be written: %1").arg(logError));
    }
    refresh();
    const QString set = QFileInfo(result.setPath).fileName();
    if (result.succeeded()) {
        m_messageBar->showMessage(
            MessageBar::Kind::Success,
            result.drill
                ? tr("Test restore of %1 passed: %2 certificates recovered.")
                      .arg(set)
                      .arg(result.certificates)
                : tr("%1 restored to %2. Take a full backup now.").arg(set, result.server));
    } else if (result.outcome == engine::RestoreResult::Outcome::Failed) {
        m_messageBar->showMessage(
            MessageBar::Kind::Error,
            (result.drill ? tr("Test restore of %1 failed: %2") : tr("Restore of %1 failed: %2"))
                .arg(set, result.message));
    }
}

void MainWindow::verifySelected()
{
    const QString path = selectedSetPath();
    if (path.isEmpty()) {
        return;
    }
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              tr("Verifying %1...").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<engine::VerifyReport>(this);
    connect(watcher, &QFutureWatcher<engine::VerifyReport>::finished, this, [this, watcher] {
        const engine::VerifyReport report = watcher->result();
        watcher->deleteLater();
        if (report.ok) {
            m_messageBar->showMessage(MessageBar::Kind::Success,
                                      tr("Verified: %1 files, %2, match their SHA-256.")
                                          .arg(report.filesChecked)
                                          .arg(bytesText(report.bytesChecked)),
                                      {}, 15000);
        } else {
            QStringList details = report.problems;
            for (const QString &m : report.missing) {
                details << tr("missing: %1").arg(m);
            }
            details << report.changed;
            for (const QString &e : report.extra) {
                details << tr("extra: %1").arg(e);
            }
            if (!report.manifestError.isEmpty()) {
                details << report.manifestError;
            }
            m_messageBar->showMessage(MessageBar::Kind::Error,
                                      tr("Verification failed for %1:\n%2")
                                          .arg(QDir::toNativeSeparators(report.setPath),
                                               details.join(QLatin1Char('\n'))));
        }
    });
    watcher->setFuture(QtConcurrent::run([path] { return engine::SetVerifier::verify(path); }));
}

void MainWindow::sweepUnfinishedSets(const QStringList &destinations)
{
    if (m_sweeping) {
        return;
    }
    m_sweeping = true;
    // Removing a set of several gigabytes takes a while: off the GUI thread.
    auto *watcher = new QFutureWatcher<QList<engine::PartialSet>>(this);
    connect(watcher, &QFutureWatcher<QList<engine::PartialSet>>::finished, this, [this, watcher] {
        const QList<engine::PartialSet> found = watcher->result();
        watcher->deleteLater();
        m_sweeping = false;
        QStringList lines;
        for (const engine::PartialSet &partial : found) {
            if (partial.state == engine::PartialSet::State::Stale) {
                lines.append(partial.describe());
            }
        }
        if (!lines.isEmpty()) {
            m_messageBar->showMessage(MessageBar::Kind::Warning, lines.join(QLatin1Char('\n')));
        }
    });
    watcher->setFuture(QtConcurrent::run([destinations] {
        QList<engine::PartialSet> found;
        for (const QString &destination : destinations) {
            found += engine::sweepPartialSets(destination, true);
        }
        return found;
    }));
}

void MainWindow::openSelectedFolder()
{
    const QString path = selectedSetPath();
    if (!path.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

void MainWindow::showSettings()
{
    Settings s = loadSettings();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    dialog.setWindowTitle(tr("Settings"));
    auto *destination = new QLineEdit(QDir::toNativeSeparators(s.defaultDestination), &dialog);
    destination->setObjectName(QStringLiteral("defaultDestinationEdit"));
    auto *days = new QSpinBox(&dialog);
    days->setObjectName(QStringLiteral("warningDaysSpin"));
    days->setRange(1, 365);
    days->setValue(s.fullBackupWarningDays);
    days->setSuffix(tr(" days"));
    auto *form = new QFormLayout;
    form->addRow(tr("Default &destination:"), destination);
    form->addRow(tr("&Warn when the last full backup is older than:"), days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted) {
        s.defaultDestination = QDir::fromNativeSeparators(destination->text().trimmed());
        s.fullBackupWarningDays = days->value();
        saveSettings(s);
        refresh();
    }
}

BackupWizard *MainWindow::createWizard()
{
    QList<KnownServer> known;
    for (int row = 0; row < m_servers->rowCount(); ++row) {
        known.append(
            {m_servers->item(row, ServerName)->text(), m_servers->item(row, ServerCa)->text()});
    }
    m_wizard = new BackupWizard(m_library, known, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setElevation(m_elevation != nullptr ? m_elevation : &platform::systemElevation());
    m_wizard->setProfileSaver([this](const WizardChoices &choices, QString *error) {
        return saveWizardProfile(choices, error);
    });
    connect(m_wizard, &QObject::destroyed, this, [this] { m_wizard = nullptr; });
    connect(m_wizard, &BackupWizard::backupStarted, this, &MainWindow::onBackupStarted);
    connect(m_wizard, &BackupWizard::backupProgress, this, &MainWindow::onBackupProgress);
    connect(m_wizard, &BackupWizard::backupFinished, this, &MainWindow::onBackupFinished);
    return m_wizard;
}

BackupWizard *MainWindow::wizard() const
{
    return m_wizard;
}

BackupWizard *MainWindow::openWizard(const WizardChoices *choices)
{
    if (m_wizard != nullptr) {
        m_wizard->showNormal();
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = createWizard();
    WizardChoices initial;
    initial.destination = loadSettings().defaultDestination;
    const QList<QTableWidgetItem *> selected = m_servers->selectedItems();
    if (!selected.isEmpty()) {
        initial.server = m_servers->item(selected.first()->row(), ServerName)->text();
    }
    if (choices != nullptr && !choices->server.isEmpty() && !choices->destination.isEmpty()) {
        // The key password never travels on a command line: with the key included, the wizard
        // resumes where it is typed.
        const bool needsPassword = choices->includeKey && choices->keyPassword.isEmpty();
        m_wizard->restore(*choices,
                          needsPassword ? BackupWizard::TypePageId : BackupWizard::SummaryPageId);
    } else {
        if (choices != nullptr) {
            initial.server = choices->server.isEmpty() ? initial.server : choices->server;
            initial.destination =
                choices->destination.isEmpty() ? initial.destination : choices->destination;
        }
        m_wizard->restore(initial, BackupWizard::ServerPageId);
    }
    m_wizard->show();
    return m_wizard;
}

void MainWindow::onBackupStarted(const QString &server)
{
    m_runningServer = server;
    updateTray(tr("Backing up %1").arg(server), QStringLiteral("tray-busy"));
}

void MainWindow::onBackupProgress(const engine::BackupProgress &progress)
{
    const int percent =
        progress.bytesTotal > 0
            ? static_cast<int>(qMin<qint64>(100, progress.bytesDone * 100 / progress.bytesTotal))
            : 0;
    m_tray->setToolTip(tr("Backing up %1: %2%").arg(m_runningServer).arg(percent));
}

void MainWindow::onBackupFinished(const engine::BackupResult &result)
{
    m_runningServer.clear();
    refresh();
    const QString key = result.setPath.isEmpty()
                            ? QString() // a failed run: its history row is the newest
                            : result.setPath;
    if (result.succeeded()) {
        updateTray(tr("CertSrv Backup Manager: last backup succeeded"),
                   QStringLiteral("tray-idle"));
        m_notifier->notify(tr("Backup of %1 succeeded").arg(result.server),
                           tr("%1 set %2, %3")
                               .arg(typeText(result.type), QDir::toNativeSeparators(result.setPath),
                                    bytesText(result.bytes)),
                           false, key);
    } else {
        updateTray(tr("CertSrv Backup Manager: the last backup failed"),
                   QStringLiteral("tray-failed"));
        const QString newestKey = m_history->rowCount() > 0
                                      ? m_history->item(0, HistoryTime)->data(kKeyRole).toString()
                                      : QString();
        m_notifier->notify(result.outcome == engine::BackupResult::Outcome::Cancelled
                               ? tr("Backup of %1 cancelled").arg(result.server)
                               : tr("Backup of %1 failed").arg(result.server),
                           tr("%1 (%2). %3")
                               .arg(result.message,
                                    QString::fromStdString(certadm::formatHresult(result.hresult)),
                                    result.action),
                           result.outcome == engine::BackupResult::Outcome::Failed, newestKey);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stoppingForQuit) {
        event->ignore(); // already closing, waiting for the backup to end
        return;
    }
    const bool running = m_wizard != nullptr && m_wizard->isBackupRunning();
    if (running && !m_quitting && m_tray->isVisible()) {
        // The backup goes on; the tray shows its progress and its end.
        hide();
        m_tray->showMessage(tr("CertSrv Backup Manager"),
                            tr("The backup goes on in the background."));
        event->ignore();
        return;
    }
    if (running) {
        const auto answer = QMessageBox::question(
            this, tr("A backup is running"),
            tr("Quitting cancels the running backup: the unfinished set is deleted and the CA's "
               "logs stay as they are. Quit anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_quitting = false;
            event->ignore();
            return;
        }
        // The run is cancelled and recorded; the job gets a few seconds to end the backup context
        // and remove its unfinished set. A server call that does not return in that time does
        // not keep the application open: the job is left to end on its own, the daemon or the
        // CA ends a context whose client is gone, and the next backup sweeps the set.
        m_wizard->disconnect(this);
        m_stoppingForQuit = true;
        m_wizard->stopForQuit(kQuitWaitMs);
        m_stoppingForQuit = false;
        delete m_wizard;
        m_wizard = nullptr;
    } else if (m_wizard != nullptr) {
        m_wizard->close();
    }
    QApplication::quit();
    event->accept();
}

} // namespace ui
