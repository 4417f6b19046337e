<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>CaKeySource</name>
        <message>
            <source>%1 is not a CA on this computer: the CA key can only be backed up on the CA itself (no simulated server of that name under %2).</source>
            <translation>%1 ist keine Zertifizierungsstelle auf diesem Computer: Der Schlüssel der Zertifizierungsstelle kann nur auf ihr selbst gesichert werden (kein simulierter Server dieses Namens unter %2).</translation>
        </message>
        <message>
            <source>Run the backup on the CA itself, or turn off "include the CA key".</source>
            <translation>Führen Sie die Sicherung auf der Zertifizierungsstelle selbst aus oder schalten Sie „Schlüssel der Zertifizierungsstelle einschließen“ aus.</translation>
        </message>
        <message>
            <source>No password was given to protect the CA key.</source>
            <translation>Es wurde kein Kennwort zum Schutz des Schlüssels der Zertifizierungsstelle angegeben.</translation>
        </message>
        <message>
            <source>Store a key password in the profile, or type one when asked.</source>
            <translation>Hinterlegen Sie ein Schlüsselkennwort im Profil oder geben Sie es bei Nachfrage ein.</translation>
        </message>
        <message>
            <source>The key or certificate of CA "%1" cannot be read from %2: %3</source>
            <translation>Schlüssel oder Zertifikat der Zertifizierungsstelle „%1“ können nicht aus %2 gelesen werden: %3</translation>
        </message>
        <message>
            <source>Check that this account can read the CA's key files; a server created by an older simulator has none (create it again).</source>
            <translation>Prüfen Sie, ob dieses Konto die Schlüsseldateien der Zertifizierungsstelle lesen darf; ein von einem älteren Simulator erstellter Server hat keine (erstellen Sie ihn neu).</translation>
        </message>
        <message>
            <source>The key files of CA "%1" are damaged: %2</source>
            <translation>Die Schlüsseldateien der Zertifizierungsstelle „%1“ sind beschädigt: %2</translation>
        </message>
        <message>
            <source>Restore the CA's key files, or create the simulated server again.</source>
            <translation>Stellen Sie die Schlüsseldateien der Zertifizierungsstelle wieder her oder erstellen Sie den simulierten Server neu.</translation>
        </message>
        <message>
            <source>The certificate on %1 is issued to "%2", not to the CA "%3" that the server reports.</source>
            <translation>Das Zertifikat auf %1 ist für „%2“ ausgestellt, nicht für die Zertifizierungsstelle „%3“, die der Server meldet.</translation>
        </message>
        <message>
            <source>Check which CA runs on this server before backing up its key.</source>
            <translation>Prüfen Sie, welche Zertifizierungsstelle auf diesem Server läuft, bevor Sie ihren Schlüssel sichern.</translation>
        </message>
        <message>
            <source>The private key of CA "%1" does not belong to its certificate.</source>
            <translation>Der private Schlüssel der Zertifizierungsstelle „%1“ gehört nicht zu ihrem Zertifikat.</translation>
        </message>
        <message>
            <source>Restore the CA's key files before backing up the key.</source>
            <translation>Stellen Sie die Schlüsseldateien der Zertifizierungsstelle wieder her, bevor Sie den Schlüssel sichern.</translation>
        </message>
        <message>
            <source>Cannot build the PKCS#12 file: %1</source>
            <translation>Die PKCS#12-Datei kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>Run the backup again; report the log if it repeats.</source>
            <translation>Führen Sie die Sicherung erneut aus; melden Sie das Protokoll, wenn es wieder auftritt.</translation>
        </message>
        <message>
            <source>Cannot encode the PKCS#12 file: %1</source>
            <translation>Die PKCS#12-Datei kann nicht kodiert werden: %1</translation>
        </message>
        <message>
            <source>%1 is another computer: the CA key can only be backed up on the CA itself, where its private key is kept in the local machine's certificate store.</source>
            <translation>%1 ist ein anderer Computer: Der Schlüssel der Zertifizierungsstelle kann nur auf ihr selbst gesichert werden, wo der private Schlüssel im Zertifikatspeicher des lokalen Computers liegt.</translation>
        </message>
        <message>
            <source>Cannot open the local machine's certificate store: %1</source>
            <translation>Der Zertifikatspeicher des lokalen Computers kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Run the backup as an administrator (elevated).</source>
            <translation>Führen Sie die Sicherung als Administrator (mit erhöhten Rechten) aus.</translation>
        </message>
        <message>
            <source>Cannot create a certificate store in memory: %1</source>
            <translation>Im Arbeitsspeicher kann kein Zertifikatspeicher angelegt werden: %1</translation>
        </message>
        <message>
            <source>No certificate of CA "%1" with its private key is in the local machine's certificate store.</source>
            <translation>Im Zertifikatspeicher des lokalen Computers ist kein Zertifikat der Zertifizierungsstelle „%1“ mit privatem Schlüssel.</translation>
        </message>
        <message>
            <source>Check that this computer is the CA and that the backup runs elevated; otherwise turn off "include the CA key".</source>
            <translation>Prüfen Sie, ob dieser Computer die Zertifizierungsstelle ist und die Sicherung mit erhöhten Rechten läuft; andernfalls schalten Sie „Schlüssel der Zertifizierungsstelle einschließen“ aus.</translation>
        </message>
        <message>
            <source>Windows could not export the key of CA "%1": %2</source>
            <translation>Windows konnte den Schlüssel der Zertifizierungsstelle „%1“ nicht exportieren: %2</translation>
        </message>
        <message>
            <source>Run the backup elevated on the CA. A key marked as not exportable, or a Windows version older than Windows 10 1709 / Server 2019, cannot be exported with AES-256 by this tool.</source>
            <translation>Führen Sie die Sicherung mit erhöhten Rechten auf der Zertifizierungsstelle aus. Ein als nicht exportierbar markierter Schlüssel oder eine Windows-Version vor Windows 10 1709 / Server 2019 kann von diesem Programm nicht mit AES-256 exportiert werden.</translation>
        </message>
    </context>
    <context>
        <name>engine::BackupJob</name>
        <message>
            <source>Checking the server</source>
            <translation>Server wird geprüft</translation>
        </message>
        <message>
            <source>Preparing the backup</source>
            <translation>Sicherung wird vorbereitet</translation>
        </message>
        <message>
            <source>Copying the database</source>
            <translation>Datenbank wird kopiert</translation>
        </message>
        <message>
            <source>Copying the log files</source>
            <translation>Protokolldateien werden kopiert</translation>
        </message>
        <message>
            <source>Writing the manifest</source>
            <translation>Manifest wird geschrieben</translation>
        </message>
        <message>
            <source>Truncating the logs</source>
            <translation>Protokolle werden gekürzt</translation>
        </message>
        <message>
            <source>Verifying the set</source>
            <translation>Sicherungssatz wird überprüft</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Not enough free space at %1: the next file needs %2 (plus %3 kept free), %4 are available.</source>
            <translation>Nicht genug freier Speicher in %1: Die nächste Datei braucht %2 (plus %3 Reserve), verfügbar sind %4.</translation>
        </message>
        <message>
            <source>Refused a name from the server: %1. Nothing was written outside the backup set.</source>
            <translation>Ein Name vom Server wurde abgelehnt: %1. Außerhalb des Sicherungssatzes wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Copying %1 (%2)</source>
            <translation>%1 wird kopiert (%2)</translation>
        </message>
        <message>
            <source>The server ended %1 after %2 of the %3 it announced.</source>
            <translation>Der Server beendete %1 nach %2 der angekündigten %3 Bytes.</translation>
        </message>
        <message>
            <source>Cancelled by the operator.</source>
            <translation>Vom Bediener abgebrochen.</translation>
        </message>
        <message>
            <source>Nothing was kept and no logs were truncated; start the backup again when ready.</source>
            <translation>Es wurde nichts behalten und kein Protokoll gekürzt; starten Sie die Sicherung erneut, wenn Sie bereit sind.</translation>
        </message>
        <message>
            <source>Internal error: %1</source>
            <translation>Interner Fehler: %1</translation>
        </message>
        <message>
            <source>Run the backup again; report the log if it repeats.</source>
            <translation>Führen Sie die Sicherung erneut aus; melden Sie das Protokoll, wenn es wieder auftritt.</translation>
        </message>
        <message>
            <source>Removed the unfinished set %1</source>
            <translation>Unvollständiger Sicherungssatz %1 wurde entfernt</translation>
        </message>
        <message>
            <source>Backup failed: %1 (%2) %3</source>
            <translation>Sicherung fehlgeschlagen: %1 (%2) %3</translation>
        </message>
        <message>
            <source>No certadm library is loaded.</source>
            <translation>Es ist keine certadm-Bibliothek geladen.</translation>
        </message>
        <message>
            <source>Certificate Services on %1 is paused.</source>
            <translation>Die Zertifikatdienste auf %1 sind angehalten.</translation>
        </message>
        <message>
            <source>Prepared a %1 backup of %2</source>
            <translation>Sicherung (%1) von %2 vorbereitet</translation>
        </message>
        <message>
            <source>The server did not name a usable database location, so the CA name is unknown.</source>
            <translation>Der Server hat keinen verwendbaren Datenbankpfad genannt; der Name der Zertifizierungsstelle ist daher unbekannt.</translation>
        </message>
        <message>
            <source>Cannot create %1. Check that the destination exists and is writable.</source>
            <translation>%1 kann nicht angelegt werden. Prüfen Sie, ob das Ziel existiert und beschreibbar ist.</translation>
        </message>
        <message>
            <source>Warning: no full set of %1 at this destination; this logs-only set can only be restored together with a full set kept elsewhere.</source>
            <translation>Warnung: Kein vollständiger Sicherungssatz von %1 an diesem Ziel; dieser reine Protokollsatz lässt sich nur zusammen mit einem anderswo aufbewahrten vollständigen Satz wiederherstellen.</translation>
        </message>
        <message>
            <source>%1 already exists.</source>
            <translation>%1 existiert bereits.</translation>
        </message>
        <message>
            <source>Cannot create %1.</source>
            <translation>%1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>The server listed no database file.</source>
            <translation>Der Server hat keine Datenbankdatei aufgeführt.</translation>
        </message>
        <message>
            <source>Skipping a database-list entry of type %1</source>
            <translation>Eintrag vom Typ %1 in der Datenbankliste wird übersprungen</translation>
        </message>
        <message>
            <source>The server listed no log files; a set without logs cannot be recovered.</source>
            <translation>Der Server hat keine Protokolldateien aufgeführt; ein Satz ohne Protokolle kann nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Skipping a log-list entry of type %1</source>
            <translation>Eintrag vom Typ %1 in der Protokollliste wird übersprungen</translation>
        </message>
        <message>
            <source>Cannot flush %1 to disk.</source>
            <translation>%1 kann nicht auf den Datenträger geschrieben werden.</translation>
        </message>
        <message>
            <source>%1 was not written completely.</source>
            <translation>%1 wurde nicht vollständig geschrieben.</translation>
        </message>
        <message>
            <source>This logs-only set does not connect to a full set at this destination: %1</source>
            <translation>Dieser reine Protokollsatz schließt an keinen vollständigen Satz an diesem Ziel an: %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot rename %1 to its final name.</source>
            <translation>%1 kann nicht in seinen endgültigen Namen umbenannt werden.</translation>
        </message>
        <message>
            <source>Backup set complete: %1 (%2 files, %3)</source>
            <translation>Sicherungssatz vollständig: %1 (%2 Dateien, %3)</translation>
        </message>
        <message>
            <source>Logs truncated on the server</source>
            <translation>Protokolle auf dem Server gekürzt</translation>
        </message>
        <message>
            <source>The set is complete, but the server did not truncate its logs: %1</source>
            <translation>Der Satz ist vollständig, aber der Server hat seine Protokolle nicht gekürzt: %1</translation>
        </message>
        <message>
            <source>Logs kept on the server (not truncated)</source>
            <translation>Protokolle auf dem Server behalten (nicht gekürzt)</translation>
        </message>
        <message>
            <source>CertSrvBackupEnd returned %1; the set itself is complete.</source>
            <translation>CertSrvBackupEnd lieferte %1; der Satz selbst ist vollständig.</translation>
        </message>
        <message>
            <source>Verification after the backup failed: %1</source>
            <translation>Überprüfung nach der Sicherung fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Back up Windows Certificate Services certification authorities.</source>
            <translation>Zertifizierungsstellen der Windows-Zertifikatdienste sichern.</translation>
        </message>
        <message>
            <source>The certadm library to load.</source>
            <translation>Die zu ladende certadm-Bibliothek.</translation>
        </message>
        <message>
            <source>Open the backup wizard.</source>
            <translation>Den Sicherungsassistenten öffnen.</translation>
        </message>
        <message>
            <source>Server for the wizard.</source>
            <translation>Server für den Assistenten.</translation>
        </message>
        <message>
            <source>full or logs.</source>
            <translation>full oder logs.</translation>
        </message>
        <message>
            <source>Destination folder.</source>
            <translation>Zielordner.</translation>
        </message>
        <message>
            <source>Keep the CA's logs.</source>
            <translation>Protokolle der Zertifizierungsstelle behalten.</translation>
        </message>
    </context>
    <context>
        <name>platform::Elevation</name>
        <message>
            <source>pkexec is not installed, so the application cannot restart itself as root. Start it as root instead, for example: sudo -E %1</source>
            <translation>pkexec ist nicht installiert, daher kann sich die Anwendung nicht selbst als root neu starten. Starten Sie sie stattdessen als root, zum Beispiel: sudo -E %1</translation>
        </message>
        <message>
            <source>pkexec could not be started.</source>
            <translation>pkexec konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>The administrator prompt was declined.</source>
            <translation>Die Administratorabfrage wurde abgelehnt.</translation>
        </message>
        <message>
            <source>Windows could not start the program elevated (error %1).</source>
            <translation>Windows konnte das Programm nicht mit erhöhten Rechten starten (Fehler %1).</translation>
        </message>
    </context>
    <context>
        <name>platform::Privilege</name>
        <message>
            <source>No backup privilege on this platform (effective user id %1): the server checks the caller.</source>
            <translation>Auf dieser Plattform gibt es kein Sicherungsrecht (effektive Benutzerkennung %1): Der Server prüft den Aufrufer.</translation>
        </message>
    </context>
    <context>
        <name>ui::BackupWizard</name>
        <message>
            <source>New backup</source>
            <translation>Neue Sicherung</translation>
        </message>
    </context>
    <context>
        <name>ui::DesktopNotifications</name>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
    </context>
    <context>
        <name>ui::DestinationPage</name>
        <message>
            <source>Destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Choose the folder that holds your backup sets. Each CA gets a folder of its own in it.</source>
            <translation>Wählen Sie den Ordner für Ihre Sicherungssätze. Jede Zertifizierungsstelle erhält darin einen eigenen Ordner.</translation>
        </message>
        <message>
            <source>Destination folder</source>
            <translation>Zielordner</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Durchsuchen...</translation>
        </message>
        <message>
            <source>Choose the destination folder</source>
            <translation>Zielordner auswählen</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Ordner:</translation>
        </message>
        <message>
            <source>Backup destination</source>
            <translation>Sicherungsziel</translation>
        </message>
        <message>
            <source>This folder cannot be created here.</source>
            <translation>Dieser Ordner kann hier nicht angelegt werden.</translation>
        </message>
        <message>
            <source>%1 free; the last full set of this CA took %2.</source>
            <translation>%1 frei; der letzte vollständige Satz dieser Zertifizierungsstelle belegte %2.</translation>
        </message>
        <message>
            <source>That is not enough: free space or choose another folder.</source>
            <translation>Das reicht nicht: Geben Sie Speicher frei oder wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>%1 free. The backup checks the space again against the sizes the server reports before it copies each file.</source>
            <translation>%1 frei. Vor jeder Datei prüft die Sicherung den Platz erneut anhand der Größen, die der Server meldet.</translation>
        </message>
        <message>
            <source>&lt;CA name&gt;</source>
            <translation>&lt;Name der Zertifizierungsstelle&gt;</translation>
        </message>
        <message>
            <source>The set will be written to:
%1</source>
            <translation>Der Satz wird geschrieben nach:
%1</translation>
        </message>
        <message>
            <source>No full set of %1 is in this folder: the logs-only set will not be restorable from here on its own.</source>
            <translation>In diesem Ordner liegt kein vollständiger Satz von %1: Der reine Protokollsatz lässt sich von hier aus nicht allein wiederherstellen.</translation>
        </message>
    </context>
    <context>
        <name>ui::MainWindow</name>
        <message>
            <source>Full</source>
            <translation>Vollständig</translation>
        </message>
        <message>
            <source>Logs only</source>
            <translation>Nur Protokolle</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>CA name</source>
            <translation>Zertifizierungsstelle</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Letzte Sicherung</translation>
        </message>
        <message>
            <source>Last full backup</source>
            <translation>Letzte vollständige Sicherung</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>CertSrv Backup Manager</source>
            <translation>CertSrv-Sicherungsverwaltung</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>History of backups</source>
            <translation>Verlauf der Sicherungen</translation>
        </message>
        <message>
            <source>&amp;Servers</source>
            <translation>&amp;Server</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Erreichbar</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>Nicht erreichbar</translation>
        </message>
        <message>
            <source>Backups are not possible until the library loads.</source>
            <translation>Sicherungen sind erst möglich, wenn die Bibliothek geladen ist.</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <source>&amp;New backup...</source>
            <translation>&amp;Neue Sicherung...</translation>
        </message>
        <message>
            <source>&amp;Verify set</source>
            <translation>Satz &amp;überprüfen</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Ordner ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Se&amp;ttings...</source>
            <translation>&amp;Einstellungen...</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Anzeigen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>CertSrv Backup Manager: idle</source>
            <translation>CertSrv-Sicherungsverwaltung: bereit</translation>
        </message>
        <message>
            <source>Checking...</source>
            <translation>Wird geprüft...</translation>
        </message>
        <message>
            <source>%1: succeeded</source>
            <translation>%1: erfolgreich</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>no full set found</source>
            <translation>kein vollständiger Satz gefunden</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Set on disk</source>
            <translation>Satz auf dem Datenträger</translation>
        </message>
        <message>
            <source>The unattended backup of %1 failed at %2: %3 (%4). %5</source>
            <translation>Die unbeaufsichtigte Sicherung von %1 ist am %2 fehlgeschlagen: %3 (%4). %5</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Verifying %1...</source>
            <translation>%1 wird überprüft...</translation>
        </message>
        <message>
            <source>Verified: %1 files, %2, match their SHA-256.</source>
            <translation>Überprüft: %1 Dateien, %2, stimmen mit ihrem SHA-256 überein.</translation>
        </message>
        <message>
            <source>missing: %1</source>
            <translation>fehlt: %1</translation>
        </message>
        <message>
            <source>extra: %1</source>
            <translation>überzählig: %1</translation>
        </message>
        <message>
            <source>Verification failed for %1:
%2</source>
            <translation>Überprüfung von %1 fehlgeschlagen:
%2</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Default &amp;destination:</source>
            <translation>Standard&amp;ziel:</translation>
        </message>
        <message>
            <source>&amp;Warn when the last full backup is older than:</source>
            <translation>&amp;Warnen, wenn die letzte vollständige Sicherung älter ist als:</translation>
        </message>
        <message>
            <source>Backing up %1</source>
            <translation>%1 wird gesichert</translation>
        </message>
        <message>
            <source>Backing up %1: %2%</source>
            <translation>%1 wird gesichert: %2 %</translation>
        </message>
        <message>
            <source>CertSrv Backup Manager: last backup succeeded</source>
            <translation>CertSrv-Sicherungsverwaltung: letzte Sicherung erfolgreich</translation>
        </message>
        <message>
            <source>Backup of %1 succeeded</source>
            <translation>Sicherung von %1 erfolgreich</translation>
        </message>
        <message>
            <source>%1 set %2, %3</source>
            <translation>Satz (%1) %2, %3</translation>
        </message>
        <message>
            <source>CertSrv Backup Manager: the last backup failed</source>
            <translation>CertSrv-Sicherungsverwaltung: letzte Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Backup of %1 cancelled</source>
            <translation>Sicherung von %1 abgebrochen</translation>
        </message>
        <message>
            <source>Backup of %1 failed</source>
            <translation>Sicherung von %1 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1 (%2). %3</source>
            <translation>%1 (%2). %3</translation>
        </message>
        <message>
            <source>The backup goes on in the background.</source>
            <translation>Die Sicherung läuft im Hintergrund weiter.</translation>
        </message>
        <message>
            <source>A backup is running</source>
            <translation>Eine Sicherung läuft</translation>
        </message>
        <message>
            <source>Quitting cancels the running backup: the unfinished set is deleted and the CA's logs stay as they are. Quit anyway?</source>
            <translation>Beenden bricht die laufende Sicherung ab: Der unvollständige Satz wird gelöscht, die Protokolle der Zertifizierungsstelle bleiben unverändert. Trotzdem beenden?</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>%1 days ago</source>
            <translation>vor %1 Tagen</translation>
        </message>
        <message>
            <source>%1: older than the limit of %2 days</source>
            <translation>%1: älter als die Grenze von %2 Tagen</translation>
        </message>
    </context>
    <context>
        <name>ui::MessageBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>ui::Notifier</name>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
    </context>
    <context>
        <name>ui::OnlineChecker</name>
        <message>
            <source>Unreachable (%1): %2 %3</source>
            <translation>Nicht erreichbar (%1): %2 %3</translation>
        </message>
        <message>
            <source>Paused: Certificate Services on %1 is paused. Resume it (Certification Authority console, or 'net continue certsvc') and check again.</source>
            <translation>Angehalten: Die Zertifikatdienste auf %1 sind angehalten. Setzen Sie sie fort (Konsole „Zertifizierungsstelle“ oder 'net continue certsvc') und prüfen Sie erneut.</translation>
        </message>
        <message>
            <source>Online: Certificate Services on %1 answers.</source>
            <translation>Erreichbar: Die Zertifikatdienste auf %1 antworten.</translation>
        </message>
    </context>
    <context>
        <name>ui::ProgressPage</name>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Gesamtfortschritt</translation>
        </message>
        <message>
            <source>Progress of the current file</source>
            <translation>Fortschritt der aktuellen Datei</translation>
        </message>
        <message>
            <source>Waiting for the server...</source>
            <translation>Warten auf den Server...</translation>
        </message>
        <message>
            <source>Backup log</source>
            <translation>Sicherungsprotokoll</translation>
        </message>
        <message>
            <source>&amp;Cancel backup</source>
            <translation>Sicherung a&amp;bbrechen</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Ordner ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Restart as &amp;administrator</source>
            <translation>Als &amp;Administrator neu starten</translation>
        </message>
        <message>
            <source>Starting a %1 backup of %2 to %3</source>
            <translation>Sicherung (%1) von %2 nach %3 wird gestartet</translation>
        </message>
        <message>
            <source>%1 (file %2 of %3)</source>
            <translation>%1 (Datei %2 von %3)</translation>
        </message>
        <message>
            <source>%1 of %2%3</source>
            <translation>%1 von %2%3</translation>
        </message>
        <message>
            <source> (estimated)</source>
            <translation> (geschätzt)</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>noch %1</translation>
        </message>
        <message>
            <source>estimating time left...</source>
            <translation>Restzeit wird geschätzt...</translation>
        </message>
        <message>
            <source>Cancel the backup?</source>
            <translation>Sicherung abbrechen?</translation>
        </message>
        <message>
            <source>The unfinished set will be deleted and the CA's logs are left as they are. Cancel the backup?</source>
            <translation>Der unvollständige Satz wird gelöscht, die Protokolle der Zertifizierungsstelle bleiben unverändert. Sicherung abbrechen?</translation>
        </message>
        <message>
            <source>Cancelling: the backup ends at the next server call...</source>
            <translation>Abbruch: Die Sicherung endet beim nächsten Serveraufruf...</translation>
        </message>
        <message>
            <source>Verified: every file matches its SHA-256.</source>
            <translation>Überprüft: Jede Datei stimmt mit ihrem SHA-256 überein.</translation>
        </message>
        <message>
            <source>Verification: %1</source>
            <translation>Überprüfung: %1</translation>
        </message>
        <message>
            <source>The CA truncated its logs.</source>
            <translation>Die Zertifizierungsstelle hat ihre Protokolle gekürzt.</translation>
        </message>
        <message>
            <source>The CA kept its logs.</source>
            <translation>Die Zertifizierungsstelle hat ihre Protokolle behalten.</translation>
        </message>
        <message>
            <source>Backup cancelled.</source>
            <translation>Sicherung abgebrochen.</translation>
        </message>
        <message>
            <source>Backup failed.</source>
            <translation>Sicherung fehlgeschlagen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Code %3 %4 (in %5)&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; %6</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Code %3 %4 (in %5)&lt;br&gt;&lt;b&gt;Was tun:&lt;/b&gt; %6</translation>
        </message>
        <message>
            <source>Backing up a CA needs the backup privilege (SeBackupPrivilege). Windows grants it only to an elevated session of a local administrator or a CA backup operator. Restart the application as administrator: the wizard reopens with the same choices.</source>
            <translation>Das Sichern einer Zertifizierungsstelle erfordert das Sicherungsrecht (SeBackupPrivilege). Windows gewährt es nur einer Sitzung mit erhöhten Rechten eines lokalen Administrators oder eines Sicherungsoperators der Zertifizierungsstelle. Starten Sie die Anwendung als Administrator neu: Der Assistent öffnet sich wieder mit denselben Angaben.</translation>
        </message>
        <message>
            <source>This system cannot restart the application elevated by itself: start it again as an administrator (on Linux: as root).</source>
            <translation>Dieses System kann die Anwendung nicht selbst mit erhöhten Rechten neu starten: Starten Sie sie erneut als Administrator (unter Linux: als root).</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>noch etwa %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Backup complete.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 in %3 files, %4.</source>
            <translation>&lt;b&gt;Sicherung abgeschlossen.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 in %3 Dateien, %4.</translation>
        </message>
    </context>
    <context>
        <name>ui::ServerPage</name>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Choose the certification authority to back up. Type a NetBIOS or DNS name, or pick a server you used before.</source>
            <translation>Wählen Sie die zu sichernde Zertifizierungsstelle. Geben Sie einen NetBIOS- oder DNS-Namen ein oder wählen Sie einen bereits verwendeten Server.</translation>
        </message>
        <message>
            <source>Server name</source>
            <translation>Servername</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>Check whether the server is online</source>
            <translation>Prüfen, ob der Server erreichbar ist</translation>
        </message>
        <message>
            <source>Server state</source>
            <translation>Serverzustand</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>Checking %1...</source>
            <translation>%1 wird geprüft...</translation>
        </message>
    </context>
    <context>
        <name>ui::SummaryPage</name>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Check the choices, then start the backup.</source>
            <translation>Prüfen Sie die Angaben und starten Sie dann die Sicherung.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>Save as &amp;profile:</source>
            <translation>Als &amp;Profil speichern:</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Profilname</translation>
        </message>
        <message>
            <source>Full (database and logs)</source>
            <translation>Vollständig (Datenbank und Protokolle)</translation>
        </message>
        <message>
            <source>Logs only (incremental)</source>
            <translation>Nur Protokolle (inkrementell)</translation>
        </message>
        <message>
            <source>The CA keeps its logs.</source>
            <translation>Die Zertifizierungsstelle behält ihre Protokolle.</translation>
        </message>
        <message>
            <source>The CA keeps its logs (no truncation).</source>
            <translation>Die Zertifizierungsstelle behält ihre Protokolle (keine Kürzung).</translation>
        </message>
        <message>
            <source>Once the set is safely on disk, the CA deletes the logs it holds.</source>
            <translation>Sobald der Satz sicher auf dem Datenträger ist, löscht die Zertifizierungsstelle die darin enthaltenen Protokolle.</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Destination:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <source>Logs:</source>
            <translation>Protokolle:</translation>
        </message>
        <message>
            <source>The profile was not saved: %1</source>
            <translation>Das Profil wurde nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>ui::TypePage</name>
        <message>
            <source>Backup type</source>
            <translation>Art der Sicherung</translation>
        </message>
        <message>
            <source>A full backup copies the database and its logs. A logs-only backup copies only the logs written since the last backup.</source>
            <translation>Eine vollständige Sicherung kopiert die Datenbank und ihre Protokolle. Eine reine Protokollsicherung kopiert nur die seit der letzten Sicherung geschriebenen Protokolle.</translation>
        </message>
        <message>
            <source>&amp;Full (database and logs)</source>
            <translation>&amp;Vollständig (Datenbank und Protokolle)</translation>
        </message>
        <message>
            <source>&amp;Logs only (incremental)</source>
            <translation>Nur &amp;Protokolle (inkrementell)</translation>
        </message>
        <message>
            <source>&amp;Keep log files (do not truncate)</source>
            <translation>Protokolldateien &amp;behalten (nicht kürzen)</translation>
        </message>
        <message>
            <source>After a full backup the CA normally deletes the logs the set holds. Keep them when another backup product also reads them.</source>
            <translation>Nach einer vollständigen Sicherung löscht die Zertifizierungsstelle normalerweise die Protokolle, die der Satz enthält. Behalten Sie sie, wenn ein anderes Sicherungsprodukt sie ebenfalls liest.</translation>
        </message>
        <message>
            <source>A logs-only backup is quick and small, but it can only be restored together with the full set it extends and every logs-only set between them. The CA keeps its logs until the next full backup.</source>
            <translation>Eine reine Protokollsicherung ist schnell und klein, lässt sich aber nur zusammen mit dem vollständigen Satz, den sie fortsetzt, und allen Protokollsätzen dazwischen wiederherstellen. Die Zertifizierungsstelle behält ihre Protokolle bis zur nächsten vollständigen Sicherung.</translation>
        </message>
        <message>
            <source>A full backup can be restored on its own. Unless you keep them, the CA deletes the logs the set holds once it is safely on disk.</source>
            <translation>Eine vollständige Sicherung lässt sich allein wiederherstellen. Sofern Sie sie nicht behalten, löscht die Zertifizierungsstelle die Protokolle des Satzes, sobald er sicher auf dem Datenträger ist.</translation>
        </message>
        <message>
            <source>There is no full set of %1 at %2. Take a full backup first: a logs-only set without its full set cannot be restored, and the CA refuses it when it has no full backup at all (0xC8000230).</source>
            <translation>Es gibt keinen vollständigen Satz von %1 in %2. Erstellen Sie zuerst eine vollständige Sicherung: Ein Protokollsatz ohne seinen vollständigen Satz lässt sich nicht wiederherstellen, und die Zertifizierungsstelle lehnt ihn ganz ohne vollständige Sicherung ab (0xC8000230).</translation>
        </message>
        <message>
            <source>the destination</source>
            <translation>dem Ziel</translation>
        </message>
    </context>
</TS>
