// SPDX-License-Identifier: Apache-2.0
// The backup wizard: server (with an online check), backup type, destination, summary (the
// commit page: Start) and progress. It builds an engine request and shows the job's signals; the
// backup sequence itself lives in the engine alone.
#pragma once

#include "engine/certadmloader.h"
#include "engine/backuptypes.h"
#include "engine/catalog.h"
#include "profiles/profile.h"
#include "engine/serverinventory.h"

#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

namespace platform {
class Elevation;
}
namespace profiles {
class SecretStore;
}

namespace ui {

class ProgressPage;

struct KnownServer {
    QString server;
    QString caName;
    engine::OnlineState state = engine::OnlineState::Unknown; // as the main window last saw it
    QString stateText;       // "Online", "Paused", ...; empty before the first answer
    QString lastDestination; // of its newest backup (the wizard's, a profile's or the CLI's)
    // When it was restored, if no full backup followed (the CA refuses a logs-only one then).
    QDateTime restoredWithoutFull;
};

struct WizardChoices {
    QString server;
    QString caName; // when known (discovery, profile, an earlier set)
    engine::SetType type = engine::SetType::Full;
    bool keepLogs = false;
    QString destination;
    // The destination was chosen for this run (a profile, a resumed run, the destination page)
    // rather than taken from the settings: a server's last destination does not replace it.
    bool destinationChosen = false;
    bool saveProfile = false;
    QString profileName;
    bool includeKey = false; // export <CA name>.p12 into the set
    QString keyPassword;     // typed for this run; never stored by the wizard
};

class BackupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ServerPageId, TypePageId, DestinationPageId, SummaryPageId, ProgressPageId };

    // Saves the choices as a profile; returns false with a message on failure.
    using ProfileSaver = std::function<bool(const WizardChoices &, QString *error)>;

    BackupWizard(engine::CertadmHandle library, QList<KnownServer> knownServers,
                 QWidget *parent = nullptr);

    WizardChoices &choices() { return m_choices; }
    const QList<KnownServer> &knownServers() const { return m_knownServers; }
    // The main window's inventory arrived (or changed) while the wizard is open.
    void setKnownServers(const QList<KnownServer> &knownServers);
    engine::CertadmHandle library() const { return m_library; }

    // The folder the last backup of `server` went to from this wizard (empty when none), kept in
    // the settings per server so that the next backup of that CA offers it again.
    static QString rememberedDestination(const QString &server);
    // Where a backup of `server` goes unless the operator says otherwise: the folder last chosen
    // in this wizard for it, else that of its newest backup, else empty.
    QString usualDestination(const QString &server) const;
    static void rememberDestination(const QString &server, const QString &destination);

    void setProfileSaver(ProfileSaver saver) { m_profileSaver = std::move(saver); }
    const ProfileSaver &profileSaver() const { return m_profileSaver; }
    void setElevation(platform::Elevation *elevation) { m_elevation = elevation; }
    platform::Elevation *elevation() const { return m_elevation; }

    // Fills the pages from `choices` and opens at `page` (an elevated restart resumes here).
    void restore(const WizardChoices &choices, PageId page);
    // After a failed or cancelled run: the destination page with the same choices, and Back to
    // the type page from there.
    void backToChoices();
    // The arguments that resume this wizard in a restarted application: the same choices (the
    // key password is asked for again), or the same profile run, with the same certadm library.
    QStringList resumeArguments() const;

    bool isBackupRunning() const;
    // The application quits during a backup: ends it within `timeoutMs` and records it.
    void stopForQuit(int timeoutMs);

    // Runs a saved profile at once: the wizard opens at the progress page. `typedKeyPassword`
    // is a password asked for this run ("ask me each time"); otherwise the profile's password
    // comes from `secrets`.
    void runProfile(const profiles::Profile &profile, profiles::SecretStore *secrets,
                    const QString &typedKeyPassword);
    const std::optional<profiles::Profile> &profileRun() const { return m_profileRun; }
    profiles::SecretStore *secretStore() const { return m_secrets; }
    const QString &typedKeyPassword() const { return m_typedKeyPassword; }

    // The CA name for a server, from the known servers; empty when unknown.
    QString caNameFor(const QString &server) const;
    // The known server of that name (any case), if there is one.
    std::optional<KnownServer> knownServer(const QString &server) const;

    // The newest full set of `server` (or of `caName`) at `destination`; null when there is none.
    static std::optional<engine::CatalogEntry>
    newestFullSet(const QString &destination, const QString &server, const QString &caName);

Q_SIGNALS:
    void knownServersChanged();
    // A backup started from this wizard ended (also after Retry).
    void backupFinished(const engine::BackupResult &result);
    void backupProgress(const engine::BackupProgress &progress);
    void backupStarted(const QString &server);

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    engine::CertadmHandle m_library;
    QList<KnownServer> m_knownServers;
    WizardChoices m_choices;
    ProfileSaver m_profileSaver;
    platform::Elevation *m_elevation = nullptr;
    ProgressPage *m_progressPage = nullptr;
    std::optional<profiles::Profile> m_profileRun;
    profiles::SecretStore *m_secrets = nullptr;
    QString m_typedKeyPassword;
};

} // namespace ui
