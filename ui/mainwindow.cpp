// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "displaytext.h"
#include "emptystate.h"

#include "backupwizard.h"
#include "engine/errortext.h"
#include "engine/catalog.h"
#include "desktopnotifications.h"
#include "folderopener.h"
#include "historymodel.h"
#include "platform/elevation.h"
#include "messagebar.h"
#include "notifier.h"
#include "engine/partialset.h"
#include "restorewizard.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/memorysecretstore.h"
#include "profiledialog.h"
#include "profilemodel.h"
#include "profiles/profilestore.h"
#include "engine/runlog.h"
#include "servermodel.h"
#include "settingsdialog.h"
#include "engine/setverifier.h"
#include "uiresources.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QMenuBar>
#include <QScreen>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace ui {
namespace {

QString typeText(engine::SetType type)
{
    return type == engine::SetType::Full ? MainWindow::tr("Full") : MainWindow::tr("Logs only");
}

// A sortable view of `model`: `sortRole` gives the typed value each column sorts by.
QSortFilterProxyModel *sortedModel(QAbstractItemModel *model, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

// Keeps a table's columns within its width, so that it does not scroll sideways: the widest
// columns give up what is too much (their texts elide; the tooltips have them whole), down to
// their headers' width, and the last column takes what is left.
void fitColumns(QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    const int last = header->count() - 1;
    if (last < 1) {
        return;
    }
    int excess = -table->viewport()->width() + header->sectionSizeHint(last);
    for (int column = 0; column < last; ++column) {
        excess += table->columnWidth(column);
    }
    while (excess > 0) {
        int widest = -1;
        for (int column = 0; column < last; ++column) {
            const bool spare = table->columnWidth(column) > header->sectionSizeHint(column);
            if (spare && (widest < 0 || table->columnWidth(column) > table->columnWidth(widest))) {
                widest = column;
            }
        }
        if (widest < 0) {
            return; // every column is down to its header: the table scrolls
        }
        const int room = table->columnWidth(widest) - header->sectionSizeHint(widest);
        const int give = qMin(room, qMax(1, qMin(excess, table->columnWidth(widest) / 4)));
        table->setColumnWidth(widest, table->columnWidth(widest) - give);
        excess -= give;
    }
}

// Fits a table's columns again whenever its viewport changes size (the window resized, the frame
// a window manager adds, a scroll bar that comes or goes).
class FitColumnsOnResize final : public QObject {
public:
    explicit FitColumnsOnResize(QTableView *table) : QObject(table), m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            fitColumns(m_table);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
};

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One tab stop: Tab leaves the table, the arrow keys move inside it.
    table->setTabKeyNavigation(false);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Widths come from the rows in view only: a long history is not measured row by row.
    table->horizontalHeader()->setResizeContentsPrecision(50);
    table->setAlternatingRowColors(true);
    return table;
}

QModelIndex selectedRow(const QTableView *view, const QSortFilterProxyModel *proxy)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : proxy->mapToSource(rows.first());
}

void selectSourceRow(QTableView *view, const QSortFilterProxyModel *proxy,
                     const QAbstractItemModel *model, int row)
{
    if (row < 0) {
        return;
    }
    const QModelIndex at = proxy->mapFromSource(model->index(row, 0));
    view->selectRow(at.row());
    view->scrollTo(at);
}

} // namespace

MainWindow::MainWindow(engine::CertadmHandle library, QString libraryError, QWidget *parent)
    : QMainWindow(parent), m_library(std::move(library)), m_messageBar(new MessageBar(this)),
      m_serverModel(new ServerModel(this)), m_historyModel(new HistoryModel(this)),
      m_profileModel(new ProfileModel(this)),
      m_serverProxy(sortedModel(m_serverModel, ServerModel::SortRole, this)),
      m_historyProxy(sortedModel(m_historyModel, HistoryModel::SortRole, this)),
      m_profileProxy(sortedModel(m_profileModel, ProfileModel::SortRole, this)),
      m_servers(makeTable(this, QStringLiteral("serverTable"), m_serverProxy)),
      m_history(makeTable(this, QStringLiteral("historyTable"), m_historyProxy)),
      m_profiles(makeTable(this, QStringLiteral("profileTable"), m_profileProxy)),
      m_profileStore(std::make_unique<profiles::ProfileStore>()),
      m_keychain(std::make_unique<profiles::KeychainSecretStore>()),
      m_sessionSecrets(std::make_unique<profiles::MemorySecretStore>())
{
    setObjectName(QStringLiteral("mainWindow"));
    // The product's name, in no language: the same as the display name the platform adds to
    // every other window's title, so that it shows once.
    setWindowTitle(QGuiApplication::applicationDisplayName().isEmpty()
                       ? QStringLiteral("CertSrv Backup Manager")
                       : QGuiApplication::applicationDisplayName());
    setWindowIcon(icon(QStringLiteral("certsrv-backup")));
    m_servers->setAccessibleName(tr("Servers"));
    m_history->setAccessibleName(tr("History of backups"));
    m_servers->sortByColumn(ServerModel::NameColumn, Qt::AscendingOrder);
    m_history->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_profiles->sortByColumn(ProfileModel::NameColumn, Qt::AscendingOrder);
    // The state fills in as the probes answer: its column grows with its longest word.
    connect(m_serverModel, &QAbstractItemModel::dataChanged, this, [this] {
        m_servers->resizeColumnToContents(ServerModel::StateColumn);
        fitColumns(m_servers);
    });
    new FitColumnsOnResize(m_servers);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_messageBar);
    auto *splitter = new QSplitter(Qt::Vertical, central);
    auto *tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->addTab(m_servers, tr("S&ervers"));
    tabs->addTab(m_profiles, tr("Profi&les"));
    m_profiles->setAccessibleName(tr("Saved profiles"));
    // What to do first, where a table has nothing to show once loaded.
    const QList<EmptyState *> emptyStates{
        new EmptyState(m_servers,
                       tr("No certification authority is known yet. Choose New backup (Ctrl+N) "
                          "and type the CA server's name: from then on it is listed here, with "
                          "its state and its backups.")),
        new EmptyState(m_history,
                       tr("No backups yet. The runs of the wizard, of profiles and of the "
                          "command-line tool show here, and so do the sets found in their "
                          "folders.")),
        new EmptyState(m_profiles,
                       tr("No profiles yet. A profile keeps a server's backup settings for "
                          "\"Back up now\" and for scheduled runs: create one with New profile, "
                          "or save the wizard's choices on its summary page."))};
    connect(this, &MainWindow::refreshed, this, [emptyStates] {
        for (EmptyState *state : emptyStates) {
            state->activate();
        }
    });
    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyLabel = new QLabel(tr("H&istory"), historyBox);
    historyLabel->setBuddy(m_history);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history);
    splitter->addWidget(tabs);
    splitter->addWidget(historyBox);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_checker = new OnlineChecker(m_library, this);
    connect(m_checker, &OnlineChecker::answered, this, [this](const OnlineAnswer &answer) {
        m_serverModel->setOnline(answer);
        if (m_wizard != nullptr) {
            m_wizard->setKnownServers(knownServers());
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
    // A dismissed failure banner stays away: its failures were seen.
    connect(m_messageBar, &MessageBar::dismissed, this, [this] {
        if (!m_bannerFailures.isEmpty() && m_messageBar->lastText() == m_bannerText) {
            m_quietFailures += m_bannerFailures;
        }
        m_bannerFailures.clear();
    });

    // 900 x 600 with room for the title bar; maximized where the screen has less (an 800 x 600
    // console session), so that the window manager does not push its bottom off the screen.
    const QSize wanted(900, 600);
    const QSize frame(16, 48); // a window manager's title bar and borders, generously
    const QSize room = screen() != nullptr ? screen()->availableGeometry().size() : wanted + frame;
    resize(wanted.boundedTo(room));
    if (room.width() < wanted.width() + frame.width() ||
        room.height() < wanted.height() + frame.height()) {
        setWindowState(Qt::WindowMaximized);
    }
    if (!m_library) {
        m_newBackup->setEnabled(false);
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  libraryError + QLatin1Char(' ') +
                                      tr("Backups are not possible until the library loads."));
    }
    refresh();
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
    // Opening a set's folder is for one history row: the Backup menu and the row's context menu
    // offer it, and the toolbar keeps its room for the rest in every language.
    m_openFolder = new QAction(icon(QStringLiteral("folder")), tr("&Open folder"), this);
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::openSelectedFolder);
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
    // The profile actions live in the menu bar and the profiles' context menu: the toolbar
    // keeps what fits beside its text at 800 pixels, in every language.
    auto *newProfile = new QAction(tr("New &profile..."), this);
    connect(newProfile, &QAction::triggered, this,
            [this] { editProfile(int(ProfileDialog::Mode::Create)); });
    newProfile->setObjectName(QStringLiteral("newProfileAction"));
    m_editProfile = new QAction(tr("&Edit..."), this);
    connect(m_editProfile, &QAction::triggered, this,
            [this] { editProfile(int(ProfileDialog::Mode::Edit)); });
    m_editProfile->setObjectName(QStringLiteral("editProfileAction"));
    m_duplicateProfile = new QAction(tr("D&uplicate..."), this);
    connect(m_duplicateProfile, &QAction::triggered, this,
            [this] { editProfile(int(ProfileDialog::Mode::Duplicate)); });
    m_duplicateProfile->setObjectName(QStringLiteral("duplicateProfileAction"));
    m_deleteProfile = new QAction(tr("&Delete"), this);
    connect(m_deleteProfile, &QAction::triggered, this, &MainWindow::deleteProfile);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileAction"));
    connect(m_profiles->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateProfileActions);
    updateProfileActions();
    auto *settings = new QAction(icon(QStringLiteral("settings")), tr("Se&ttings..."), this);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    QAction *reload = new QAction(tr("Re&fresh"), this);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::refresh);
    addAction(reload);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(settings);
    file->addAction(reload);
    file->addSeparator();
    file->addAction(quit);
    QMenu *backup = menuBar()->addMenu(tr("&Backup"));
    backup->addAction(m_newBackup);
    backup->addAction(m_verify);
    backup->addAction(m_openFolder);
    backup->addSeparator();
    backup->addAction(m_restore);
    backup->addAction(m_drill);
    QMenu *profiles = menuBar()->addMenu(tr("&Profiles"));
    profiles->addAction(m_backUpNow);
    profiles->addSeparator();
    profiles->addAction(newProfile);
    profiles->addAction(m_editProfile);
    profiles->addAction(m_duplicateProfile);
    profiles->addAction(m_deleteProfile);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CertSrv Backup Manager"), this, [this] {
        QMessageBox::about(this, tr("About CertSrv Backup Manager"),
                           tr("<b>CertSrv Backup Manager %1</b><br>Backs up, verifies and "
                              "restores Windows Certificate Services (AD CS) certification "
                              "authorities.<br>Apache License 2.0.")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), this, [this] { QMessageBox::aboutQt(this); });

    m_profiles->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_profiles, &QWidget::customContextMenuRequested, this,
            [this, newProfile](const QPoint &at) {
                QMenu menu(this);
                if (!selectedProfileName().isEmpty()) {
                    menu.addAction(m_backUpNow);
                    menu.addAction(m_editProfile);
                    menu.addAction(m_duplicateProfile);
                    menu.addAction(m_deleteProfile);
                    menu.addSeparator();
                }
                menu.addAction(newProfile);
                menu.exec(m_profiles->viewport()->mapToGlobal(at));
            });
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
    connect(m_history->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateHistoryActions);
    updateHistoryActions();
    connect(m_history, &QAbstractItemView::doubleClicked, this, &MainWindow::openSelectedFolder);
}

void MainWindow::updateHistoryActions()
{
    const bool hasSet = !selectedSetPath().isEmpty();
    m_verify->setEnabled(hasSet);
    m_openFolder->setEnabled(hasSet);
    m_drill->setEnabled(hasSet && m_library != nullptr);
}

void MainWindow::updateProfileActions()
{
    const bool selected = !selectedProfileName().isEmpty();
    m_backUpNow->setEnabled(selected && m_library != nullptr);
    m_editProfile->setEnabled(selected);
    m_duplicateProfile->setEnabled(selected);
    m_deleteProfile->setEnabled(selected);
}

void MainWindow::buildTray()
{
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("&Show"), this, &MainWindow::bringToFront);
    menu->addAction(m_newBackup);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger) {
            bringToFront();
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
    reloadProfiles();
    if (m_loading) {
        m_loadAgain = true; // what changed meanwhile is read by one more load when this one ends
        return;
    }
    startLoad();
}

void MainWindow::startLoad()
{
    m_loading = true;
    m_loadAgain = false;
    const Settings settings = loadSettings();
    engine::InventoryRequest request;
    request.destinations.append(settings.defaultDestination);
    for (const profiles::Profile &profile : m_profileStore->profiles()) {
        request.destinations.append(profile.destination);
        request.extra.append({profile.server, profile.caName, tr("profile %1").arg(profile.name)});
    }
    const int warningDays = settings.fullBackupWarningDays;
    engine::loadInventory(request, this, [this, warningDays](const engine::Inventory &inventory) {
        applyInventory(inventory, warningDays);
    });
}

void MainWindow::applyInventory(const engine::Inventory &inventory, int fullBackupWarningDays)
{
    m_loading = false;
    // The selection survives the new rows: it is kept by what it shows, not by its row.
    const QModelIndex server = selectedServer();
    const QString serverName =
        server.isValid() ? server.data(ServerModel::ServerRole).toString() : QString();
    const QModelIndex entry = selectedRow(m_history, m_historyProxy);
    const QString entryKey =
        entry.isValid() ? entry.data(HistoryModel::KeyRole).toString() : QString();

    // Column widths follow the contents when the rows first arrive; after that they are the
    // operator's (and measuring a long history again costs the GUI thread).
    const bool firstServers = m_serverModel->rowCount() == 0;
    const bool firstHistory = m_historyModel->rowCount() == 0;
    m_serverModel->setServers(inventory.servers, fullBackupWarningDays);
    m_historyModel->setEntries(inventory.history);
    if (!serverName.isEmpty()) {
        selectSourceRow(m_servers, m_serverProxy, m_serverModel, m_serverModel->rowOf(serverName));
    }
    if (!entryKey.isEmpty()) {
        selectSourceRow(m_history, m_historyProxy, m_historyModel,
                        m_historyModel->rowOfKey(entryKey));
    }
    if (firstServers) {
        m_servers->resizeColumnsToContents();
        fitColumns(m_servers);
    } else {
        // A handful of rows: a column grows when its text grew ("never" became a date), so that
        // no state or date is cut off; it never shrinks below what the operator chose.
        for (int column = 0; column < m_serverModel->columnCount(); ++column) {
            const int wanted =
                static_cast<QAbstractItemView *>(m_servers)->sizeHintForColumn(column);
            if (wanted > m_servers->columnWidth(column)) {
                m_servers->setColumnWidth(column, wanted);
            }
        }
        fitColumns(m_servers);
    }
    if (firstHistory) {
        m_history->resizeColumnsToContents();
    }
    updateHistoryActions();
    if (m_wizard != nullptr) {
        m_wizard->setKnownServers(knownServers());
    }

    sweepUnfinishedSets(inventory.destinations);
    m_checkQueue.clear();
    for (const engine::InventoryServer &known : inventory.servers) {
        m_checkQueue.append(known.server);
    }
    if (m_library && !m_checkQueue.isEmpty() && !m_checker->isChecking()) {
        m_checker->check(m_checkQueue.takeFirst());
    }
    // Each load: a scheduled run that failed while the window was open is reported too.
    reportUnattendedFailures(inventory.runs);
    if (m_loadAgain) {
        startLoad(); // the tables are not yet what the last refresh() asked for
        return;
    }
    const QList<std::function<void()>> then = std::exchange(m_afterRefresh, {});
    for (const std::function<void()> &run : then) {
        run();
    }
    Q_EMIT refreshed();
}

void MainWindow::afterRefresh(std::function<void()> then)
{
    m_afterRefresh.append(std::move(then));
}

void MainWindow::reloadProfiles()
{
    // Small and local: read here, so a profile saved by the command line shows at once.
    const QString selected = selectedProfileName();
    QString error;
    if (m_profileStore->load(&error)) {
        m_profilesError.clear();
    } else if (error != m_profilesError) {
        m_profilesError = error;
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The saved profiles cannot be read: %1").arg(error));
    }
    const bool firstProfiles = m_profileModel->rowCount() == 0;
    m_profileModel->setProfiles(m_profileStore->profiles());
    if (!selected.isEmpty()) {
        selectSourceRow(m_profiles, m_profileProxy, m_profileModel,
                        m_profileModel->rowOf(selected));
    }
    if (firstProfiles) {
        m_profiles->resizeColumnsToContents();
    }
    updateProfileActions();
}

QString MainWindow::selectedProfileName() const
{
    const QModelIndex row = selectedRow(m_profiles, m_profileProxy);
    return row.isValid() ? row.data(ProfileModel::NameRole).toString() : QString();
}

QModelIndex MainWindow::selectedServer() const
{
    return selectedRow(m_servers, m_serverProxy);
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
        const QModelIndex server = selectedServer();
        if (server.isValid()) {
            profile.server = server.data(ServerModel::ServerRole).toString();
            profile.caName = server.data(ServerModel::CaNameRole).toString();
        }
    } else {
        const std::optional<profiles::Profile> found = m_profileStore->find(selectedProfileName());
        if (!found) {
            return;
        }
        profile = *found;
    }
    QStringList servers;
    for (const engine::InventoryServer &known : m_serverModel->servers()) {
        servers << known.server;
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

void MainWindow::reportUnattendedFailures(const QList<engine::RunRecord> &runs)
{
    // The newest run of each server: a failed run that nobody watched is shown until dismissed,
    // and goes when the server's next run succeeds.
    std::map<QString, engine::RunRecord> newest;
    for (const engine::RunRecord &run : runs) {
        newest[run.server.toUpper()] = run;
    }
    QStringList failures;
    QStringList keys;
    QString key;
    for (const auto &[server, run] : newest) {
        // A run somebody watched end (the wizard, "Back up now") showed its failure there.
        if (run.succeeded() || run.attended || run.source == engine::RunSource::Wizard) {
            continue;
        }
        const QString failure = run.time.toString(Qt::ISODateWithMs) + QLatin1Char('|') + server;
        if (m_quietFailures.contains(failure)) {
            continue;
        }
        // In the operator's language, whatever language the program that ran it spoke.
        const FailureText text = failureText(run);
        failures.append(
            tr("The unattended backup of %1 failed at %2: %3 (%4). %5")
                .arg(run.server, timeText(run.time), text.meaning, run.hresult, text.action));
        keys.append(failure);
        key = run.time.toString(Qt::ISODateWithMs);
    }
    const bool bannerShown = m_messageBar->isVisible() && !m_bannerFailures.isEmpty() &&
                             m_messageBar->text() == m_bannerText;
    if (failures.isEmpty()) {
        if (bannerShown) {
            m_bannerFailures.clear(); // nothing left to report: not a dismissal
            m_messageBar->hide();
        }
        return;
    }
    if (bannerShown && keys == m_bannerFailures) {
        return; // the same failures: the banner stays as it is
    }
    m_bannerText = failures.join(QLatin1Char('\n'));
    m_bannerFailures = keys;
    m_messageBar->showMessage(MessageBar::Kind::Error, m_bannerText,
                              {{tr("Show"), QStringLiteral("show:") + key}});
}

QString MainWindow::selectedSetPath() const
{
    const QModelIndex row = selectedRow(m_history, m_historyProxy);
    return row.isValid() ? row.data(HistoryModel::SetPathRole).toString() : QString();
}

namespace {

// Shows `window` in front, out of the tray or the taskbar, keeping it maximized if it was.
void showInFront(QWidget *window)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

QList<KnownServer> MainWindow::knownServers() const
{
    QList<KnownServer> known;
    for (int row = 0; row < m_serverModel->rowCount(); ++row) {
        const engine::InventoryServer &server = m_serverModel->server(row);
        const QModelIndex state = m_serverModel->index(row, ServerModel::StateColumn);
        const auto online =
            static_cast<engine::OnlineState>(state.data(ServerModel::OnlineStateRole).toInt());
        // A set is DESTINATION/CA name/set.
        QString destination;
        if (server.lastBackup && !server.lastBackup->setPath.isEmpty()) {
            destination = QFileInfo(QFileInfo(server.lastBackup->setPath).path()).path();
        }
        const bool fullSinceRestore =
            server.lastFullRun.isValid() && server.lastFullRun > server.lastRestore;
        known.append({server.server, server.caName, online,
                      online == engine::OnlineState::Unknown ? QString() : state.data().toString(),
                      destination, fullSinceRestore ? QDateTime() : server.lastRestore});
    }
    return known;
}

void MainWindow::bringToFront()
{
    showInFront(this);
    const QList<QWidget *> open{m_wizard, m_restoreWizard.data()};
    for (QWidget *window : open) {
        if (window != nullptr && window->isVisible()) {
            showInFront(window);
        }
    }
}

void MainWindow::showHistoryEntry(const QString &key)
{
    showInFront(this);
    const int row = m_historyModel->rowOfKey(key);
    if (row < 0) {
        return;
    }
    selectSourceRow(m_history, m_historyProxy, m_historyModel, row);
    m_history->setFocus();
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
        FolderOpener::open(this, path);
    }
}

void MainWindow::showSettings()
{
    const Settings s = loadSettings();
    SettingsDialog dialog({s.defaultDestination, s.fullBackupWarningDays}, this);
    if (dialog.exec() == QDialog::Accepted) {
        const SettingsDialog::Values chosen = dialog.values();
        saveSettings({chosen.defaultDestination, chosen.fullBackupWarningDays});
        refresh();
    }
}

BackupWizard *MainWindow::createWizard()
{
    m_wizard = new BackupWizard(m_library, knownServers(), this);
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
    const QModelIndex selected = selectedServer();
    if (selected.isValid()) {
        initial.server = selected.data(ServerModel::ServerRole).toString();
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
            initial.destinationChosen = !choices->destination.isEmpty();
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
        // The failed run has no set: its history row, the newest, is known once the tables
        // show the run log that holds it.
        const QString title = result.outcome == engine::BackupResult::Outcome::Cancelled
                                  ? tr("Backup of %1 cancelled").arg(result.server)
                                  : tr("Backup of %1 failed").arg(result.server);
        const QString text =
            tr("%1 (%2). %3")
                .arg(result.message, engine::describeError(result.hresult).code, result.action);
        const bool failed = result.outcome == engine::BackupResult::Outcome::Failed;
        afterRefresh([this, title, text, failed] {
            const int newest = m_historyModel->newestRow();
            m_notifier->notify(title, text, failed,
                               newest >= 0 ? m_historyModel->entry(newest).key() : QString());
        });
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
