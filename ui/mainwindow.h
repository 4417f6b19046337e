// SPDX-License-Identifier: Apache-2.0
// The main window: every known server with its state and how old its last full backup is, the
// history of runs, and the actions New backup, Back up now (a profile), Verify and Settings.
// Errors and notices go to the inline message bar.
#pragma once

#include "engine/backuptypes.h"
#include "onlinechecker.h"
#include "engine/serverinventory.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QModelIndex;
class QSortFilterProxyModel;
class QSystemTrayIcon;
class QTableView;

namespace platform {
class Elevation;
}
namespace profiles {
struct Profile;
class ProfileStore;
class SecretStore;
} // namespace profiles

namespace engine {
struct RestoreResult;
}

namespace ui {

class RestoreWizard;

class BackupWizard;
class DesktopNotifications;
class HistoryModel;
class MessageBar;
class Notifier;
class ProfileModel;
class ServerModel;
struct KnownServer;
struct WizardChoices;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Settings {
        QString defaultDestination;
        int fullBackupWarningDays = 7;
    };

    MainWindow(engine::CertadmHandle library, QString libraryError, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Re-reads the saved profiles, then loads the inventory (run log, the catalog of the
    // destinations, the known servers) off the GUI thread; refreshed() says when it is shown.
    void refresh();
    // Opens the wizard. With `choices` it starts filled in, at the summary page when server and
    // destination are known (an elevated restart; at the type page when the CA key is included,
    // for its password), else at the first page.
    BackupWizard *openWizard(const WizardChoices *choices = nullptr);
    BackupWizard *wizard() const;

    Notifier *notifier() const { return m_notifier; }
    MessageBar *messageBar() const { return m_messageBar; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    void setElevation(platform::Elevation *elevation) { m_elevation = elevation; }
    // Tests: replaces the system keychain (a fake keeps them away from the real one).
    void setSecretStore(std::unique_ptr<profiles::SecretStore> keychain);
    profiles::ProfileStore *profileStore() const { return m_profileStore.get(); }

    // Starts a saved profile now, in the wizard's progress page.
    BackupWizard *backUpNow(const QString &profileName);

    // Shows the window in front (from the tray or minimized, keeping it maximized), with an open
    // wizard in front of it.
    void bringToFront();

    // Selects the history row of a run (by its set path or its time key) and shows the window.
    void showHistoryEntry(const QString &key);

    static Settings loadSettings();
    static void saveSettings(const Settings &settings);

Q_SIGNALS:
    // The tables show an inventory that was loaded after the last refresh() began.
    void refreshed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The servers of the table, with their last known state, for the wizard's server list.
    QList<KnownServer> knownServers() const;
    void buildActions();
    void buildTray();
    void startLoad();
    void applyInventory(const engine::Inventory &inventory, int fullBackupWarningDays);
    // Runs `then` once the tables show an inventory loaded after this call.
    void afterRefresh(std::function<void()> then);
    void reloadProfiles();
    void reportUnattendedFailures(const QList<engine::RunRecord> &runs);
    void updateHistoryActions();
    void updateProfileActions();
    QModelIndex selectedServer() const;
    void onBackupStarted(const QString &server);
    void onBackupProgress(const engine::BackupProgress &progress);
    void onBackupFinished(const engine::BackupResult &result);
    void verifySelected();
    // Opens the restore wizard (or, with `drill`, the test restore) for the selected set.
    void openRestoreWizard(bool drill);
    void onRestoreFinished(const engine::RestoreResult &result);
    void openSelectedFolder();
    // Removes the unfinished sets of interrupted runs and says so in the message bar.
    void sweepUnfinishedSets(const QStringList &destinations);
    void showSettings();
    void updateTray(const QString &tooltip, const QString &iconName);
    QString selectedSetPath() const;
    void refreshProfiles();
    QString selectedProfileName() const;
    void editProfile(int mode);
    void deleteProfile();
    bool saveWizardProfile(const WizardChoices &choices, QString *error);
    BackupWizard *createWizard();
    profiles::SecretStore *secretsFor(const QString &profileName) const;

    engine::CertadmHandle m_library;
    MessageBar *m_messageBar;
    ServerModel *m_serverModel;
    HistoryModel *m_historyModel;
    ProfileModel *m_profileModel;
    QSortFilterProxyModel *m_serverProxy;
    QSortFilterProxyModel *m_historyProxy;
    QSortFilterProxyModel *m_profileProxy;
    QTableView *m_servers;
    QTableView *m_history;
    QTableView *m_profiles;
    bool m_loading = false;   // an inventory load is under way
    bool m_loadAgain = false; // refresh() was called during it: load once more
    QList<std::function<void()>> m_afterRefresh;
    std::unique_ptr<profiles::ProfileStore> m_profileStore;
    QString m_profilesError; // the store could not be read: shown, and nothing is saved
    std::unique_ptr<profiles::SecretStore> m_keychain;
    std::unique_ptr<profiles::SecretStore> m_sessionSecrets;
    QStringList m_sessionProfiles; // profiles whose key password is kept for this session only
    QAction *m_backUpNow = nullptr;
    QAction *m_editProfile = nullptr;
    QAction *m_duplicateProfile = nullptr;
    QAction *m_deleteProfile = nullptr;
    QAction *m_newBackup = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_drill = nullptr;
    QPointer<RestoreWizard> m_restoreWizard;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    Notifier *m_notifier = nullptr;
    OnlineChecker *m_checker = nullptr;
    QStringList m_checkQueue;
    BackupWizard *m_wizard = nullptr;
    platform::Elevation *m_elevation = nullptr;
    bool m_quitting = false;
    bool m_stoppingForQuit = false;
    // How long quitting waits for a cancelled backup to end before it leaves the job behind.
    static constexpr int kQuitWaitMs = 5000;
    bool m_sweeping = false;
    QString m_runningServer;
    // The "unattended backup failed" banner: failures the operator dismissed do not come back.
    // Keys: time|SERVER.
    QStringList m_quietFailures;
    QStringList m_bannerFailures; // shown in the banner now
    QString m_bannerText;
};

} // namespace ui
