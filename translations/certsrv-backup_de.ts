<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up a CA into a new set, or run a saved profile (--profile).</source>
        <translation>Sichert eine Zertifizierungsstelle in einen neuen Satz oder führt ein gespeichertes Profil aus (--profile).</translation>
    </message>
    <message>
        <source>Read the CA key password from standard input (one line): for --with-key, or for a profile that asks for it.</source>
        <translation>Liest das Schlüsselkennwort der Zertifizierungsstelle von der Standardeingabe (eine Zeile): für --with-key oder für ein Profil, das danach fragt.</translation>
    </message>
    <message>
        <source>Run a saved profile: its server, destination, settings, secrets and retention.</source>
        <translation>Führt ein gespeichertes Profil aus: seinen Server, sein Ziel, seine Einstellungen, Geheimnisse und Aufbewahrung.</translation>
    </message>
    <message>
        <source>backup needs --server NAME (or --profile NAME)</source>
        <translation>backup braucht --server NAME (oder --profile NAME)</translation>
    </message>
    <message>
        <source>backup needs --dest DIR</source>
        <translation>backup braucht --dest ORDNER</translation>
    </message>
    <message>
        <source>--type must be full or logs, not &quot;%1&quot;</source>
        <translation>--type muss full oder logs sein, nicht „%1“</translation>
    </message>
    <message>
        <source>note: --keep-logs has no effect on a logs-only backup (logs are only truncated after a full backup)</source>
        <translation>Hinweis: --keep-logs wirkt nicht bei einer Protokollsicherung (Protokolle werden nur nach einer vollständigen Sicherung abgeschnitten)</translation>
    </message>
    <message>
        <source>--key-password-stdin only goes with --with-key or --profile</source>
        <translation>--key-password-stdin gehört zu --with-key oder --profile</translation>
    </message>
    <message>
        <source>--verify and --no-verify exclude each other</source>
        <translation>--verify und --no-verify schließen einander aus</translation>
    </message>
    <message>
        <source>--with-key needs --key-password-stdin (or use --profile with a password in the keychain)</source>
        <translation>--with-key braucht --key-password-stdin (oder verwenden Sie --profile mit einem Kennwort im Schlüsselbund)</translation>
    </message>
    <message>
        <source>no key password on standard input</source>
        <translation>kein Schlüsselkennwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>--profile takes the server, destination and settings from the profile; drop --%1</source>
        <translation>--profile übernimmt Server, Ziel und Einstellungen aus dem Profil; lassen Sie --%1 weg</translation>
    </message>
    <message>
        <source>--profile needs a profile name</source>
        <translation>--profile braucht einen Profilnamen</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation>  Was tun: %1</translation>
    </message>
    <message>
        <source>Repair or move the profiles file, then run again.</source>
        <translation>Reparieren oder verschieben Sie die Profildatei und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Check the name with `certsrv-backup-cli profiles list` (profiles belong to the account that saved them).</source>
        <translation>Prüfen Sie den Namen mit `certsrv-backup-cli profiles list` (Profile gehören dem Konto, das sie gespeichert hat).</translation>
    </message>
    <message>
        <source>The certadm library could not be loaded.</source>
        <translation>Die certadm-Bibliothek konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Install the Certificate Services tools or pass --certadm-library.</source>
        <translation>Installieren Sie die Certificate-Services-Tools oder geben Sie --certadm-library an.</translation>
    </message>
    <message>
        <source>  retention removed %1</source>
        <translation>  Aufbewahrung hat %1 entfernt</translation>
    </message>
    <message>
        <source>Or pass it with --key-password-stdin.</source>
        <translation>Oder übergeben Sie es mit --key-password-stdin.</translation>
    </message>
    <message>
        <source>Store it with `certsrv-backup-cli profiles add %1 ... --with-key --key-password-stdin --replace`.</source>
        <translation>Speichern Sie es mit `certsrv-backup-cli profiles add %1 ... --with-key --key-password-stdin --replace`.</translation>
    </message>
</context>
<context>
    <name>CaFolderLookup</name>
    <message>
        <source>database folder</source>
        <translation>Datenbankordner</translation>
    </message>
    <message>
        <source>log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>system folder</source>
        <translation>Systemordner</translation>
    </message>
    <message>
        <source>The destination %1 is inside the CA&apos;s own %2 (%3): a backup there is lost together with the CA, and a restore would overwrite it.</source>
        <translation>Das Ziel %1 liegt im eigenen %2 der Zertifizierungsstelle (%3): Eine Sicherung dort geht mit der Zertifizierungsstelle verloren, und eine Wiederherstellung würde sie überschreiben.</translation>
    </message>
</context>
<context>
    <name>CaKeyFile</name>
    <message>
        <source>the file is not a PKCS#12 file</source>
        <translation>die Datei ist keine PKCS#12-Datei</translation>
    </message>
    <message>
        <source>it does not open with the stored password (integrity check failed)</source>
        <translation>die Datei lässt sich mit dem hinterlegten Kennwort nicht öffnen (Integritätsprüfung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>it cannot be decrypted with the stored password (%1)</source>
        <translation>die Datei lässt sich mit dem hinterlegten Kennwort nicht entschlüsseln (%1)</translation>
    </message>
</context>
<context>
    <name>CaKeySource</name>
    <message>
        <source>%1 is not a CA on this computer: the CA key can only be backed up on the CA itself (no simulated server of that name under %2).</source>
        <translation>%1 ist keine Zertifizierungsstelle auf diesem Computer: Der Schlüssel der Zertifizierungsstelle kann nur auf ihr selbst gesichert werden (kein simulierter Server dieses Namens unter %2).</translation>
    </message>
    <message>
        <source>Run the backup on the CA itself, or turn off &quot;include the CA key&quot;.</source>
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
        <source>The key or certificate of CA &quot;%1&quot; cannot be read from %2: %3</source>
        <translation>Schlüssel oder Zertifikat der Zertifizierungsstelle „%1“ können nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Check that this account can read the CA&apos;s key files; a server created by an older simulator has none (create it again).</source>
        <translation>Prüfen Sie, ob dieses Konto die Schlüsseldateien der Zertifizierungsstelle lesen darf; ein von einem älteren Simulator erstellter Server hat keine (erstellen Sie ihn neu).</translation>
    </message>
    <message>
        <source>The key files of CA &quot;%1&quot; are damaged: %2</source>
        <translation>Die Schlüsseldateien der Zertifizierungsstelle „%1“ sind beschädigt: %2</translation>
    </message>
    <message>
        <source>Restore the CA&apos;s key files, or create the simulated server again.</source>
        <translation>Stellen Sie die Schlüsseldateien der Zertifizierungsstelle wieder her oder erstellen Sie den simulierten Server neu.</translation>
    </message>
    <message>
        <source>The certificate on %1 is issued to &quot;%2&quot;, not to the CA &quot;%3&quot; that the server reports.</source>
        <translation>Das Zertifikat auf %1 ist für „%2“ ausgestellt, nicht für die Zertifizierungsstelle „%3“, die der Server meldet.</translation>
    </message>
    <message>
        <source>Check which CA runs on this server before backing up its key.</source>
        <translation>Prüfen Sie, welche Zertifizierungsstelle auf diesem Server läuft, bevor Sie ihren Schlüssel sichern.</translation>
    </message>
    <message>
        <source>The private key of CA &quot;%1&quot; does not belong to its certificate.</source>
        <translation>Der private Schlüssel der Zertifizierungsstelle „%1“ gehört nicht zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>Restore the CA&apos;s key files before backing up the key.</source>
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
        <source>%1 is another computer: the CA key can only be backed up on the CA itself, where its private key is kept in the local machine&apos;s certificate store.</source>
        <translation>%1 ist ein anderer Computer: Der Schlüssel der Zertifizierungsstelle kann nur auf ihr selbst gesichert werden, wo der private Schlüssel im Zertifikatspeicher des lokalen Computers liegt.</translation>
    </message>
    <message>
        <source>Cannot open the local machine&apos;s certificate store: %1</source>
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
        <source>No certificate of CA &quot;%1&quot; with its private key is in the local machine&apos;s certificate store.</source>
        <translation>Im Zertifikatspeicher des lokalen Computers ist kein Zertifikat der Zertifizierungsstelle „%1“ mit privatem Schlüssel.</translation>
    </message>
    <message>
        <source>Check that this computer is the CA and that the backup runs elevated; otherwise turn off &quot;include the CA key&quot;.</source>
        <translation>Prüfen Sie, ob dieser Computer die Zertifizierungsstelle ist und die Sicherung mit erhöhten Rechten läuft; andernfalls schalten Sie „Schlüssel der Zertifizierungsstelle einschließen“ aus.</translation>
    </message>
    <message>
        <source>Windows could not export the key of CA &quot;%1&quot;: %2</source>
        <translation>Windows konnte den Schlüssel der Zertifizierungsstelle „%1“ nicht exportieren: %2</translation>
    </message>
    <message>
        <source>Run the backup elevated on the CA. A key marked as not exportable, or a Windows version older than Windows 10 1709 / Server 2019, cannot be exported with AES-256 by this tool.</source>
        <translation>Führen Sie die Sicherung mit erhöhten Rechten auf der Zertifizierungsstelle aus. Ein als nicht exportierbar markierter Schlüssel oder eine Windows-Version vor Windows 10 1709 / Server 2019 kann von diesem Programm nicht mit AES-256 exportiert werden.</translation>
    </message>
    <message>
        <source>Restore the CA key on the CA itself.</source>
        <translation>Stellen Sie den Schlüssel der Zertifizierungsstelle auf der Zertifizierungsstelle selbst wieder her.</translation>
    </message>
    <message>
        <source>The CA key file does not open with the password given.</source>
        <translation>Die Schlüsseldatei der Zertifizierungsstelle lässt sich mit dem angegebenen Kennwort nicht öffnen.</translation>
    </message>
    <message>
        <source>Give the password the key was backed up with.</source>
        <translation>Geben Sie das Kennwort an, mit dem der Schlüssel gesichert wurde.</translation>
    </message>
    <message>
        <source>The CA key file holds no key or no certificate.</source>
        <translation>Die Schlüsseldatei der Zertifizierungsstelle enthält keinen Schlüssel oder kein Zertifikat.</translation>
    </message>
    <message>
        <source>Restore the key from another set.</source>
        <translation>Stellen Sie den Schlüssel aus einem anderen Satz wieder her.</translation>
    </message>
    <message>
        <source>The key file holds the certificate of &quot;%1&quot;, not of the CA &quot;%2&quot;.</source>
        <translation>Die Schlüsseldatei enthält das Zertifikat von „%1“, nicht das der Zertifizierungsstelle „%2“.</translation>
    </message>
    <message>
        <source>Restore the key of this CA, from a set of this CA.</source>
        <translation>Stellen Sie den Schlüssel dieser Zertifizierungsstelle aus einem Satz dieser Zertifizierungsstelle wieder her.</translation>
    </message>
    <message>
        <source>The CA key cannot be written to %1: %2</source>
        <translation>Der Schlüssel der Zertifizierungsstelle kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Check that this account can write the CA&apos;s key folder.</source>
        <translation>Prüfen Sie, ob dieses Konto in den Schlüsselordner der Zertifizierungsstelle schreiben darf.</translation>
    </message>
    <message>
        <source>The key and certificate of &quot;%1&quot; were written to %2; the previous ones are kept as *.before-restore.</source>
        <translation>Schlüssel und Zertifikat von „%1“ wurden nach %2 geschrieben; die bisherigen bleiben als *.before-restore erhalten.</translation>
    </message>
    <message>
        <source>The CA key file does not open: %1</source>
        <translation>Die Schlüsseldatei der Zertifizierungsstelle lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Give the password the key was backed up with, and run elevated.</source>
        <translation>Geben Sie das Kennwort an, mit dem der Schlüssel gesichert wurde, und führen Sie das Programm mit erhöhten Rechten aus.</translation>
    </message>
    <message>
        <source>Run the restore as an administrator (elevated).</source>
        <translation>Führen Sie die Wiederherstellung als Administrator (mit erhöhten Rechten) aus.</translation>
    </message>
    <message>
        <source>The key file holds no certificate of CA &quot;%1&quot;.</source>
        <translation>Die Schlüsseldatei enthält kein Zertifikat der Zertifizierungsstelle „%1“.</translation>
    </message>
    <message>
        <source>%1 certificate(s) of &quot;%2&quot; with their keys were imported into the local machine&apos;s certificate store.</source>
        <translation>%1 Zertifikat(e) von „%2“ mit den zugehörigen Schlüsseln in den Zertifikatspeicher des lokalen Computers importiert.</translation>
    </message>
</context>
<context>
    <name>CaService</name>
    <message>
        <source>%1 is not a simulated CA on this computer.</source>
        <translation>%1 ist keine simulierte Zertifizierungsstelle auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot find certsrv-sim to start the simulated CA; start it with &quot;certsrv-sim start %1&quot;.</source>
        <translation>certsrv-sim zum Starten der simulierten Zertifizierungsstelle wurde nicht gefunden; starten Sie sie mit „certsrv-sim start %1“.</translation>
    </message>
    <message>
        <source>The CA did not start within %1 s.</source>
        <translation>Die Zertifizierungsstelle ist nicht innerhalb von %1 s gestartet.</translation>
    </message>
    <message>
        <source>Cannot remove the registered restore %1: %2</source>
        <translation>Die registrierte Wiederherstellung %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the service control manager: %1</source>
        <translation>Der Dienststeuerungs-Manager kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the CertSvc service: %1</source>
        <translation>Der Dienst CertSvc kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>CertSvc does not start: %1</source>
        <translation>CertSvc startet nicht: %1</translation>
    </message>
    <message>
        <source>Cannot query CertSvc: %1</source>
        <translation>Der Status von CertSvc kann nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>CertSvc stopped during its start (0x%1): see the Application event log (source CertificationAuthority and ESENT).</source>
        <translation>CertSvc wurde während des Starts beendet (0x%1): Siehe Anwendungsereignisprotokoll (Quellen CertificationAuthority und ESENT).</translation>
    </message>
    <message>
        <source>CertSvc did not start within %1 s.</source>
        <translation>CertSvc ist nicht innerhalb von %1 s gestartet.</translation>
    </message>
    <message>
        <source>Cannot remove the registered restore (HKLM\%1): %2</source>
        <translation>Die registrierte Wiederherstellung (HKLM\%1) kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot find certsrv-sim to stop the simulated CA; stop it with &quot;certsrv-sim stop %1&quot;.</source>
        <translation>certsrv-sim zum Beenden der simulierten Zertifizierungsstelle wurde nicht gefunden; beenden Sie sie mit „certsrv-sim stop %1“.</translation>
    </message>
    <message>
        <source>The CA did not stop within %1 s.</source>
        <translation>Die Zertifizierungsstelle wurde nicht innerhalb von %1 s beendet.</translation>
    </message>
    <message>
        <source>CertSvc does not stop: %1</source>
        <translation>CertSvc wird nicht beendet: %1</translation>
    </message>
    <message>
        <source>CertSvc did not stop within %1 s.</source>
        <translation>CertSvc wurde nicht innerhalb von %1 s beendet.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1 does not take the option %2.</source>
        <translation>%1 nimmt die Option %2 nicht an.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 braucht %2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments, not &quot;%2&quot;.</source>
        <translation>%1 nimmt keine Argumente an, auch nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes only %2, not also &quot;%3&quot;.</source>
        <translation>%1 nimmt nur %2 an, nicht auch „%3“.</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>The command to run, one of those below.</source>
        <translation>Der auszuführende Befehl, einer der folgenden.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 COMMAND&apos; for a command&apos;s options and arguments.</source>
        <translation>Führen Sie „%1 %2 BEFEHL“ aus, um die Optionen und Argumente eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>no command given; the commands are: %1.</source>
        <translation>kein Befehl angegeben; die Befehle sind: %1.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 braucht einen Befehl: %2.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2.</source>
        <translation>unbekannter Befehl „%1“; die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; the commands of %1 are: %3.</source>
        <translation>unbekannter Befehl „%1 %2“; die Befehle von %1 sind: %3.</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>The name of the command argument in the usage line, as &quot;[options] command&quot;.</extracomment>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Back up Windows Certificate Services (AD CS) certification authorities.</source>
        <translation>Sichert Zertifizierungsstellen der Windows-Zertifikatdienste (AD CS).</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failed (the message names the error and what to do)</source>
        <translation>fehlgeschlagen (die Meldung nennt den Fehler und was zu tun ist)</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>Aufruffehler</translation>
    </message>
    <message>
        <source>needs elevation: the backup privilege is missing</source>
        <translation>Erhöhte Rechte nötig: das Sicherungsrecht fehlt</translation>
    </message>
    <message>
        <source>server offline, paused or unreachable</source>
        <translation>Server offline, angehalten oder nicht erreichbar</translation>
    </message>
    <message>
        <source>verification failed; restore: the set cannot be restored; a failed drill</source>
        <translation>Prüfung fehlgeschlagen; Wiederherstellung: der Satz lässt sich nicht wiederherstellen; eine fehlgeschlagene Testwiederherstellung</translation>
    </message>
    <message>
        <source>restore: the CA is running (give --stop-service)</source>
        <translation>Wiederherstellung: die Zertifizierungsstelle läuft (geben Sie --stop-service an)</translation>
    </message>
    <message>
        <source>cancelled (Ctrl-C or SIGTERM)</source>
        <translation>abgebrochen (Strg+C oder SIGTERM)</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>Print one machine-readable JSON result (its texts in English, whatever the language).</source>
        <translation>Gibt ein maschinenlesbares JSON-Ergebnis aus (seine Texte auf Englisch, in jeder Sprache).</translation>
    </message>
    <message>
        <source>Print the job&apos;s log lines and diagnostics on standard error.</source>
        <translation>Gibt die Protokollzeilen des Auftrags und Diagnosen auf der Standardfehlerausgabe aus.</translation>
    </message>
    <message>
        <source>The certadm library to load instead of the default (also: CERTSRV_BACKUP_CERTADM_LIBRARY).</source>
        <translation>Die certadm-Bibliothek, die statt der voreingestellten geladen wird (auch: CERTSRV_BACKUP_CERTADM_LIBRARY).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>CA server (NetBIOS or DNS name).</source>
        <translation>Server der Zertifizierungsstelle (NetBIOS- oder DNS-Name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Backup type: full or logs (logs-only); default full.</source>
        <translation>Sicherungsart: full (vollständig) oder logs (Protokollsicherung); Standard full.</translation>
    </message>
    <message>
        <source>Destination folder (one subfolder per CA).</source>
        <translation>Zielordner (ein Unterordner je Zertifizierungsstelle).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Do not truncate the CA&apos;s logs after a full backup.</source>
        <translation>Die Protokolle der Zertifizierungsstelle nach einer vollständigen Sicherung nicht abschneiden.</translation>
    </message>
    <message>
        <source>Verify the set against its manifest after the backup (the default; kept for scripts).</source>
        <translation>Den Satz nach der Sicherung gegen sein Manifest prüfen (Standard; für Skripte beibehalten).</translation>
    </message>
    <message>
        <source>Do not verify the set after the backup (verification is on by default).</source>
        <translation>Den Satz nach der Sicherung nicht prüfen (die Prüfung ist standardmäßig an).</translation>
    </message>
    <message>
        <source>Test-restore the new set after the backup (a restore drill; retention waits for it to pass).</source>
        <translation>Den neuen Satz nach der Sicherung testweise wiederherstellen (eine Testwiederherstellung; die Aufbewahrung wartet, bis sie bestanden ist).</translation>
    </message>
    <message>
        <source>Also back up the CA certificate and private key as &lt;CA name&gt;.p12 (only on the CA itself).</source>
        <translation>Auch das Zertifikat und den privaten Schlüssel der Zertifizierungsstelle als &lt;CA-Name&gt;.p12 sichern (nur auf der Zertifizierungsstelle selbst).</translation>
    </message>
    <message>
        <source>Replace profiles of the same name.</source>
        <translation>Profile gleichen Namens ersetzen.</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Install the Certificate Services tools or pass --certadm-library.</source>
        <translation>Installieren Sie die Certificate-Services-Tools oder geben Sie --certadm-library an.</translation>
    </message>
    <message>
        <source>warning: cannot write the run log: %1</source>
        <translation>Warnung: das Laufprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DrillRecoveryRunner</name>
    <message>
        <source>The certadm library %1 offers no database recovery, so a drill cannot run with it (drills use esent.dll on Windows and the simulator&apos;s library elsewhere).</source>
        <translation>Die certadm-Bibliothek %1 bietet keine Datenbankwiederherstellung, daher ist mit ihr keine Testwiederherstellung möglich (Testwiederherstellungen verwenden unter Windows esent.dll, sonst die Bibliothek des Simulators).</translation>
    </message>
    <message>
        <source>Hard recovery of log generations %1 to %2 failed with %3: %4</source>
        <translation>Die harte Wiederherstellung der Protokollgenerationen %1 bis %2 ist mit %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Hard recovery replayed log generations %1 to %2 onto the database</source>
        <translation>Die harte Wiederherstellung hat die Protokollgenerationen %1 bis %2 in die Datenbank eingespielt</translation>
    </message>
    <message>
        <source>The recovered database cannot be checked (%1)</source>
        <translation>Die wiederhergestellte Datenbank kann nicht geprüft werden (%1)</translation>
    </message>
    <message>
        <source>The recovered database is damaged: %1</source>
        <translation>Die wiederhergestellte Datenbank ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Every page checksum and certificate record of the recovered database is sound</source>
        <translation>Alle Seitenprüfsummen und Zertifikatdatensätze der wiederhergestellten Datenbank sind fehlerfrei</translation>
    </message>
    <message>
        <source>%1 certificates, serials 1 to %2 without a gap</source>
        <translation>%1 Zertifikate, Seriennummern 1 bis %2 lückenlos</translation>
    </message>
    <message>
        <source>esent.dll or its JetExternalRestoreW is not available: the drill cannot recover the copy.</source>
        <translation>esent.dll oder deren Funktion JetExternalRestoreW ist nicht verfügbar: Die Testwiederherstellung kann die Kopie nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Hard recovery of log generations %1 to %2 failed with %3 (JET error %4)</source>
        <translation>Die harte Wiederherstellung der Protokollgenerationen %1 bis %2 ist mit %3 fehlgeschlagen (JET-Fehler %4)</translation>
    </message>
    <message>
        <source>Hard recovery (JetExternalRestoreW) replayed log generations %1 to %2</source>
        <translation>Die harte Wiederherstellung (JetExternalRestoreW) hat die Protokollgenerationen %1 bis %2 eingespielt</translation>
    </message>
    <message>
        <source>esentutl /mh does not show a clean shutdown: %1</source>
        <translation>esentutl /mh zeigt keinen sauber heruntergefahrenen Zustand: %1</translation>
    </message>
    <message>
        <source>esentutl /mh: the database is in a clean shutdown state</source>
        <translation>esentutl /mh: Die Datenbank ist sauber heruntergefahren</translation>
    </message>
    <message>
        <source>esentutl /g (integrity) failed: %1</source>
        <translation>esentutl /g (Integrität) fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>esentutl /g: integrity check passed</source>
        <translation>esentutl /g: Integritätsprüfung bestanden</translation>
    </message>
    <message>
        <source>esentutl /k (checksums) failed: %1</source>
        <translation>esentutl /k (Prüfsummen) fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>esentutl /k: every page checksum is sound</source>
        <translation>esentutl /k: Alle Seitenprüfsummen sind fehlerfrei</translation>
    </message>
</context>
<context>
    <name>FolderOpener</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>No file manager opened the folder. Its path is copied to the clipboard:</source>
        <translation>Kein Dateimanager hat den Ordner geöffnet. Sein Pfad ist in die Zwischenablage kopiert:</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the commands, or a command&apos;s options and arguments.</source>
        <translation>Zeigt die Befehle oder die Optionen und Argumente eines Befehls.</translation>
    </message>
    <message>
        <source>The command to describe.</source>
        <translation>Der zu beschreibende Befehl.</translation>
    </message>
    <message>
        <source>Its subcommand (profiles).</source>
        <translation>Sein Unterbefehl (profiles).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2.</source>
        <translation>unbekannter Befehl „%1“; die Befehle sind: %2.</translation>
    </message>
</context>
<context>
    <name>KeyPassword</name>
    <message numerus="yes">
        <source>The key password has %n character(s); a CA key needs at least %1.</source>
        <translation>
            <numerusform>Das Schlüsselkennwort hat %n Zeichen; ein Zertifizierungsstellenschlüssel braucht mindestens %1.</numerusform>
            <numerusform>Das Schlüsselkennwort hat %n Zeichen; ein Zertifizierungsstellenschlüssel braucht mindestens %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key password repeats too few different characters (%1; at least %2).</source>
        <translation>Das Schlüsselkennwort wiederholt zu wenige verschiedene Zeichen (%1; mindestens %2).</translation>
    </message>
    <message>
        <source>It protects the CA&apos;s private key in every set: whoever has a set and its password can sign as the CA. A passphrase of several words is easy to type and hard to guess.</source>
        <translation>Es schützt den privaten Schlüssel der Zertifizierungsstelle in jedem Sicherungssatz: Wer einen Satz und sein Kennwort hat, kann als Zertifizierungsstelle signieren. Eine Passphrase aus mehreren Wörtern ist leicht zu tippen und schwer zu erraten.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the sets under a destination, with their chains.</source>
        <translation>Listet die Sätze unter einem Ziel mit ihren Ketten.</translation>
    </message>
    <message>
        <source>The destination folder of earlier backups.</source>
        <translation>Der Zielordner früherer Sicherungen.</translation>
    </message>
    <message>
        <source>%1 does not exist: name the destination folder of earlier backups</source>
        <translation>%1 existiert nicht: Geben Sie den Zielordner früherer Sicherungen an</translation>
    </message>
    <message>
        <source>No backup sets in %1</source>
        <translation>Keine Sicherungssätze in %1</translation>
    </message>
    <message>
        <source>full set</source>
        <translation>vollständiger Satz</translation>
    </message>
    <message>
        <source>extends %1</source>
        <translation>setzt %1 fort</translation>
    </message>
    <message>
        <source>BROKEN CHAIN: %1</source>
        <translation>KETTE UNTERBROCHEN: %1</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  logs %6-%7  %8</source>
        <translation>%1  %2  %3  %4  %5  Protokolle %6-%7  %8</translation>
    </message>
    <message>
        <source>(ignored, incomplete: %1)</source>
        <translation>(übergangen, unvollständig: %1)</translation>
    </message>
    <message>
        <source>(ignored, unreadable manifest: %1)</source>
        <translation>(übergangen, Manifest nicht lesbar: %1)</translation>
    </message>
</context>
<context>
    <name>OnlineCommand</name>
    <message>
        <source>Check whether Certificate Services answers on a server.</source>
        <translation>Prüft, ob die Zertifikatdienste auf einem Server antworten.</translation>
    </message>
    <message>
        <source>online needs --server NAME</source>
        <translation>online braucht --server NAME</translation>
    </message>
    <message>
        <source>Certificate Services is paused; resume it to back up.</source>
        <translation>Die Zertifikatdienste sind angehalten; setzen Sie sie fort, um zu sichern.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>the field &quot;%1&quot; is missing or not text</source>
        <translation>das Feld „%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not true or false</source>
        <translation>das Feld „%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; is not usable: at most 64 characters, no leading or trailing spaces, no slashes or control characters.</source>
        <translation>Der Profilname „%1“ ist nicht verwendbar: höchstens 64 Zeichen, keine Leerzeichen am Anfang oder Ende, keine Schrägstriche oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs a server.</source>
        <translation>Das Profil „%1“ braucht einen Server.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs a destination folder.</source>
        <translation>Das Profil „%1“ braucht einen Zielordner.</translation>
    </message>
    <message>
        <source>The number of full sets to keep cannot be negative.</source>
        <translation>Die Anzahl der aufzubewahrenden vollständigen Sätze darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is neither full nor logs</source>
        <translation>die Art „%1“ ist weder full noch logs</translation>
    </message>
    <message>
        <source>the key password source &quot;%1&quot; is neither keychain nor ask</source>
        <translation>die Quelle des Schlüsselkennworts „%1“ ist weder keychain noch ask</translation>
    </message>
    <message>
        <source>the field &quot;keep_full&quot; is not a whole number of 0 or more</source>
        <translation>das Feld „keep_full“ ist keine ganze Zahl größer oder gleich 0</translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>not a profiles file of CertSrv Backup Manager (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>keine Profildatei von CertSrv Backup Manager (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the schema version is missing or malformed</source>
        <translation>die Schemaversion fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>written by a newer version (schema %1; this version reads up to %2)</source>
        <translation>von einer neueren Version geschrieben (Schema %1; diese Version liest bis Schema %2)</translation>
    </message>
    <message>
        <source>the field &quot;profiles&quot; is missing or not a list</source>
        <translation>das Feld „profiles“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>profile %1 in the file: %2</source>
        <translation>Profil %1 in der Datei: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>profile %1 in the file: the key password is not text</source>
        <translation>Profil %1 in der Datei: das Schlüsselkennwort ist kein Text</translation>
    </message>
    <message>
        <source>the file names the profile &quot;%1&quot; twice</source>
        <translation>die Datei enthält das Profil „%1“ zweimal</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 cannot be read (not a readable file). It is left as it is; fix its permissions or move it away.</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden (keine lesbare Datei). Sie bleibt unverändert; korrigieren Sie ihre Berechtigungen oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2). It is left as it is; repair it or move it away to start with no profiles.</source>
        <translation>Die Profildatei %1 ist beschädigt (%2). Sie bleibt unverändert; reparieren Sie sie oder verschieben Sie sie, um ohne Profile zu beginnen.</translation>
    </message>
    <message>
        <source>not a valid INI file</source>
        <translation>keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>access error</source>
        <translation>Zugriffsfehler</translation>
    </message>
    <message>
        <source>The profiles file %1 has no valid schema version, so it is not a profiles file this program wrote. It is left as it is.</source>
        <translation>Die Profildatei %1 hat keine gültige Schemaversion und ist daher keine von diesem Programm geschriebene Profildatei. Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The profiles file %1 was written by a newer version of CertSrv Backup Manager (schema %2; this version reads up to %3). It is left as it is; use the newer version.</source>
        <translation>Die Profildatei %1 wurde von einer neueren Version von CertSrv Backup Manager geschrieben (Schema %2; diese Version liest bis Schema %3). Sie bleibt unverändert; verwenden Sie die neuere Version.</translation>
    </message>
    <message>
        <source>keep_full is not a number</source>
        <translation>keep_full ist keine Zahl</translation>
    </message>
    <message>
        <source>the type is neither full nor logs</source>
        <translation>die Art ist weder full noch logs</translation>
    </message>
    <message>
        <source>the key password source is neither keychain nor ask</source>
        <translation>die Quelle des Schlüsselkennworts ist weder keychain noch ask</translation>
    </message>
    <message>
        <source>a second profile is named &quot;%1&quot;</source>
        <translation>ein zweites Profil heißt „%1“</translation>
    </message>
    <message>
        <source>The profiles file %1 holds an unusable profile (entry %2): %3. It is left as it is; repair or remove that entry.</source>
        <translation>Die Profildatei %1 enthält ein unbrauchbares Profil (Eintrag %2): %3. Sie bleibt unverändert; reparieren oder entfernen Sie diesen Eintrag.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the profiles file %1.</source>
        <translation>Die Profildatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The profiles file %1 is being changed by another program (%2, process %3); try again in a moment.</source>
        <translation>Die Profildatei %1 wird gerade von einem anderen Programm geändert (%2, Prozess %3); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be renamed: it no longer exists (another program may have removed it). Nothing was changed.</source>
        <translation>Das Profil „%1“ kann nicht umbenannt werden: Es existiert nicht mehr (vielleicht hat ein anderes Programm es entfernt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ProfilesAddCommand</name>
    <message>
        <source>Save a profile (its key password goes to the keychain).</source>
        <translation>Speichert ein Profil (sein Schlüsselkennwort kommt in den Schlüsselbund).</translation>
    </message>
    <message>
        <source>Retention: keep the last N full sets and their logs-only sets (0 keeps all).</source>
        <translation>Aufbewahrung: die letzten N vollständigen Sätze und ihre Protokollsätze behalten (0 behält alle).</translation>
    </message>
    <message>
        <source>The CA name, if known (the first backup fills it in otherwise).</source>
        <translation>Der Name der Zertifizierungsstelle, falls bekannt (sonst trägt ihn die erste Sicherung ein).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Freier Text.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Never store the key password; every run needs --key-password-stdin.</source>
        <translation>Das Schlüsselkennwort nie speichern; jeder Lauf braucht --key-password-stdin.</translation>
    </message>
    <message>
        <source>With --with-key: read the CA key password from standard input (one line) and store it in the keychain.</source>
        <translation>Mit --with-key: das Schlüsselkennwort der Zertifizierungsstelle von der Standardeingabe lesen (eine Zeile) und im Schlüsselbund hinterlegen.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>--type must be full or logs, not &quot;%1&quot;</source>
        <translation>--type muss full oder logs sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--keep-full wants a whole number of 0 or more</source>
        <translation>--keep-full erwartet eine ganze Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>--key-password-stdin and --ask-key-password go with --with-key</source>
        <translation>--key-password-stdin und --ask-key-password gehören zu --with-key</translation>
    </message>
    <message>
        <source>choose either --key-password-stdin (stored in the keychain) or --ask-key-password (never stored)</source>
        <translation>wählen Sie entweder --key-password-stdin (im Schlüsselbund hinterlegt) oder --ask-key-password (nie gespeichert)</translation>
    </message>
    <message>
        <source>profiles add needs --server NAME</source>
        <translation>profiles add braucht --server NAME</translation>
    </message>
    <message>
        <source>profiles add needs --dest DIR</source>
        <translation>profiles add braucht --dest ORDNER</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; add --replace to change it.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; fügen Sie --replace hinzu, um es zu ändern.</translation>
    </message>
    <message>
        <source>no key password on standard input</source>
        <translation>kein Schlüsselkennwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>The profile was not saved. Unlock the keychain and run the command again, or add the profile with --ask-key-password and pass the password to every run with --key-password-stdin.</source>
        <translation>Das Profil wurde nicht gespeichert. Entsperren Sie den Schlüsselbund und führen Sie den Befehl erneut aus, oder legen Sie das Profil mit --ask-key-password an und übergeben Sie das Kennwort jedem Lauf mit --key-password-stdin.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot; in %2.</source>
        <translation>Profil „%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The CA key password is stored in %1.</source>
        <translation>Das Schlüsselkennwort der Zertifizierungsstelle ist in %1 hinterlegt.</translation>
    </message>
    <message>
        <source>warning: no CA key password is stored for &quot;%1&quot;; unattended runs fail until it is (profiles add %1 ... --with-key --key-password-stdin --replace).</source>
        <translation>Warnung: für „%1“ ist kein Schlüsselkennwort hinterlegt; unbeaufsichtigte Läufe schlagen fehl, bis es hinterlegt ist (profiles add %1 ... --with-key --key-password-stdin --replace).</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>stored in the system keychain</source>
        <translation>im Schlüsselbund des Systems hinterlegt</translation>
    </message>
    <message>
        <source>NOT stored: unattended runs fail until it is stored</source>
        <translation>NICHT hinterlegt: unbeaufsichtigte Läufe schlagen fehl, bis es hinterlegt ist</translation>
    </message>
    <message>
        <source>asked for every run (--key-password-stdin)</source>
        <translation>bei jedem Lauf abgefragt (--key-password-stdin)</translation>
    </message>
    <message>
        <source>unknown: the keychain is locked or refused access</source>
        <translation>unbekannt: der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>unknown: the keychain did not answer</source>
        <translation>unbekannt: der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>unknown: the keychain is not available</source>
        <translation>unbekannt: der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>not needed (the CA key is not included)</source>
        <translation>nicht nötig (der Schlüssel der Zertifizierungsstelle ist nicht enthalten)</translation>
    </message>
    <message>
        <source>Saved profiles: list, show, add, remove, export, import.</source>
        <translation>Gespeicherte Profile: list, show, add, remove, export, import.</translation>
    </message>
</context>
<context>
    <name>ProfilesExportCommand</name>
    <message>
        <source>Export every profile into a JSON file.</source>
        <translation>Exportiert alle Profile in eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Write the key passwords from the keychain into the file, in plain text.</source>
        <translation>Die Schlüsselkennwörter aus dem Schlüsselbund im Klartext in die Datei schreiben.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 profile(s) to %2 WITH %3 key password(s) in plain text; keep the file safe and delete it after the import.</source>
        <translation>%1 Profil(e) nach %2 exportiert, MIT %3 Schlüsselkennwort/-kennwörtern im Klartext; bewahren Sie die Datei sicher auf und löschen Sie sie nach dem Import.</translation>
    </message>
    <message>
        <source>Exported %1 profile(s) to %2 (without secrets).</source>
        <translation>%1 Profil(e) nach %2 exportiert (ohne Geheimnisse).</translation>
    </message>
</context>
<context>
    <name>ProfilesImportCommand</name>
    <message>
        <source>Import the profiles of an exported file.</source>
        <translation>Importiert die Profile einer exportierten Datei.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>These profiles exist already: %1. Nothing was imported; add --replace to replace them.</source>
        <translation>Diese Profile existieren bereits: %1. Es wurde nichts importiert; fügen Sie --replace hinzu, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported %1 profile(s) into %2.</source>
        <translation>%1 Profil(e) in %2 importiert.</translation>
    </message>
    <message>
        <source>warning: %1 imported profile(s) include the CA key but the file held no password; store them with profiles add NAME ... --with-key --key-password-stdin --replace.</source>
        <translation>Warnung: %1 importierte(s) Profil(e) enthalten den Schlüssel der Zertifizierungsstelle, aber die Datei enthielt kein Kennwort; hinterlegen Sie es mit profiles add NAME ... --with-key --key-password-stdin --replace.</translation>
    </message>
</context>
<context>
    <name>ProfilesListCommand</name>
    <message>
        <source>List the saved profiles.</source>
        <translation>Listet die gespeicherten Profile.</translation>
    </message>
    <message>
        <source>No profiles saved (%1).</source>
        <translation>Keine Profile gespeichert (%1).</translation>
    </message>
    <message>
        <source>  with CA key</source>
        <translation>  mit Schlüssel der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>  keeps %1 full</source>
        <translation>  behält %1 vollständige</translation>
    </message>
</context>
<context>
    <name>ProfilesRemoveCommand</name>
    <message>
        <source>Remove a profile and its key password.</source>
        <translation>Entfernt ein Profil und sein Schlüsselkennwort.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>warning: its key password could not be removed from the keychain: %1</source>
        <translation>Warnung: sein Schlüsselkennwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesShowCommand</name>
    <message>
        <source>Show a profile&apos;s settings and whether its key password is stored.</source>
        <translation>Zeigt die Einstellungen eines Profils und ob sein Schlüsselkennwort hinterlegt ist.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation>Profil:                %1</translation>
    </message>
    <message>
        <source>Server:         %1</source>
        <translation>Server:                %1</translation>
    </message>
    <message>
        <source>CA name:        %1</source>
        <translation>Zertifizierungsstelle: %1</translation>
    </message>
    <message>
        <source>(learned at the first backup)</source>
        <translation>(wird bei der ersten Sicherung ermittelt)</translation>
    </message>
    <message>
        <source>Backup type:    %1</source>
        <translation>Sicherungsart:         %1</translation>
    </message>
    <message>
        <source>Keep logs:      %1</source>
        <translation>Protokolle behalten:   %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Destination:    %1</source>
        <translation>Ziel:                  %1</translation>
    </message>
    <message>
        <source>CA key (.p12):  %1</source>
        <translation>Schlüssel (.p12):      %1</translation>
    </message>
    <message>
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>nicht enthalten</translation>
    </message>
    <message>
        <source>Key password:   %1</source>
        <translation>Schlüsselkennwort:     %1</translation>
    </message>
    <message>
        <source>Verify after:   %1</source>
        <translation>Danach prüfen:         %1</translation>
    </message>
    <message>
        <source>Test restore:   %1</source>
        <translation>Testwiederherstellung: %1</translation>
    </message>
    <message>
        <source>after every backup</source>
        <translation>nach jeder Sicherung</translation>
    </message>
    <message>
        <source>Retention:      %1</source>
        <translation>Aufbewahrung:          %1</translation>
    </message>
    <message>
        <source>keep the last %1 full sets and their logs-only sets</source>
        <translation>die letzten %1 vollständigen Sätze und ihre Protokollsätze behalten</translation>
    </message>
    <message>
        <source>keep every set</source>
        <translation>jeden Satz behalten</translation>
    </message>
    <message>
        <source>Notes:          %1</source>
        <translation>Notizen:               %1</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Prove the set restorable on a scratch copy; no CA is touched.</source>
        <translation>Weist auf einer Arbeitskopie nach, dass der Satz wiederherstellbar ist; keine Zertifizierungsstelle wird berührt.</translation>
    </message>
    <message>
        <source>With --drill: the folder for the scratch copy (default: the temporary folder).</source>
        <translation>Mit --drill: der Ordner für die Arbeitskopie (Standard: der temporäre Ordner).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The database and logs, not the CA key.</source>
        <translation>Die Datenbank und die Protokolle, nicht den Schlüssel der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Only the CA key and certificate.</source>
        <translation>Nur den Schlüssel und das Zertifikat der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Stop the CA first if it runs.</source>
        <translation>Die Zertifizierungsstelle zuerst anhalten, falls sie läuft.</translation>
    </message>
    <message>
        <source>Start the CA afterwards; it recovers the restored database (a failure undoes the restore).</source>
        <translation>Die Zertifizierungsstelle danach starten; sie stellt die wiederhergestellte Datenbank wieder her (ein Fehlschlag macht die Wiederherstellung rückgängig).</translation>
    </message>
    <message>
        <source>Restore onto a CA whose name differs from the set&apos;s.</source>
        <translation>Auf eine Zertifizierungsstelle wiederherstellen, deren Name sich von dem des Satzes unterscheidet.</translation>
    </message>
    <message>
        <source>Chain:     %1</source>
        <translation>Kette:             %1</translation>
    </message>
    <message>
        <source>Warning:   %1</source>
        <translation>Warnung:           %1</translation>
    </message>
    <message>
        <source>Checked:   %1</source>
        <translation>Geprüft:           %1</translation>
    </message>
    <message>
        <source>Drill passed: %1 is restorable (%2 certificates, highest serial %3, %4).</source>
        <translation>Testwiederherstellung bestanden: %1 ist wiederherstellbar (%2 Zertifikate, höchste Seriennummer %3, %4).</translation>
    </message>
    <message>
        <source>Restored:  %1 files, %2, log generations %3 to %4, in %5</source>
        <translation>Wiederhergestellt: %1 Dateien, %2, Protokollgenerationen %3 bis %4, in %5</translation>
    </message>
    <message>
        <source>Previous database and logs kept in %1</source>
        <translation>Vorherige Datenbank und Protokolle aufbewahrt in %1</translation>
    </message>
    <message>
        <source>The CA key and certificate were restored.</source>
        <translation>Der Schlüssel und das Zertifikat der Zertifizierungsstelle wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The CA is running on the restored database. Take a full backup now: sets taken before the restore cannot be chained with later ones.</source>
        <translation>Die Zertifizierungsstelle läuft auf der wiederhergestellten Datenbank. Erstellen Sie jetzt eine vollständige Sicherung: vor der Wiederherstellung erstellte Sätze lassen sich nicht mit späteren verketten.</translation>
    </message>
    <message>
        <source>Start the CA to finish: it recovers the restored database at start. Then take a full backup.</source>
        <translation>Starten Sie die Zertifizierungsstelle, um abzuschließen: sie stellt die wiederhergestellte Datenbank beim Start wieder her. Erstellen Sie danach eine vollständige Sicherung.</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Wiederherstellung abgebrochen.</translation>
    </message>
    <message>
        <source>Drill FAILED: %1</source>
        <translation>Testwiederherstellung FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The restore was undone: the CA has its previous database and logs.</source>
        <translation>Die Wiederherstellung wurde rückgängig gemacht: die Zertifizierungsstelle hat ihre vorherige Datenbank und Protokolle.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Restore a set&apos;s chain into the CA on this computer, or test-restore it (--drill).</source>
        <translation>Stellt die Kette eines Satzes in die Zertifizierungsstelle auf diesem Computer wieder her oder stellt sie testweise wieder her (--drill).</translation>
    </message>
    <message>
        <source>Read the password of the set&apos;s CA key from standard input (one line) and restore the key too.</source>
        <translation>Das Kennwort des Schlüssels der Zertifizierungsstelle im Satz von der Standardeingabe lesen (eine Zeile) und auch den Schlüssel wiederherstellen.</translation>
    </message>
    <message>
        <source>The set to restore: the last set of the chain.</source>
        <translation>Der wiederherzustellende Satz: der letzte Satz der Kette.</translation>
    </message>
    <message>
        <source>--database-only and --key-only exclude each other</source>
        <translation>--database-only und --key-only schließen einander aus</translation>
    </message>
    <message>
        <source>--drill touches no CA: it takes only SET, --scratch and --json</source>
        <translation>--drill berührt keine Zertifizierungsstelle: es nimmt nur SET, --scratch und --json an</translation>
    </message>
    <message>
        <source>--scratch is for --drill</source>
        <translation>--scratch gehört zu --drill</translation>
    </message>
    <message>
        <source>restore needs --server NAME: the set has no manifest that names its server</source>
        <translation>restore braucht --server NAME: der Satz hat kein Manifest, das seinen Server nennt</translation>
    </message>
    <message>
        <source>restoring the CA key needs its password: --key-password-stdin</source>
        <translation>die Wiederherstellung des Schlüssels der Zertifizierungsstelle braucht sein Kennwort: --key-password-stdin</translation>
    </message>
    <message>
        <source>Cancelling: the restore is undone...</source>
        <translation>Abbruch: die Wiederherstellung wird rückgängig gemacht...</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Vom Bediener abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another set, or verify the destination to see what is damaged or missing.</source>
        <translation>Es wurde nichts geändert. Wählen Sie einen anderen Satz oder überprüfen Sie das Ziel, um zu sehen, was beschädigt ist oder fehlt.</translation>
    </message>
    <message>
        <source>Chain: %1 (log generations %2 to %3, %4 files)</source>
        <translation>Kette: %1 (Protokollgenerationen %2 bis %3, %4 Dateien)</translation>
    </message>
    <message>
        <source>%1 is not a CA on this computer: a restore works on the CA itself.</source>
        <translation>%1 ist keine Zertifizierungsstelle auf diesem Computer: Eine Wiederherstellung erfolgt auf der Zertifizierungsstelle selbst.</translation>
    </message>
    <message>
        <source>Run the restore on the CA server. To prove the set restorable from here, run a restore drill instead.</source>
        <translation>Führen Sie die Wiederherstellung auf dem Server der Zertifizierungsstelle aus. Um von hier aus nachzuweisen, dass der Satz wiederherstellbar ist, führen Sie stattdessen eine Testwiederherstellung aus.</translation>
    </message>
    <message>
        <source>The set is a backup of CA &quot;%1&quot;; the CA on %2 is &quot;%3&quot;.</source>
        <translation>Der Satz ist eine Sicherung der Zertifizierungsstelle „%1“; die Zertifizierungsstelle auf %2 ist „%3“.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a set of this CA, or force the restore if the CA really is to become &quot;%1&quot;.</source>
        <translation>Es wurde nichts geändert. Wählen Sie einen Satz dieser Zertifizierungsstelle oder erzwingen Sie die Wiederherstellung, wenn die Zertifizierungsstelle wirklich zu „%1“ werden soll.</translation>
    </message>
    <message>
        <source>Restoring anyway, as forced.</source>
        <translation>Die Wiederherstellung wird trotzdem ausgeführt, da sie erzwungen wurde.</translation>
    </message>
    <message>
        <source>Certificate Services is running on %1: a restore needs it stopped.</source>
        <translation>Die Zertifikatdienste laufen auf %1: Für eine Wiederherstellung müssen sie beendet sein.</translation>
    </message>
    <message>
        <source>Nothing was changed. Let the restore stop the CA, or stop it yourself (net stop certsvc) and restore again.</source>
        <translation>Es wurde nichts geändert. Lassen Sie die Zertifizierungsstelle von der Wiederherstellung beenden oder beenden Sie sie selbst (net stop certsvc) und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>The CA did not stop within %1 s.</source>
        <translation>Die Zertifizierungsstelle wurde nicht innerhalb von %1 s beendet.</translation>
    </message>
    <message>
        <source>Nothing was changed. Stop the CA service and restore again.</source>
        <translation>Es wurde nichts geändert. Beenden Sie den Dienst der Zertifizierungsstelle und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>The CA is stopped.</source>
        <translation>Die Zertifizierungsstelle wurde beendet.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free space on that volume and restore again.</source>
        <translation>Es wurde nichts geändert. Geben Sie auf diesem Volume Speicher frei und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check the backup destination and restore again.</source>
        <translation>Prüfen Sie das Sicherungsziel und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>Free space on the target volume, check that this account can write there (run elevated), and restore again.</source>
        <translation>Geben Sie auf dem Zielvolume Speicher frei, prüfen Sie, ob dieses Konto dort schreiben darf (mit erhöhten Rechten ausführen), und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>%1 was not written</source>
        <translation>%1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Restore again.</source>
        <translation>Starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>%1 differs from its manifest (SHA-256 or size): the set is damaged.</source>
        <translation>%1 weicht von seinem Manifest ab (SHA-256 oder Größe): Der Satz ist beschädigt.</translation>
    </message>
    <message>
        <source>Nothing of the CA was changed. Restore from another set.</source>
        <translation>An der Zertifizierungsstelle wurde nichts geändert. Stellen Sie aus einem anderen Satz wieder her.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Run the restore elevated (as an administrator).</source>
        <translation>Führen Sie die Wiederherstellung mit erhöhten Rechten (als Administrator) aus.</translation>
    </message>
    <message>
        <source>Nothing of the CA was changed. Run the restore elevated.</source>
        <translation>An der Zertifizierungsstelle wurde nichts geändert. Führen Sie die Wiederherstellung mit erhöhten Rechten aus.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>The CA&apos;s files were put back. Check that no other program holds them and restore again.</source>
        <translation>Die Dateien der Zertifizierungsstelle wurden zurückgelegt. Prüfen Sie, ob kein anderes Programm sie geöffnet hält, und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>The CA&apos;s previous database and logs are kept in %1.</source>
        <translation>Die bisherige Datenbank und die Protokolle der Zertifizierungsstelle bleiben in %1 erhalten.</translation>
    </message>
    <message>
        <source>The CA&apos;s files were put back. Run the restore elevated.</source>
        <translation>Die Dateien der Zertifizierungsstelle wurden zurückgelegt. Führen Sie die Wiederherstellung mit erhöhten Rechten aus.</translation>
    </message>
    <message>
        <source>Registered %1 (log generations %2 to %3).</source>
        <translation>%1 registriert (Protokollgenerationen %2 bis %3).</translation>
    </message>
    <message>
        <source>Another restore of this CA is running.</source>
        <translation>Es läuft bereits eine andere Wiederherstellung dieser Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Wait for it to finish.</source>
        <translation>Warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run the restore elevated (as an administrator).</source>
        <translation>Es wurde nichts geändert. Führen Sie die Wiederherstellung mit erhöhten Rechten (als Administrator) aus.</translation>
    </message>
    <message>
        <source>The chain of %1 holds no readable CA key (.p12).</source>
        <translation>Die Kette von %1 enthält keinen lesbaren Schlüssel der Zertifizierungsstelle (.p12).</translation>
    </message>
    <message>
        <source>Restore the database only, or choose a set taken with &quot;include the CA key&quot;.</source>
        <translation>Stellen Sie nur die Datenbank wieder her oder wählen Sie einen Satz, der mit „Schlüssel der Zertifizierungsstelle einschließen“ erstellt wurde.</translation>
    </message>
    <message>
        <source>The CA does not start on the restored database: %1</source>
        <translation>Die Zertifizierungsstelle startet mit der wiederhergestellten Datenbank nicht: %1</translation>
    </message>
    <message>
        <source>The restore was undone and the CA&apos;s previous database put back. Run a restore drill on the set to see what is wrong with it.</source>
        <translation>Die Wiederherstellung wurde rückgängig gemacht und die bisherige Datenbank der Zertifizierungsstelle zurückgelegt. Führen Sie eine Testwiederherstellung des Satzes aus, um zu sehen, was mit ihm nicht stimmt.</translation>
    </message>
    <message>
        <source>The CA started but did not come online within %1 s.</source>
        <translation>Die Zertifizierungsstelle wurde gestartet, war aber nicht innerhalb von %1 s erreichbar.</translation>
    </message>
    <message>
        <source>Look at the CA&apos;s event log.</source>
        <translation>Sehen Sie im Ereignisprotokoll der Zertifizierungsstelle nach.</translation>
    </message>
    <message>
        <source>The CA is running on the restored database.</source>
        <translation>Die Zertifizierungsstelle läuft mit der wiederhergestellten Datenbank.</translation>
    </message>
    <message>
        <source>Put the CA&apos;s files back by hand from the before-restore folder, then restore again.</source>
        <translation>Legen Sie die Dateien der Zertifizierungsstelle von Hand aus dem before-restore-Ordner zurück und starten Sie dann die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>Nothing to restore: neither the database nor the key was chosen.</source>
        <translation>Nichts wiederherzustellen: Weder die Datenbank noch der Schlüssel wurde ausgewählt.</translation>
    </message>
    <message>
        <source>Restoring the CA key needs the password it was backed up with.</source>
        <translation>Zum Wiederherstellen des Schlüssels der Zertifizierungsstelle wird das Kennwort benötigt, mit dem er gesichert wurde.</translation>
    </message>
    <message>
        <source>Give the key password.</source>
        <translation>Geben Sie das Schlüsselkennwort an.</translation>
    </message>
    <message>
        <source>The CA was not changed; the staged copies were removed.</source>
        <translation>Die Zertifizierungsstelle wurde nicht verändert; die bereitgestellten Kopien wurden entfernt.</translation>
    </message>
    <message>
        <source>The CA&apos;s previous database and logs are back in place.</source>
        <translation>Die bisherige Datenbank und die Protokolle der Zertifizierungsstelle sind wieder an ihrem Platz.</translation>
    </message>
    <message>
        <source>The CA was started again on its previous database.</source>
        <translation>Die Zertifizierungsstelle wurde mit ihrer bisherigen Datenbank wieder gestartet.</translation>
    </message>
    <message>
        <source>The CA does not start again: %1</source>
        <translation>Die Zertifizierungsstelle startet nicht wieder: %1</translation>
    </message>
    <message>
        <source>The restore could not be undone completely: %1. The CA&apos;s previous files are in %2.</source>
        <translation>Die Wiederherstellung konnte nicht vollständig rückgängig gemacht werden: %1. Die bisherigen Dateien der Zertifizierungsstelle liegen in %2.</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder in %1: %2</source>
        <translation>In %1 kann kein Arbeitsordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Give a scratch folder with enough free space.</source>
        <translation>Geben Sie einen Arbeitsordner mit genügend freiem Speicher an.</translation>
    </message>
    <message>
        <source>Scratch copy in %1</source>
        <translation>Arbeitskopie in %1</translation>
    </message>
    <message>
        <source>%1 files of %2 set(s) copied, each SHA-256 matching its manifest</source>
        <translation>%1 Dateien aus %2 Satz/Sätzen kopiert, jeder SHA-256 stimmt mit seinem Manifest überein</translation>
    </message>
    <message>
        <source>This set would not restore. Take a new full backup now and drill it.</source>
        <translation>Dieser Satz ließe sich nicht wiederherstellen. Erstellen Sie jetzt eine neue vollständige Sicherung und testen Sie deren Wiederherstellung.</translation>
    </message>
    <message>
        <source>Checking the set and the CA</source>
        <translation>Satz und Zertifizierungsstelle werden geprüft</translation>
    </message>
    <message>
        <source>Checking the set</source>
        <translation>Satz wird geprüft</translation>
    </message>
    <message>
        <source>Stopping the CA</source>
        <translation>Zertifizierungsstelle wird beendet</translation>
    </message>
    <message>
        <source>Copying and checking the files</source>
        <translation>Dateien werden kopiert und geprüft</translation>
    </message>
    <message>
        <source>Moving the CA&apos;s files aside and the restored ones into place</source>
        <translation>Dateien der Zertifizierungsstelle werden beiseitegelegt und die wiederhergestellten an ihren Platz gebracht</translation>
    </message>
    <message>
        <source>Registering the restore with the CA</source>
        <translation>Wiederherstellung wird bei der Zertifizierungsstelle registriert</translation>
    </message>
    <message>
        <source>Restoring the CA key</source>
        <translation>Schlüssel der Zertifizierungsstelle wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Starting the CA (it recovers the restored database)</source>
        <translation>Zertifizierungsstelle wird gestartet (sie spielt die Protokolle in die wiederhergestellte Datenbank ein)</translation>
    </message>
    <message>
        <source>Undoing the restore</source>
        <translation>Wiederherstellung wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Recovering the scratch copy</source>
        <translation>Protokolle werden in die Arbeitskopie eingespielt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Run the restore elevated (as an administrator): it needs the backup and restore privileges.</source>
        <translation>Führen Sie die Wiederherstellung mit erhöhten Rechten (als Administrator) aus: Sie erfordert das Sicherungs- und das Wiederherstellungsrecht.</translation>
    </message>
    <message>
        <source>Stop the CA service and restore again.</source>
        <translation>Beenden Sie den Dienst der Zertifizierungsstelle und starten Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>Restore again; report the log if it repeats.</source>
        <translation>Starten Sie die Wiederherstellung erneut; melden Sie das Protokoll, wenn es wieder auftritt.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run the restore elevated (as an administrator): it needs the backup and restore privileges.</source>
        <translation>Es wurde nichts geändert. Führen Sie die Wiederherstellung mit erhöhten Rechten (als Administrator) aus: Sie erfordert das Sicherungs- und das Wiederherstellungsrecht.</translation>
    </message>
    <message>
        <source>CertSrvServerControlW SHUTDOWN failed with %1; stopping the service through the service manager</source>
        <translation>CertSrvServerControlW SHUTDOWN ist mit %1 fehlgeschlagen; der Dienst wird über den Dienststeuerungs-Manager beendet</translation>
    </message>
    <message>
        <source>%1 failed with %2: %3</source>
        <translation>%1 ist mit %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 has %2 free; the restore needs %3 there (the CA&apos;s current files are kept until it succeeds).</source>
        <translation>%1 hat %2 frei; die Wiederherstellung benötigt dort %3 (die aktuellen Dateien der Zertifizierungsstelle bleiben erhalten, bis sie erfolgreich ist).</translation>
    </message>
    <message>
        <source>%1 files (%2) copied and checked against their SHA-256.</source>
        <translation>%1 Dateien (%2) kopiert und anhand ihres SHA-256 geprüft.</translation>
    </message>
</context>
<context>
    <name>RestoreJournal</name>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the restore journal %1: %2</source>
        <translation>das Wiederherstellungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the restore journal %1: %2</source>
        <translation>das Wiederherstellungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the restore journal %1 is damaged; the CA&apos;s previous files are in the before-restore-* folders inside its database and log folders</source>
        <translation>das Wiederherstellungsjournal %1 ist beschädigt; die bisherigen Dateien der Zertifizierungsstelle liegen in den before-restore-*-Ordnern in ihrem Datenbank- und Protokollordner</translation>
    </message>
    <message>
        <source>cannot move %1 back to %2</source>
        <translation>%1 kann nicht nach %2 zurückverschoben werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot move the restore journal into %1</source>
        <translation>das Wiederherstellungsjournal kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 was found and could not be undone: %2. The CA&apos;s previous files are in the before-restore-* folders inside %3.</source>
        <translation>Eine unterbrochene Wiederherstellung von %1 wurde gefunden und konnte nicht rückgängig gemacht werden: %2. Die bisherigen Dateien der Zertifizierungsstelle liegen in den before-restore-*-Ordnern in %3.</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 (from %2) had not yet changed the CA; its staged copies were removed.</source>
        <translation>Eine unterbrochene Wiederherstellung von %1 (aus %2) hatte die Zertifizierungsstelle noch nicht verändert; ihre bereitgestellten Kopien wurden entfernt.</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 (from %2) was undone: the CA&apos;s previous database and logs are back in place.</source>
        <translation>Eine unterbrochene Wiederherstellung von %1 (aus %2) wurde rückgängig gemacht: Die bisherige Datenbank und die Protokolle der Zertifizierungsstelle sind wieder an ihrem Platz.</translation>
    </message>
    <message>
        <source>The CA was running before the restore and has been started again.</source>
        <translation>Die Zertifizierungsstelle lief vor der Wiederherstellung und wurde wieder gestartet.</translation>
    </message>
    <message>
        <source>The CA was running before the restore but does not start: %1</source>
        <translation>Die Zertifizierungsstelle lief vor der Wiederherstellung, startet aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>RestorePlan</name>
    <message>
        <source>%1 has no readable %2 (the restore map): %3</source>
        <translation>%1 hat keine lesbare Datei %2 (die Wiederherstellungszuordnung): %3</translation>
    </message>
    <message>
        <source>%1 in %2 names no database</source>
        <translation>%1 in %2 nennt keine Datenbank</translation>
    </message>
    <message>
        <source>%1 is not a backup set: it has no %2 folder</source>
        <translation>%1 ist kein Sicherungssatz: Der Ordner %2 fehlt</translation>
    </message>
    <message>
        <source>%1 holds %2 databases; a CA backup holds one</source>
        <translation>%1 enthält %2 Datenbanken; eine Sicherung einer Zertifizierungsstelle enthält nur eine</translation>
    </message>
    <message>
        <source>%1 holds no log files: it cannot be recovered</source>
        <translation>%1 enthält keine Protokolldateien: Der Ordner kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>log generation %1 is missing from %2</source>
        <translation>Protokollgeneration %1 fehlt in %2</translation>
    </message>
    <message>
        <source>%1 is not a folder: give the folder of a backup set (the one that holds DataBase)</source>
        <translation>%1 ist kein Ordner: Geben Sie den Ordner eines Sicherungssatzes an (den Ordner, der DataBase enthält)</translation>
    </message>
    <message>
        <source>%1 is an unfinished set of an interrupted backup; it cannot be restored</source>
        <translation>%1 ist der unfertige Satz einer unterbrochenen Sicherung; er kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1 is a logs-only set without a manifest: restore its full set first, or restore a set made by this tool, whose chain is known</source>
        <translation>%1 ist ein reiner Protokollsatz ohne Manifest: Stellen Sie zuerst seinen vollständigen Satz wieder her oder stellen Sie einen mit diesem Programm erstellten Satz wieder her, dessen Kette bekannt ist</translation>
    </message>
    <message>
        <source>%1 has no manifest (made by certutil, Backup-CARoleService or the console): only its structure was checked, not the contents of its files</source>
        <translation>%1 hat kein Manifest (erstellt mit certutil, Backup-CARoleService oder der Konsole): Nur seine Struktur wurde geprüft, nicht der Inhalt seiner Dateien</translation>
    </message>
    <message>
        <source>the manifest of %1 cannot be read: %2</source>
        <translation>das Manifest von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 holds files its manifest does not list (not restored): %2</source>
        <translation>%1 enthält Dateien, die sein Manifest nicht aufführt (nicht wiederhergestellt): %2</translation>
    </message>
    <message>
        <source>%1, which %2 needs, cannot be restored: %3</source>
        <translation>%1, den %2 benötigt, kann nicht wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <source>no full set was found for %1</source>
        <translation>für %1 wurde kein vollständiger Satz gefunden</translation>
    </message>
    <message>
        <source>log generations %1 to %2 are missing between %3 and %4</source>
        <translation>die Protokollgenerationen %1 bis %2 fehlen zwischen %3 und %4</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>Retention removed %n set(s)</source>
        <translation>
            <numerusform>Aufbewahrung hat %n Satz entfernt</numerusform>
            <numerusform>Aufbewahrung hat %n Sätze entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, kept %n</source>
        <translation>
            <numerusform>, %n behalten</numerusform>
            <numerusform>, %n behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be removed</source>
        <translation>
            <numerusform>, %n konnte nicht entfernt werden</numerusform>
            <numerusform>, %n konnten nicht entfernt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the manifest says %3</source>
        <translation>%1 hat %2 Bytes, laut Manifest %3</translation>
    </message>
    <message>
        <source>this profile keeps every set</source>
        <translation>dieses Profil behält jeden Satz</translation>
    </message>
    <message>
        <source>not written by CertSrv Backup Manager</source>
        <translation>nicht von CertSrv Backup Manager geschrieben</translation>
    </message>
    <message>
        <source>did not pass the check (%1)</source>
        <translation>Prüfung nicht bestanden (%1)</translation>
    </message>
    <message>
        <source>the newest full set</source>
        <translation>der neueste vollständige Satz</translation>
    </message>
    <message numerus="yes">
        <source>one of the last %n full set(s)</source>
        <translation>
            <numerusform>der letzte vollständige Satz (Aufbewahrung: %n)</numerusform>
            <numerusform>einer der letzten %n vollständigen Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>older than the last %n full set(s)</source>
        <translation>
            <numerusform>älter als der letzte vollständige Satz (Aufbewahrung: %n)</numerusform>
            <numerusform>älter als die letzten %n vollständigen Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>its chain to a full set is broken; kept for inspection</source>
        <translation>seine Kette zu einem vollständigen Satz ist unterbrochen; zur Prüfung behalten</translation>
    </message>
    <message>
        <source>extends the removed full set %1</source>
        <translation>setzt den entfernten vollständigen Satz %1 fort</translation>
    </message>
    <message>
        <source>extends the kept full set %1</source>
        <translation>setzt den behaltenen vollständigen Satz %1 fort</translation>
    </message>
    <message>
        <source>needed to restore the kept set %1</source>
        <translation>wird zur Wiederherstellung des behaltenen Satzes %1 benötigt</translation>
    </message>
    <message>
        <source>%1: not a set folder inside %2; left alone</source>
        <translation>%1: kein Satzordner in %2; unverändert gelassen</translation>
    </message>
    <message>
        <source>%1: cannot remove its manifest; the set is unchanged</source>
        <translation>%1: das Manifest kann nicht entfernt werden; der Satz ist unverändert</translation>
    </message>
    <message>
        <source>%1: only partly removed; it is no longer listed as a backup, delete the rest by hand</source>
        <translation>%1: nur teilweise entfernt; der Satz wird nicht mehr als Sicherung geführt, löschen Sie den Rest von Hand</translation>
    </message>
</context>
<context>
    <name>RunWatch</name>
    <message>
        <source>Backup complete: %1</source>
        <translation>Sicherung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>  full backup of %1 (%2): %3 files, %4 in %5 s (%6/s)</source>
        <translation>  vollständige Sicherung von %1 (%2): %3 Dateien, %4 in %5 s (%6/s)</translation>
    </message>
    <message>
        <source>  logs-only backup of %1 (%2): %3 files, %4 in %5 s (%6/s)</source>
        <translation>  Protokollsicherung von %1 (%2): %3 Dateien, %4 in %5 s (%6/s)</translation>
    </message>
    <message>
        <source>  log generations %1-%2, logs truncated on the server</source>
        <translation>  Protokollgenerationen %1-%2, Protokolle auf dem Server abgeschnitten</translation>
    </message>
    <message>
        <source>  log generations %1-%2, logs kept on the server</source>
        <translation>  Protokollgenerationen %1-%2, Protokolle auf dem Server behalten</translation>
    </message>
    <message>
        <source>  CA certificate and key: %1</source>
        <translation>  Zertifikat und Schlüssel der Zertifizierungsstelle: %1</translation>
    </message>
    <message>
        <source>  verification: %1</source>
        <translation>  Prüfung: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Backup cancelled: %1</source>
        <translation>Sicherung abgebrochen: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  code %1 %2 (in %3)</source>
        <translation>  Code %1 %2 (in %3)</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation>  Was tun: %1</translation>
    </message>
    <message>
        <source>Cancelling: the set is complete and is kept; its verification is skipped...</source>
        <translation>Abbruch: der Satz ist vollständig und wird behalten; seine Prüfung entfällt...</translation>
    </message>
    <message>
        <source>Cancelling: ending the backup on the server and removing the unfinished set...</source>
        <translation>Abbruch: die Sicherung wird auf dem Server beendet und der unfertige Satz entfernt...</translation>
    </message>
    <message>
        <source>  test restore: passed (%1 certificates, highest serial %2)</source>
        <translation>  Testwiederherstellung: bestanden (%1 Zertifikate, höchste Seriennummer %2)</translation>
    </message>
    <message>
        <source>  test restore: cancelled</source>
        <translation>  Testwiederherstellung: abgebrochen</translation>
    </message>
    <message>
        <source>  test restore: FAILED: %1</source>
        <translation>  Testwiederherstellung: FEHLGESCHLAGEN: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Done: the password is kept in %1.</source>
        <translation>Fertig: Das Kennwort ist im Kennwortspeicher „%1“ hinterlegt.</translation>
    </message>
    <message>
        <source>No password is stored in %1 for this profile.</source>
        <translation>Im Kennwortspeicher „%1“ ist für dieses Profil kein Kennwort hinterlegt.</translation>
    </message>
    <message>
        <source>The password cannot be kept or read: %1 is not available%2. Nothing was stored, as passwords are never written in plain text. Start or unlock the keychain, or choose &quot;ask me each time&quot; or &quot;keep for this session&quot;.</source>
        <translation>Das Kennwort kann weder gespeichert noch gelesen werden: Der Kennwortspeicher „%1“ ist nicht verfügbar%2. Es wurde nichts gespeichert, da Kennwörter nie im Klartext geschrieben werden. Starten oder entsperren Sie den Schlüsselbund oder wählen Sie „jedes Mal nachfragen“ oder „für diese Sitzung merken“.</translation>
    </message>
    <message>
        <source>The password cannot be kept or read: %1 is locked or refused access%2. Unlock it and try again, or choose &quot;ask me each time&quot; or &quot;keep for this session&quot;.</source>
        <translation>Das Kennwort kann weder gespeichert noch gelesen werden: Der Kennwortspeicher „%1“ ist gesperrt oder hat den Zugriff verweigert%2. Entsperren Sie ihn und versuchen Sie es erneut oder wählen Sie „jedes Mal nachfragen“ oder „für diese Sitzung merken“.</translation>
    </message>
    <message>
        <source>The password cannot be kept or read: %1 did not answer in time and may be waiting to be unlocked. Unlock it and try again, or choose &quot;ask me each time&quot;.</source>
        <translation>Das Kennwort kann weder gespeichert noch gelesen werden: Der Kennwortspeicher „%1“ hat nicht rechtzeitig geantwortet und wartet möglicherweise darauf, entsperrt zu werden. Entsperren Sie ihn und versuchen Sie es erneut oder wählen Sie „jedes Mal nachfragen“.</translation>
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source>List the servers this machine knows, with their state.</source>
        <translation>Listet die Server, die dieser Computer kennt, mit ihrem Zustand.</translation>
    </message>
    <message>
        <source>%1  %2  %3  (%4)%5</source>
        <translation>%1  %2  %3  (%4)%5</translation>
    </message>
    <message>
        <source>, also named %1</source>
        <translation>, auch %1 genannt</translation>
    </message>
    <message>
        <source>No servers found. Name one with --server.</source>
        <translation>Keine Server gefunden. Nennen Sie einen mit --server.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation>Führen Sie „%1 --help“ aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2&apos; for what it takes.</source>
        <translation>Führen Sie „%1 help %2“ aus, um zu sehen, was er annimmt.</translation>
    </message>
    <message>
        <source>CA key password: </source>
        <translation>Schlüsselkennwort der Zertifizierungsstelle: </translation>
    </message>
</context>
<context>
    <name>TerminalProgress</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Rest %1</translation>
    </message>
    <message>
        <source>ETA --</source>
        <translation>Rest --</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Re-hash a set against its manifest and check its chain and CA key.</source>
        <translation>Prüft einen Satz erneut gegen sein Manifest und prüft seine Kette und den Schlüssel der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Read the password of the set&apos;s CA key from standard input (one line) and open the key.</source>
        <translation>Das Kennwort des Schlüssels der Zertifizierungsstelle im Satz von der Standardeingabe lesen (eine Zeile) und den Schlüssel öffnen.</translation>
    </message>
    <message>
        <source>Open the set&apos;s CA key with the password this saved profile keeps in the keychain.</source>
        <translation>Den Schlüssel der Zertifizierungsstelle im Satz mit dem Kennwort öffnen, das dieses gespeicherte Profil im Schlüsselbund hinterlegt hat.</translation>
    </message>
    <message>
        <source>The set&apos;s folder.</source>
        <translation>Der Ordner des Satzes.</translation>
    </message>
    <message>
        <source>--key-password-stdin and --profile exclude each other</source>
        <translation>--key-password-stdin und --profile schließen einander aus</translation>
    </message>
    <message>
        <source>no key password on standard input</source>
        <translation>kein Schlüsselkennwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>  missing: %1</source>
        <translation>  fehlt: %1</translation>
    </message>
    <message>
        <source>  changed: %1</source>
        <translation>  geändert: %1</translation>
    </message>
    <message>
        <source>  extra: %1</source>
        <translation>  zusätzlich: %1</translation>
    </message>
    <message>
        <source>  problem: %1</source>
        <translation>  Problem: %1</translation>
    </message>
    <message>
        <source>  chain: %1</source>
        <translation>  Kette: %1</translation>
    </message>
    <message>
        <source>  CA key: %1</source>
        <translation>  Schlüssel der Zertifizierungsstelle: %1</translation>
    </message>
</context>
<context>
    <name>certadm</name>
    <message>
        <source>Run the backup as a member of the CA&apos;s Backup Operators or local Administrators, from an elevated session (Run as administrator), so that the backup privilege is enabled.</source>
        <translation>Führen Sie die Sicherung als Mitglied der Sicherungs-Operatoren oder der lokalen Administratoren der Zertifizierungsstelle in einer Sitzung mit erhöhten Rechten aus (Als Administrator ausführen), damit das Sicherungsrecht aktiviert ist.</translation>
    </message>
    <message>
        <source>Check that the Active Directory Certificate Services service (CertSvc) is running on the server and that the server name is right and reachable, then try again.</source>
        <translation>Prüfen Sie, ob der Dienst Active Directory-Zertifikatdienste (CertSvc) auf dem Server läuft und der Servername stimmt und erreichbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Access denied: the backup privilege is not enabled, the session is not elevated, or the account is not a CA backup operator.</source>
        <translation>Zugriff verweigert: Das Sicherungsrecht ist nicht aktiviert, die Sitzung hat keine erhöhten Rechte, oder das Konto ist kein Sicherungs-Operator der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>A required privilege is not held by the client.</source>
        <translation>Der Client besitzt ein erforderliches Recht nicht.</translation>
    </message>
    <message>
        <source>Not all privileges were assigned to the process token.</source>
        <translation>Dem Prozesstoken wurden nicht alle Rechte zugewiesen.</translation>
    </message>
    <message>
        <source>The RPC server is unavailable: the CA service is not running or the host cannot be reached.</source>
        <translation>Der RPC-Server ist nicht verfügbar: Der Dienst der Zertifizierungsstelle läuft nicht, oder der Host ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The remote procedure call failed: the connection to the CA broke during the call.</source>
        <translation>Der Remoteprozeduraufruf ist fehlgeschlagen: Die Verbindung zur Zertifizierungsstelle ist während des Aufrufs abgebrochen.</translation>
    </message>
    <message>
        <source>Check the network and the CA service, then run the backup again; the partial set was removed and the logs were not truncated.</source>
        <translation>Prüfen Sie das Netzwerk und den Dienst der Zertifizierungsstelle und starten Sie die Sicherung dann erneut; der unvollständige Satz wurde entfernt, die Protokolle wurden nicht gekürzt.</translation>
    </message>
    <message>
        <source>The remote procedure call failed and did not execute.</source>
        <translation>Der Remoteprozeduraufruf ist fehlgeschlagen und wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>There are no more endpoints available from the endpoint mapper.</source>
        <translation>Die Endpunktzuordnung hat keine Endpunkte mehr verfügbar.</translation>
    </message>
    <message>
        <source>The CA is not ready: the service is paused or starting.</source>
        <translation>Die Zertifizierungsstelle ist nicht bereit: Der Dienst ist angehalten oder startet gerade.</translation>
    </message>
    <message>
        <source>Resume or start Certificate Services on the server (the Certification Authority console or &apos;net continue certsvc&apos;), then try again.</source>
        <translation>Setzen Sie die Zertifikatdienste auf dem Server fort oder starten Sie sie (Konsole „Zertifizierungsstelle“ oder &apos;net continue certsvc&apos;) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Another backup of this CA is already running (only one online backup at a time).</source>
        <translation>Eine andere Sicherung dieser Zertifizierungsstelle läuft bereits (nur eine Onlinesicherung gleichzeitig).</translation>
    </message>
    <message>
        <source>Wait for the other backup to finish (certutil, Windows Server Backup or a scheduled task), then try again.</source>
        <translation>Warten Sie, bis die andere Sicherung fertig ist (certutil, Windows Server-Sicherung oder eine geplante Aufgabe), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The backup calls were made in an order the database does not accept.</source>
        <translation>Die Sicherungsaufrufe kamen in einer Reihenfolge, die die Datenbank nicht annimmt.</translation>
    </message>
    <message>
        <source>Run the backup again; if it keeps failing, restart Certificate Services to clear a stuck backup.</source>
        <translation>Starten Sie die Sicherung erneut; schlägt sie weiter fehl, starten Sie die Zertifikatdienste neu, um eine hängende Sicherung zu beenden.</translation>
    </message>
    <message>
        <source>The database does not allow a backup yet (it is still starting or recovering).</source>
        <translation>Die Datenbank lässt noch keine Sicherung zu (sie startet noch oder wird wiederhergestellt).</translation>
    </message>
    <message>
        <source>Wait until Certificate Services has finished starting, then try again.</source>
        <translation>Warten Sie, bis die Zertifikatdienste vollständig gestartet sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The backup is not possible: a logs-only backup is refused while circular logging is on.</source>
        <translation>Die Sicherung ist nicht möglich: Eine Protokollsicherung wird abgelehnt, solange die Umlaufprotokollierung aktiv ist.</translation>
    </message>
    <message>
        <source>Take a full backup instead, or turn circular logging off on the CA.</source>
        <translation>Erstellen Sie stattdessen eine vollständige Sicherung, oder schalten Sie die Umlaufprotokollierung der Zertifizierungsstelle aus.</translation>
    </message>
    <message>
        <source>A logs-only (incremental) backup needs a full backup of this database first.</source>
        <translation>Eine Protokollsicherung (inkrementell) braucht zuerst eine vollständige Sicherung dieser Datenbank.</translation>
    </message>
    <message>
        <source>Take a full backup of this CA first, then logs-only backups can extend it.</source>
        <translation>Erstellen Sie zuerst eine vollständige Sicherung dieser Zertifizierungsstelle; Protokollsicherungen können sie dann fortschreiben.</translation>
    </message>
    <message>
        <source>The file is in use by another process (Certificate Services still running during a restore?).</source>
        <translation>Die Datei wird von einem anderen Prozess verwendet (laufen die Zertifikatdienste während einer Wiederherstellung noch?).</translation>
    </message>
    <message>
        <source>Stop Certificate Services before a restore, or close the program that holds the file.</source>
        <translation>Beenden Sie die Zertifikatdienste vor einer Wiederherstellung, oder schließen Sie das Programm, das die Datei geöffnet hat.</translation>
    </message>
    <message>
        <source>The target folder is not empty.</source>
        <translation>Der Zielordner ist nicht leer.</translation>
    </message>
    <message>
        <source>Choose an empty folder, or move its contents away first.</source>
        <translation>Wählen Sie einen leeren Ordner, oder verschieben Sie seinen Inhalt zuerst.</translation>
    </message>
    <message>
        <source>The folder layout is wrong, or an incremental set was restored before its full set.</source>
        <translation>Die Ordnerstruktur stimmt nicht, oder ein inkrementeller Satz wurde vor seinem vollständigen Satz wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore the full set first, from a folder that has the DataBase subfolder, then the logs-only sets in order.</source>
        <translation>Stellen Sie zuerst den vollständigen Satz aus einem Ordner mit dem Unterordner DataBase wieder her, danach die Protokollsätze der Reihe nach.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>Auf dem Datenträger ist nicht genügend Speicherplatz.</translation>
    </message>
    <message>
        <source>Free space at the destination or choose another destination, then run the backup again.</source>
        <translation>Schaffen Sie Platz am Ziel oder wählen Sie ein anderes Ziel, und starten Sie die Sicherung dann erneut.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The system cannot find the file specified.</source>
        <translation>Das System kann die angegebene Datei nicht finden.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system cannot find the path specified.</source>
        <translation>Das System kann den angegebenen Pfad nicht finden.</translation>
    </message>
    <message>
        <source>Check that the folder exists and try again.</source>
        <translation>Prüfen Sie, ob der Ordner existiert, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Die Daten sind ungültig.</translation>
    </message>
    <message>
        <source>The server returned something malformed; run the backup again and report it if it repeats.</source>
        <translation>Der Server hat fehlerhafte Daten geliefert; starten Sie die Sicherung erneut und melden Sie es, wenn es wieder vorkommt.</translation>
    </message>
    <message>
        <source>The system cannot write to the specified device.</source>
        <translation>Das System kann nicht auf das angegebene Gerät schreiben.</translation>
    </message>
    <message>
        <source>Check the destination disk or share, then run the backup again.</source>
        <translation>Prüfen Sie den Zieldatenträger oder die Freigabe und starten Sie die Sicherung dann erneut.</translation>
    </message>
    <message>
        <source>The server could not read from the database or log file.</source>
        <translation>Der Server konnte die Datenbank oder Protokolldatei nicht lesen.</translation>
    </message>
    <message>
        <source>Check the CA server&apos;s disk and event log for errors, then run the backup again.</source>
        <translation>Prüfen Sie Datenträger und Ereignisprotokoll des Servers der Zertifizierungsstelle auf Fehler und starten Sie die Sicherung dann erneut.</translation>
    </message>
    <message>
        <source>Data error (cyclic redundancy check) while reading.</source>
        <translation>Datenfehler (CRC-Prüfung) beim Lesen.</translation>
    </message>
    <message>
        <source>Check the CA server&apos;s disk for errors, then run the backup again.</source>
        <translation>Prüfen Sie den Datenträger des Servers der Zertifizierungsstelle auf Fehler und starten Sie die Sicherung dann erneut.</translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation>Die Datei existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another destination or remove the existing set.</source>
        <translation>Wählen Sie ein anderes Ziel, oder entfernen Sie den vorhandenen Satz.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was kept and the logs were not truncated; start the backup again when ready.</source>
        <translation>Es wurde nichts behalten, und die Protokolle wurden nicht gekürzt; starten Sie die Sicherung erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>One or more arguments are invalid.</source>
        <translation>Mindestens ein Argument ist ungültig.</translation>
    </message>
    <message>
        <source>Check the server name and the backup type.</source>
        <translation>Prüfen Sie den Servernamen und die Art der Sicherung.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>Nicht genügend Arbeitsspeicher, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not implement this operation.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>Use a server version that supports it.</source>
        <translation>Verwenden Sie eine Serverversion, die ihn unterstützt.</translation>
    </message>
    <message>
        <source>Unspecified failure.</source>
        <translation>Nicht näher bezeichneter Fehler.</translation>
    </message>
    <message>
        <source>See the log for details and try again.</source>
        <translation>Einzelheiten stehen im Protokoll; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Catastrophic failure.</source>
        <translation>Schwerwiegender Fehler.</translation>
    </message>
    <message>
        <source>The handle is invalid.</source>
        <translation>Das Handle ist ungültig.</translation>
    </message>
    <message>
        <source>Run the backup again.</source>
        <translation>Starten Sie die Sicherung erneut.</translation>
    </message>
    <message>
        <source>Incorrect function.</source>
        <translation>Unzulässige Funktion.</translation>
    </message>
    <message>
        <source>Not enough memory resources are available.</source>
        <translation>Nicht genügend Arbeitsspeicher verfügbar.</translation>
    </message>
    <message>
        <source>The file is being used by another process.</source>
        <translation>Die Datei wird von einem anderen Prozess verwendet.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>Die Anforderung wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>Der Netzwerkpfad wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The specified network name is no longer available.</source>
        <translation>Der angegebene Netzwerkname ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The network name cannot be found.</source>
        <translation>Der Netzwerkname wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The parameter is incorrect.</source>
        <translation>Falscher Parameter.</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>Die angeforderte Ressource wird bereits verwendet.</translation>
    </message>
    <message>
        <source>Cannot create a file when that file already exists.</source>
        <translation>Eine Datei kann nicht erstellt werden, wenn sie bereits existiert.</translation>
    </message>
    <message>
        <source>The service did not respond in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The specified service does not exist.</source>
        <translation>Der angegebene Dienst existiert nicht.</translation>
    </message>
    <message>
        <source>The service has not been started.</source>
        <translation>Der Dienst wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>Der Benutzername oder das Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>The RPC server is unavailable.</source>
        <translation>Der RPC-Server ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The remote procedure call failed.</source>
        <translation>Der Remoteprozeduraufruf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The operation completed successfully.</source>
        <translation>Der Vorgang wurde erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>See the log for details; run the backup again, and if it keeps failing check the CA server&apos;s event log.</source>
        <translation>Einzelheiten stehen im Protokoll; starten Sie die Sicherung erneut, und prüfen Sie das Ereignisprotokoll des Servers der Zertifizierungsstelle, wenn sie weiter fehlschlägt.</translation>
    </message>
    <message>
        <source>The CA database engine (ESE) reported error %1.</source>
        <translation>Das Datenbankmodul der Zertifizierungsstelle (ESE) hat den Fehler %1 gemeldet.</translation>
    </message>
    <message>
        <source>Windows error %1.</source>
        <translation>Windows-Fehler %1.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
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
        <source>%1 was not written completely.</source>
        <translation>%1 wurde nicht vollständig geschrieben.</translation>
    </message>
    <message>
        <source>This logs-only set does not connect to a full set at this destination: %1</source>
        <translation>Dieser reine Protokollsatz schließt an keinen vollständigen Satz an diesem Ziel an: %1</translation>
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
    <message>
        <source>Exporting the certificate and private key of %1</source>
        <translation>Zertifikat und privater Schlüssel von %1 werden exportiert</translation>
    </message>
    <message>
        <source>The CA key could not be exported, so no set was written: %1</source>
        <translation>Der Schlüssel der Zertifizierungsstelle konnte nicht exportiert werden, daher wurde kein Satz geschrieben: %1</translation>
    </message>
    <message>
        <source>CA key exported to %1 (%2)</source>
        <translation>Schlüssel der Zertifizierungsstelle nach %1 exportiert (%2)</translation>
    </message>
    <message>
        <source>Run the backup on the CA itself, or turn off &quot;include the CA key&quot; for this server.</source>
        <translation>Führen Sie die Sicherung auf der Zertifizierungsstelle selbst aus oder schalten Sie „Schlüssel der Zertifizierungsstelle einschließen“ für diesen Server aus.</translation>
    </message>
    <message>
        <source>The CA key was asked for, but no password to protect it was given.</source>
        <translation>Der Schlüssel der Zertifizierungsstelle wurde angefordert, aber es wurde kein Kennwort zu seinem Schutz angegeben.</translation>
    </message>
    <message>
        <source>Store the key password in the keychain for this profile, or type it when the backup starts.</source>
        <translation>Hinterlegen Sie das Schlüsselkennwort für dieses Profil im Schlüsselbund oder geben Sie es beim Start der Sicherung ein.</translation>
    </message>
    <message>
        <source>Choose a destination outside the CA&apos;s folders, ideally on another disk or another machine.</source>
        <translation>Wählen Sie ein Ziel außerhalb der Ordner der Zertifizierungsstelle, am besten auf einem anderen Datenträger oder Computer.</translation>
    </message>
    <message>
        <source>Choose another destination, or make this one writable for the account that runs the backup.</source>
        <translation>Wählen Sie ein anderes Ziel oder machen Sie dieses für das Konto beschreibbar, das die Sicherung ausführt.</translation>
    </message>
    <message>
        <source>The server ended %1 after %2 of the %3 bytes it announced.</source>
        <translation>Der Server hat %1 nach %2 der angekündigten %3 Bytes beendet.</translation>
    </message>
    <message>
        <source>The server broke the backup protocol while sending %1 (%2 bytes announced, %3 received so far): %4. Nothing was kept and no logs were truncated.</source>
        <translation>Der Server hat beim Senden von %1 das Sicherungsprotokoll verletzt (%2 Bytes angekündigt, bisher %3 empfangen): %4. Nichts wurde behalten und keine Protokolle wurden abgeschnitten.</translation>
    </message>
    <message>
        <source>Run the backup again; if it fails the same way, the server&apos;s backup interface is faulty: check the CA&apos;s event log.</source>
        <translation>Führen Sie die Sicherung erneut aus; schlägt sie ebenso fehl, ist die Sicherungsschnittstelle des Servers fehlerhaft: Prüfen Sie das Ereignisprotokoll der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The server sent more of %1 than it announced: %2 bytes announced, at least %3 received. The file may have changed size while it was read, so the copy cannot be trusted; nothing was kept and no logs were truncated.</source>
        <translation>Der Server hat von %1 mehr gesendet als angekündigt: %2 Bytes angekündigt, mindestens %3 empfangen. Die Datei hat sich beim Lesen womöglich in der Größe geändert, daher ist der Kopie nicht zu trauen; nichts wurde behalten und keine Protokolle wurden abgeschnitten.</translation>
    </message>
    <message>
        <source>Run the backup again; if it fails the same way, check the CA&apos;s database and its event log.</source>
        <translation>Führen Sie die Sicherung erneut aus; schlägt sie ebenso fehl, prüfen Sie die Datenbank der Zertifizierungsstelle und ihr Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>The set is complete</source>
        <translation>Der Satz ist vollständig</translation>
    </message>
    <message>
        <source>Not verified: the backup was cancelled after its set was complete. The set is kept; verify it before relying on it.</source>
        <translation>Nicht überprüft: Die Sicherung wurde abgebrochen, nachdem ihr Satz vollständig war. Der Satz bleibt erhalten; überprüfen Sie ihn, bevor Sie sich auf ihn verlassen.</translation>
    </message>
    <message>
        <source>Put the CA&apos;s files back by hand from the before-restore folder in its database folder, start the CA, then back up again.</source>
        <translation>Legen Sie die Dateien der Zertifizierungsstelle von Hand aus dem before-restore-Ordner in ihrem Datenbankordner zurück, starten Sie die Zertifizierungsstelle und führen Sie die Sicherung dann erneut aus.</translation>
    </message>
    <message>
        <source>Prepared a full backup of %1</source>
        <translation>Vollständige Sicherung von %1 vorbereitet</translation>
    </message>
    <message>
        <source>Prepared a logs-only backup of %1</source>
        <translation>Protokollsicherung von %1 vorbereitet</translation>
    </message>
</context>
<context>
    <name>engine::DestinationCheck</name>
    <message>
        <source>%1 cannot be created: not even its drive or share exists.</source>
        <translation>%1 kann nicht angelegt werden: Nicht einmal das Laufwerk oder die Freigabe existiert.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the backup cannot be written there.</source>
        <translation>%1 ist eine Datei, kein Ordner: Die Sicherung kann dort nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is on %2, a file system that shows the operating system&apos;s state, not a disk: nothing written there is kept.</source>
        <translation>%1 liegt auf %2, einem Dateisystem, das den Zustand des Betriebssystems zeigt, keinem Datenträger: Dort Geschriebenes bleibt nicht erhalten.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is on a read-only file system, or this account may not write there.</source>
        <translation>%1 kann nicht beschrieben werden: Es liegt auf einem schreibgeschützten Dateisystem, oder dieses Konto darf dort nicht schreiben.</translation>
    </message>
    <message>
        <source>Enter the folder that is to hold the sets.</source>
        <translation>Geben Sie den Ordner an, der die Sätze aufnehmen soll.</translation>
    </message>
    <message>
        <source>%1 is not a full path: enter one that starts at a drive or share (such as D:\CABackup or \\server\share\CABackup; on Linux /srv/ca-backup).</source>
        <translation>%1 ist kein vollständiger Pfad: Geben Sie einen an, der bei einem Laufwerk oder einer Freigabe beginnt (etwa D:\CABackup oder \\server\share\CABackup; unter Linux /srv/ca-backup).</translation>
    </message>
</context>
<context>
    <name>engine::PartialSet</name>
    <message>
        <source>this account cannot write there, so it was left alone</source>
        <translation>dieses Konto darf dort nicht schreiben, daher wurde er nicht angerührt</translation>
    </message>
    <message>
        <source>it could not be removed completely; check the permissions of the folder and remove it by hand</source>
        <translation>er konnte nicht vollständig entfernt werden; prüfen Sie die Berechtigungen des Ordners und entfernen Sie ihn von Hand</translation>
    </message>
    <message>
        <source>%1 is being written by another backup (process %2 on %3); it was left alone.</source>
        <translation>%1 wird von einer anderen Sicherung geschrieben (Prozess %2 auf %3); er wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>%1 is being written by another backup; it was left alone.</source>
        <translation>%1 wird von einer anderen Sicherung geschrieben; er wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>Removed %1 (%2), the unfinished set of a backup that was interrupted (killed, crashed or cut off by a power loss); it was never a usable backup.</source>
        <translation>%1 (%2) entfernt, den unfertigen Satz einer unterbrochenen Sicherung (beendet, abgestürzt oder durch einen Stromausfall abgebrochen); er war nie eine brauchbare Sicherung.</translation>
    </message>
    <message>
        <source>%1 (%2) is the unfinished set of an interrupted backup, but %3.</source>
        <translation>%1 (%2) ist der unfertige Satz einer unterbrochenen Sicherung, aber %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is the unfinished set of an interrupted backup; the next backup to this destination removes it.</source>
        <translation>%1 (%2) ist der unfertige Satz einer unterbrochenen Sicherung; die nächste Sicherung in dieses Ziel entfernt ihn.</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
</context>
<context>
    <name>engine::SetVerifier</name>
    <message>
        <source>; CA key opened and checked</source>
        <translation>; Schlüssel der Zertifizierungsstelle geöffnet und geprüft</translation>
    </message>
    <message>
        <source>; CA key present, not opened (no password given)</source>
        <translation>; Schlüssel der Zertifizierungsstelle vorhanden, nicht geöffnet (kein Kennwort angegeben)</translation>
    </message>
    <message>
        <source>the manifest lists %1 CA key files; a set holds one</source>
        <translation>das Manifest führt %1 Schlüsseldateien der Zertifizierungsstelle auf; ein Satz enthält nur eine</translation>
    </message>
    <message>
        <source>the CA key %1 is not a .p12 file at the set root</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1 ist keine .p12-Datei im Stammordner des Satzes</translation>
    </message>
    <message>
        <source>the CA key %1 is missing or changed: it cannot be restored</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1 fehlt oder wurde verändert: er kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the CA key %1 is present and listed in the manifest; not opened (no password given)</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1 ist vorhanden und im Manifest aufgeführt; nicht geöffnet (kein Kennwort angegeben)</translation>
    </message>
    <message>
        <source>the CA key %1 cannot be read: %2</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA key %1: %2</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1: %2</translation>
    </message>
    <message>
        <source>the CA key %1 holds no private key that belongs to its certificate</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1 enthält keinen privaten Schlüssel, der zu seinem Zertifikat gehört</translation>
    </message>
    <message>
        <source>the CA key %1 holds the certificate of &quot;%2&quot;, not of the CA &quot;%3&quot; the set came from</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1 enthält das Zertifikat von „%2“, nicht das der Zertifizierungsstelle „%3“, von der der Satz stammt</translation>
    </message>
    <message>
        <source>the CA key %1 does not hold the CA certificate recorded at backup time (SHA-256 %2)</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1 enthält nicht das bei der Sicherung erfasste Zertifikat der Zertifizierungsstelle (SHA-256 %2)</translation>
    </message>
    <message>
        <source>the CA key %1 opens with the password and its key belongs to the certificate of %2 (%3)</source>
        <translation>der Schlüssel der Zertifizierungsstelle %1 lässt sich mit dem Kennwort öffnen, und sein Schlüssel gehört zum Zertifikat von %2 (%3)</translation>
    </message>
    <message>
        <source>FAILED: %1: manifest unreadable: %2</source>
        <translation>FEHLGESCHLAGEN: %1: Manifest nicht lesbar: %2</translation>
    </message>
    <message>
        <source>OK: %1 (%2 files, %3 verified)</source>
        <translation>OK: %1 (%2 Dateien, %3 geprüft)</translation>
    </message>
    <message>
        <source>FAILED: %1: %2 missing, %3 changed, %4 extra, %5 other problems</source>
        <translation>FEHLGESCHLAGEN: %1: %2 fehlen, %3 geändert, %4 zusätzlich, %5 andere Probleme</translation>
    </message>
</context>
<context>
    <name>engine::SetWriter</name>
    <message>
        <source>No free name for a new set in %1 (other backups: %2).</source>
        <translation>Kein freier Name für einen neuen Satz in %1 (andere Sicherungen: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Remove or move the sets of this second from the folder, or wait for the other backups to finish, then start this one again.</source>
        <translation>Entfernen oder verschieben Sie die Sätze dieser Sekunde aus dem Ordner oder warten Sie, bis die anderen Sicherungen fertig sind, und starten Sie diese dann erneut.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation>%1 kann nicht in seinen endgültigen Namen umbenannt werden.</translation>
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
        <source>Keep the CA&apos;s logs.</source>
        <translation>Protokolle der Zertifizierungsstelle behalten.</translation>
    </message>
    <message>
        <source>Include the CA key in the backup (the wizard asks for its password).</source>
        <translation>Den Schlüssel der Zertifizierungsstelle in die Sicherung aufnehmen (der Assistent fragt nach seinem Kennwort).</translation>
    </message>
    <message>
        <source>Run the saved profile now.</source>
        <translation>Das gespeicherte Profil jetzt ausführen.</translation>
    </message>
    <message>
        <source>Print diagnostics and the job&apos;s log lines on standard error.</source>
        <translation>Diagnosemeldungen und die Protokollzeilen des Auftrags auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>CertSrv Backup Manager is running already (process %1), but it does not answer. Close it or end that process, then start it again.</source>
        <translation>CertSrv Backup Manager läuft bereits (Prozess %1), antwortet aber nicht. Schließen Sie es oder beenden Sie diesen Prozess, und starten Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Start &amp;anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
</context>
<context>
    <name>platform::Elevation</name>
    <message>
        <source>Windows could not start the program elevated (error %1).</source>
        <translation>Windows konnte das Programm nicht mit erhöhten Rechten starten (Fehler %1).</translation>
    </message>
    <message>
        <source>The administrator prompt was declined. Nothing was changed: choose &quot;Restart as administrator&quot; again, or start the application as administrator.</source>
        <translation>Die Administratorabfrage wurde abgelehnt. Es wurde nichts geändert: Wählen Sie erneut „Als Administrator neu starten“ oder starten Sie die Anwendung als Administrator.</translation>
    </message>
    <message>
        <source>The elevated copy could not be watched (%1). Start the application as root instead, for example: sudo -E %2</source>
        <translation>Die Kopie mit erhöhten Rechten kann nicht beobachtet werden (%1). Starten Sie die Anwendung stattdessen als root, zum Beispiel: sudo -E %2</translation>
    </message>
    <message>
        <source>The administrator password prompt was cancelled. Nothing was changed: choose &quot;Restart as administrator&quot; again, or start the application as root.</source>
        <translation>Die Abfrage des Administratorkennworts wurde abgebrochen. Es wurde nichts geändert: Wählen Sie erneut „Als Administrator neu starten“ oder starten Sie die Anwendung als root.</translation>
    </message>
    <message>
        <source>pkexec refused to start the application as root: the password was wrong, this account may not become root, or no polkit authentication agent runs in this desktop session. Start it as root instead, for example: sudo -E %1</source>
        <translation>pkexec hat den Start der Anwendung als root verweigert: Das Kennwort war falsch, dieses Konto darf nicht root werden, oder in dieser Desktopsitzung läuft kein polkit-Authentifizierungsagent. Starten Sie sie stattdessen als root, zum Beispiel: sudo -E %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>The application started as root ended before its window opened (%1). Start it as root in a terminal to see why, for example: sudo -E %2</source>
        <translation>Die als root gestartete Anwendung hat sich beendet, bevor ihr Fenster erschien (%1). Starten Sie sie als root in einem Terminal, um den Grund zu sehen, zum Beispiel: sudo -E %2</translation>
    </message>
    <message>
        <source>pkexec is not installed, so the application cannot restart itself as root. Start it as root instead, for example: sudo -E %1</source>
        <translation>pkexec ist nicht installiert, daher kann sich die Anwendung nicht selbst als root neu starten. Starten Sie sie stattdessen als root, zum Beispiel: sudo -E %1</translation>
    </message>
    <message>
        <source>No temporary folder for the restart: %1</source>
        <translation>Kein temporärer Ordner für den Neustart: %1</translation>
    </message>
    <message>
        <source>pkexec could not be started: %1</source>
        <translation>pkexec konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>platform::Privilege</name>
    <message>
        <source>No backup privilege on this platform (effective user id %1): the server checks the caller.</source>
        <translation>Auf dieser Plattform gibt es kein Sicherungsrecht (effektive Benutzerkennung %1): Der Server prüft den Aufrufer.</translation>
    </message>
    <message>
        <source>No restore privilege on this platform (effective user id %1): the CA&apos;s folders decide.</source>
        <translation>Auf dieser Plattform gibt es kein Wiederherstellungsrecht (effektive Benutzerkennung %1): Es entscheiden die Ordner der Zertifizierungsstelle.</translation>
    </message>
</context>
<context>
    <name>profiles::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>profiles::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>profiles::RunController</name>
    <message>
        <source>Running the profile &quot;%1&quot;</source>
        <translation>Profil „%1“ wird ausgeführt</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; asks for the CA key password each time, and none was given for this run.</source>
        <translation>Das Profil „%1“ fragt jedes Mal nach dem Kennwort für den Schlüssel der Zertifizierungsstelle, und für diesen Lauf wurde keines angegeben.</translation>
    </message>
    <message>
        <source>No CA key password was found in %1 for the profile &quot;%2&quot; (none is stored, or the keychain is locked).</source>
        <translation>Im Kennwortspeicher „%1“ wurde für das Profil „%2“ kein Kennwort für den Schlüssel der Zertifizierungsstelle gefunden (keines hinterlegt oder der Schlüsselbund ist gesperrt).</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Vom Bediener abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was written; start the backup again when ready.</source>
        <translation>Es wurde nichts geschrieben; starten Sie die Sicherung erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Es läuft bereits eine Sicherung.</translation>
    </message>
    <message>
        <source>Wait for it to finish.</source>
        <translation>Warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Backup failed: %1 %2</source>
        <translation>Sicherung fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>the run was cancelled before the new set was verified, so no older set was removed</source>
        <translation>der Lauf wurde abgebrochen, bevor der neue Satz überprüft war, daher wurde kein älterer Satz entfernt</translation>
    </message>
    <message>
        <source>the new set did not pass verification, so no older set was removed</source>
        <translation>der neue Satz hat die Überprüfung nicht bestanden, daher wurde kein älterer Satz entfernt</translation>
    </message>
    <message>
        <source>the server now reports the CA &quot;%1&quot; but the profile was made for &quot;%2&quot;, so no set was removed</source>
        <translation>der Server meldet jetzt die Zertifizierungsstelle „%1“, das Profil wurde aber für „%2“ angelegt, daher wurde kein Satz entfernt</translation>
    </message>
    <message>
        <source>Retention skipped: %1</source>
        <translation>Aufbewahrung übersprungen: %1</translation>
    </message>
    <message>
        <source>Retention removed %1</source>
        <translation>Aufbewahrung hat %1 entfernt</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Retention had not finished when the application was closed; the older sets it did not remove yet are removed after the next good run.</source>
        <translation>Die Aufbewahrung war noch nicht fertig, als die Anwendung geschlossen wurde; die älteren Sätze, die sie noch nicht entfernt hat, werden nach dem nächsten erfolgreichen Lauf entfernt.</translation>
    </message>
    <message>
        <source>The application was closed while the backup ran, so the backup was cancelled; a server call had not returned after %1 s.</source>
        <translation>Die Anwendung wurde während der Sicherung geschlossen, daher wurde die Sicherung abgebrochen; ein Serveraufruf war nach %1 s noch nicht zurückgekehrt.</translation>
    </message>
    <message>
        <source>Nothing usable was written: an unfinished set is removed by the next backup to the same destination. Start the backup again when the server answers.</source>
        <translation>Es wurde nichts Verwendbares geschrieben: Ein unvollständiger Sicherungssatz wird von der nächsten Sicherung in dasselbe Ziel entfernt. Starten Sie die Sicherung erneut, wenn der Server antwortet.</translation>
    </message>
    <message>
        <source>The application was closed while the backup ran, so the backup was cancelled.</source>
        <translation>Die Anwendung wurde während der Sicherung geschlossen, daher wurde die Sicherung abgebrochen.</translation>
    </message>
    <message>
        <source>The test restore of the new set had not finished when the application was closed.</source>
        <translation>Die Testwiederherstellung des neuen Satzes war noch nicht abgeschlossen, als die Anwendung geschlossen wurde.</translation>
    </message>
    <message>
        <source>Test restore of the new set</source>
        <translation>Testwiederherstellung des neuen Satzes</translation>
    </message>
    <message>
        <source>The new set failed its test restore: %1</source>
        <translation>Der neue Satz hat die Testwiederherstellung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>The test restore of the new set was cancelled; the set is kept.</source>
        <translation>Die Testwiederherstellung des neuen Satzes wurde abgebrochen; der Satz bleibt erhalten.</translation>
    </message>
    <message>
        <source>the new set did not pass its test restore, so no older set was removed</source>
        <translation>der neue Satz hat die Testwiederherstellung nicht bestanden, daher wurde kein älterer Satz entfernt</translation>
    </message>
    <message>
        <source>%1 To run unattended, store it in the keychain.</source>
        <translation>%1 Für unbeaufsichtigte Läufe speichern Sie es im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Or give the password with the run.</source>
        <translation>Oder geben Sie das Kennwort beim Lauf mit.</translation>
    </message>
    <message>
        <source>Unlock the keychain of the account that runs the backup. %1</source>
        <translation>Entsperren Sie den Schlüsselbund des Kontos, unter dem die Sicherung läuft. %1</translation>
    </message>
    <message>
        <source>Store the password in the profile again.</source>
        <translation>Speichern Sie das Kennwort erneut im Profil.</translation>
    </message>
</context>
<context>
    <name>ui::BackupWizard</name>
    <message>
        <source>New backup</source>
        <translation>Neue Sicherung</translation>
    </message>
    <message>
        <source>Back up now: %1</source>
        <translation>Jetzt sichern: %1</translation>
    </message>
</context>
<context>
    <name>ui::ConfirmPage</name>
    <message>
        <source>Restore: confirm</source>
        <translation>Wiederherstellung: bestätigen</translation>
    </message>
    <message>
        <source>Read what happens, then type the CA&apos;s name to allow the restore.</source>
        <translation>Lesen Sie, was geschieht, und geben Sie dann den Namen der Zertifizierungsstelle ein, um die Wiederherstellung zuzulassen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message numerus="yes">
        <source>The database and logs of CA &quot;%1&quot; on %2 are replaced by the state of %3 (a chain of %n set(s)).</source>
        <translation>
            <numerusform>Datenbank und Protokolle der Zertifizierungsstelle „%1“ auf %2 werden durch den Stand von %3 ersetzt (Kette aus %n Satz).</numerusform>
            <numerusform>Datenbank und Protokolle der Zertifizierungsstelle „%1“ auf %2 werden durch den Stand von %3 ersetzt (Kette aus %n Sätzen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA&apos;s current database and logs are moved aside into a before-restore folder inside its database folder, never deleted; a failure or a cancel puts them back.</source>
        <translation>Die aktuelle Datenbank und die Protokolle der Zertifizierungsstelle werden in einen before-restore-Ordner in ihrem Datenbankordner verschoben, nie gelöscht; bei einem Fehler oder Abbruch werden sie zurückgelegt.</translation>
    </message>
    <message>
        <source>The CA is stopped if it runs.</source>
        <translation>Die Zertifizierungsstelle wird beendet, falls sie läuft.</translation>
    </message>
    <message>
        <source>The CA is started afterwards and recovers the restored database.</source>
        <translation>Die Zertifizierungsstelle wird anschließend gestartet und spielt die Protokolle in die wiederhergestellte Datenbank ein.</translation>
    </message>
    <message>
        <source>Start the CA yourself afterwards.</source>
        <translation>Starten Sie die Zertifizierungsstelle anschließend selbst.</translation>
    </message>
    <message>
        <source>Backups taken before the restore cannot be chained with later ones: take a full backup right after it.</source>
        <translation>Vor der Wiederherstellung erstellte Sicherungen lassen sich nicht mit späteren verketten: Erstellen Sie direkt danach eine vollständige Sicherung.</translation>
    </message>
    <message>
        <source>The CA key and certificate in the set are imported.</source>
        <translation>Schlüssel und Zertifikat der Zertifizierungsstelle aus dem Satz werden importiert.</translation>
    </message>
    <message>
        <source>The set is of CA &quot;%1&quot;, the CA on %2 is &quot;%3&quot;: restore anyway</source>
        <translation>Der Satz stammt von der Zertifizierungsstelle „%1“, die Zertifizierungsstelle auf %2 ist „%3“: trotzdem wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Type the CA name &quot;%1&quot; to confirm:</source>
        <translation>Zur Bestätigung den Namen der Zertifizierungsstelle „%1“ &amp;eingeben:</translation>
    </message>
    <message>
        <source>Restore although the CA names differ</source>
        <translation>Trotz unterschiedlicher Namen der Zertifizierungsstelle wiederherstellen</translation>
    </message>
    <message>
        <source>CA name, typed to confirm the restore</source>
        <translation>Name der Zertifizierungsstelle, zur Bestätigung der Wiederherstellung eingegeben</translation>
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
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
</context>
<context>
    <name>ui::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Logs only</source>
        <translation>Nur Protokolle</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Test restore</source>
        <translation>Testwiederherstellung</translation>
    </message>
    <message>
        <source>Set on disk</source>
        <translation>Satz auf dem Datenträger</translation>
    </message>
    <message numerus="yes">
        <source>Passed: %n certificate(s)</source>
        <translation>
            <numerusform>Bestanden: %n Zertifikat</numerusform>
            <numerusform>Bestanden: %n Zertifikate</numerusform>
        </translation>
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
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>Quitting cancels the running backup: the unfinished set is deleted and the CA&apos;s logs stay as they are. Quit anyway?</source>
        <translation>Beenden bricht die laufende Sicherung ab: Der unvollständige Satz wird gelöscht, die Protokolle der Zertifizierungsstelle bleiben unverändert. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>The saved profiles cannot be read: %1</source>
        <translation>Die gespeicherten Profile können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Run the selected profile now</source>
        <translation>Das ausgewählte Profil jetzt ausführen</translation>
    </message>
    <message>
        <source>New &amp;profile...</source>
        <translation>Neues Prof&amp;il...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>Bea&amp;rbeiten...</translation>
    </message>
    <message>
        <source>D&amp;uplicate...</source>
        <translation>&amp;Duplizieren...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Profiles cannot be changed while the profile file cannot be read: %1</source>
        <translation>Profile können nicht geändert werden, solange die Profildatei nicht lesbar ist: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its backup sets stay where they are.</source>
        <translation>Das Profil „%1“ löschen? Seine Sicherungssätze bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>The profile is deleted, but its key password could not be removed from %1: %2</source>
        <translation>Das Profil ist gelöscht, aber sein Schlüsselkennwort konnte nicht aus dem Kennwortspeicher „%1“ entfernt werden: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved, but its key password is not: %2 Edit the profile to choose &quot;ask me each time&quot; or to keep it for this session.</source>
        <translation>Das Profil „%1“ ist gespeichert, sein Schlüsselkennwort jedoch nicht: %2 Bearbeiten Sie das Profil, um „jedes Mal nachfragen“ zu wählen oder das Kennwort für diese Sitzung zu merken.</translation>
    </message>
    <message>
        <source>Finish or close the open backup window first.</source>
        <translation>Führen Sie zuerst die Sicherung im geöffneten Fenster zu Ende oder schließen Sie das Fenster.</translation>
    </message>
    <message>
        <source>CA key password</source>
        <translation>Kennwort für den Schlüssel der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Password that protects %1.p12 of this run:</source>
        <translation>Kennwort, das %1.p12 dieses Laufs schützt:</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>Wieder&amp;herstellen...</translation>
    </message>
    <message>
        <source>Restore the selected set (and the sets it depends on) into the CA on this computer</source>
        <translation>Den ausgewählten Satz (und die Sätze, von denen er abhängt) in die Zertifizierungsstelle auf diesem Computer wiederherstellen</translation>
    </message>
    <message>
        <source>Te&amp;st restore...</source>
        <translation>&amp;Testwiederherstellung...</translation>
    </message>
    <message>
        <source>Prove the selected set restorable on a scratch copy; no CA is touched</source>
        <translation>Die Wiederherstellbarkeit des ausgewählten Satzes an einer Arbeitskopie nachweisen; keine Zertifizierungsstelle wird verändert</translation>
    </message>
    <message>
        <source>The run log cannot be written: %1</source>
        <translation>Das Laufprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Test restore of %1 passed: %2 certificates recovered.</source>
        <translation>Testwiederherstellung von %1 bestanden: %2 Zertifikate wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 restored to %2. Take a full backup now.</source>
        <translation>%1 auf %2 wiederhergestellt. Erstellen Sie jetzt eine vollständige Sicherung.</translation>
    </message>
    <message>
        <source>Test restore of %1 failed: %2</source>
        <translation>Testwiederherstellung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Restore of %1 failed: %2</source>
        <translation>Wiederherstellung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sicherung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CertSrv Backup Manager</source>
        <translation>&amp;Über CertSrv Backup Manager</translation>
    </message>
    <message>
        <source>About CertSrv Backup Manager</source>
        <translation>Über CertSrv Backup Manager</translation>
    </message>
    <message>
        <source>&lt;b&gt;CertSrv Backup Manager %1&lt;/b&gt;&lt;br&gt;Backs up, verifies and restores Windows Certificate Services (AD CS) certification authorities.&lt;br&gt;Apache License 2.0.</source>
        <translation>&lt;b&gt;CertSrv Backup Manager %1&lt;/b&gt;&lt;br&gt;Sichert, prüft und stellt Zertifizierungsstellen der Windows-Zertifikatdienste (AD CS) wieder her.&lt;br&gt;Apache License 2.0.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>S&amp;ervers</source>
        <translation>S&amp;erver</translation>
    </message>
    <message>
        <source>Profi&amp;les</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>No certification authority is known yet. Choose New backup (Ctrl+N) and type the CA server&apos;s name: from then on it is listed here, with its state and its backups.</source>
        <translation>Noch ist keine Zertifizierungsstelle bekannt. Wählen Sie „Neue Sicherung“ (Strg+N) und geben Sie den Namen des Servers der Zertifizierungsstelle ein: Von da an steht sie hier, mit ihrem Zustand und ihren Sicherungen.</translation>
    </message>
    <message>
        <source>No backups yet. The runs of the wizard, of profiles and of the command-line tool show here, and so do the sets found in their folders.</source>
        <translation>Noch keine Sicherungen. Hier erscheinen die Läufe des Assistenten, der Profile und des Befehlszeilenwerkzeugs sowie die Sätze, die in ihren Ordnern gefunden werden.</translation>
    </message>
    <message>
        <source>No profiles yet. A profile keeps a server&apos;s backup settings for &quot;Back up now&quot; and for scheduled runs: create one with New profile, or save the wizard&apos;s choices on its summary page.</source>
        <translation>Noch keine Profile. Ein Profil hält die Sicherungseinstellungen eines Servers für „Jetzt sichern“ und für geplante Läufe fest: Legen Sie eines mit „Neues Profil“ an oder speichern Sie die Angaben des Assistenten auf seiner Zusammenfassungsseite.</translation>
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
        <source>Paused: Certificate Services on %1 is paused. Resume it (Certification Authority console, or &apos;net continue certsvc&apos;) and check again.</source>
        <translation>Angehalten: Die Zertifikatdienste auf %1 sind angehalten. Setzen Sie sie fort (Konsole „Zertifizierungsstelle“ oder &apos;net continue certsvc&apos;) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Online: Certificate Services on %1 answers.</source>
        <translation>Erreichbar: Die Zertifikatdienste auf %1 antworten.</translation>
    </message>
</context>
<context>
    <name>ui::ProfileDialog</name>
    <message>
        <source>&amp;Full (database and logs)</source>
        <translation>&amp;Vollständig (Datenbank und Protokolle)</translation>
    </message>
    <message>
        <source>&amp;Logs only (incremental)</source>
        <translation>Nur &amp;Protokolle (inkrementell)</translation>
    </message>
    <message>
        <source>&amp;Verify the set after the backup</source>
        <translation>Satz nach der Sicherung &amp;überprüfen</translation>
    </message>
    <message>
        <source>Include the CA &amp;key and certificate (%1.p12)</source>
        <translation>Schlüssel und Zertifikat &amp;einschließen (%1.p12)</translation>
    </message>
    <message>
        <source>Store the key password in the system keychain</source>
        <translation>Schlüsselkennwort im Schlüsselbund des Systems hinterlegen</translation>
    </message>
    <message>
        <source>Ask me for the key password each time</source>
        <translation>Jedes Mal nach dem Schlüsselkennwort fragen</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>filled in by the first backup</source>
        <translation>wird bei der ersten Sicherung ausgefüllt</translation>
    </message>
    <message>
        <source>keep all sets</source>
        <translation>alle Sätze behalten</translation>
    </message>
    <message>
        <source> full sets and their logs-only sets</source>
        <translation> vollständige Sätze und ihre Protokollsätze</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Schlüsselkennwort</translation>
    </message>
    <message>
        <source>Confirm the key password</source>
        <translation>Schlüsselkennwort bestätigen</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Sicherungsziel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Aufbewahrung:</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Schlüssel&amp;kennwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&lt;CA name&gt;</source>
        <translation>&lt;Name der Zertifizierungsstelle&gt;</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The two key passwords differ.</source>
        <translation>Die beiden Schlüsselkennwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Type the password that protects the CA key, or choose &quot;Ask me for the key password each time&quot;.</source>
        <translation>Geben Sie das Kennwort ein, das den Schlüssel der Zertifizierungsstelle schützt, oder wählen Sie „Jedes Mal nach dem Schlüsselkennwort fragen“.</translation>
    </message>
    <message>
        <source>Type the key password again: it is stored under the profile&apos;s name.</source>
        <translation>Geben Sie das Schlüsselkennwort erneut ein: Es wird unter dem Namen des Profils gespeichert.</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Jedes Mal nachfragen</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Für diese Sitzung merken</translation>
    </message>
    <message>
        <source>&amp;Test-restore the set after the backup (restore drill)</source>
        <translation>Satz nach der Sicherung probeweise &amp;wiederherstellen (Testwiederherstellung)</translation>
    </message>
    <message>
        <source>Each new set is copied to a scratch folder and recovered there, which proves it restorable; retention then removes older sets only when it passed.</source>
        <translation>Jeder neue Satz wird in einen Arbeitsordner kopiert und dort wiederhergestellt, was seine Wiederherstellbarkeit nachweist; die Aufbewahrung entfernt ältere Sätze dann nur, wenn dieser Test bestanden wurde.</translation>
    </message>
    <message>
        <source>K&amp;eep log files (do not truncate)</source>
        <translation>Protokolldateien &amp;behalten (nicht kürzen)</translation>
    </message>
    <message>
        <source>C&amp;A name:</source>
        <translation>Na&amp;me der Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
</context>
<context>
    <name>ui::ProfileModel</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>CA key</source>
        <translation>Schlüssel der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Logs only</source>
        <translation>Nur Protokolle</translation>
    </message>
    <message>
        <source>, logs kept</source>
        <translation>, Protokolle behalten</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes, password in the keychain</source>
        <translation>ja, Kennwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>yes, password asked each time</source>
        <translation>ja, Kennwort wird jedes Mal abgefragt</translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>alle behalten</translation>
    </message>
    <message>
        <source>keep the last %1 full sets</source>
        <translation>die letzten %1 vollständigen Sätze behalten</translation>
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
        <source>The unfinished set will be deleted and the CA&apos;s logs are left as they are. Cancel the backup?</source>
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
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message>
        <source>Retention did not run: %1</source>
        <translation>Aufbewahrung wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The set is already complete and is kept; cancelling now skips its verification. Cancel?</source>
        <translation>Der Satz ist bereits vollständig und bleibt erhalten; ein Abbruch jetzt überspringt nur seine Überprüfung. Abbrechen?</translation>
    </message>
    <message>
        <source>This run could not be recorded in the history: %1</source>
        <translation>Dieser Lauf konnte nicht im Verlauf festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup cancelled.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Sicherung abgebrochen.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No set was kept; the CA&apos;s logs were left as they are.</source>
        <translation>Es wurde kein Sicherungssatz behalten; die Protokolle der Zertifizierungsstelle bleiben unverändert.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>CA key and certificate: %1 (password-protected)</source>
        <translation>Schlüssel und Zertifikat der Zertifizierungsstelle: %1 (kennwortgeschützt)</translation>
    </message>
    <message>
        <source>Run a full backup no&amp;w</source>
        <translation>Jetzt eine &amp;vollständige Sicherung ausführen</translation>
    </message>
    <message>
        <source>This session is elevated already (on Linux: root), yet the CA refused access: the account lacks the backup right on the CA. Add it to the Backup Operators or the local Administrators of the CA server, or run the backup with an account that is one, then retry.</source>
        <translation>Diese Sitzung ist bereits erhöht (unter Linux: root), und doch hat die Zertifizierungsstelle den Zugriff verweigert: Dem Konto fehlt das Sicherungsrecht auf der Zertifizierungsstelle. Nehmen Sie es in die Sicherungs-Operatoren oder die lokalen Administratoren des Zertifizierungsstellenservers auf, oder sichern Sie mit einem Konto, das dazugehört, und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>Starting a full backup of %1 to %2</source>
        <translation>Vollständige Sicherung von %1 nach %2 wird gestartet</translation>
    </message>
    <message>
        <source>Starting a logs-only backup of %1 to %2</source>
        <translation>Protokollsicherung von %1 nach %2 wird gestartet</translation>
    </message>
    <message>
        <source>&lt; C&amp;hange the choices</source>
        <translation>&lt; Auswahl ä&amp;ndern</translation>
    </message>
    <message>
        <source>Back to the destination page (and, from there, the backup type)</source>
        <translation>Zurück zur Seite „Ziel“ (und von dort zur Sicherungsart)</translation>
    </message>
    <message>
        <source>Waiting for the administrator password…</source>
        <translation>Warten auf das Administratorkennwort …</translation>
    </message>
    <message>
        <source>%1/s on average</source>
        <translation>%1/s im Durchschnitt</translation>
    </message>
    <message>
        <source>Or choose &quot;Ask me for the key password each time&quot; in the profile, and type it when the backup starts.</source>
        <translation>Oder wählen Sie im Profil „Jedes Mal nach dem Schlüsselkennwort fragen“ und geben Sie es beim Start der Sicherung ein.</translation>
    </message>
    <message>
        <source>Edit the profile &quot;%1&quot; and type the password again.</source>
        <translation>Bearbeiten Sie das Profil „%1“ und geben Sie das Kennwort erneut ein.</translation>
    </message>
</context>
<context>
    <name>ui::RestoreProgressPage</name>
    <message>
        <source>Restore log</source>
        <translation>Wiederherstellungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Testing the restore</source>
        <translation>Wiederherstellung wird getestet</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Cancel the restore?</source>
        <translation>Wiederherstellung abbrechen?</translation>
    </message>
    <message>
        <source>The restore stops and everything it changed is undone: the CA keeps its current database.</source>
        <translation>Die Wiederherstellung wird gestoppt und alle ihre Änderungen werden rückgängig gemacht: Die Zertifizierungsstelle behält ihre aktuelle Datenbank.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Test restore passed</source>
        <translation>Testwiederherstellung bestanden</translation>
    </message>
    <message>
        <source>Restore complete</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Test restore failed</source>
        <translation>Testwiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 can be restored: %2 certificates, highest serial %3.</source>
        <translation>%1 lässt sich wiederherstellen: %2 Zertifikate, höchste Seriennummer %3.</translation>
    </message>
    <message>
        <source>%1 files restored (log generations %2 to %3).</source>
        <translation>%1 Dateien wiederhergestellt (Protokollgenerationen %2 bis %3).</translation>
    </message>
    <message>
        <source>The previous database and logs are kept in %1.</source>
        <translation>Die bisherige Datenbank und die Protokolle bleiben in %1 erhalten.</translation>
    </message>
    <message>
        <source>The CA is running on the restored database.</source>
        <translation>Die Zertifizierungsstelle läuft mit der wiederhergestellten Datenbank.</translation>
    </message>
    <message>
        <source>Start the CA to finish: it recovers the restored database at start.</source>
        <translation>Starten Sie die Zertifizierungsstelle, um abzuschließen: Beim Start spielt sie die Protokolle in die wiederhergestellte Datenbank ein.</translation>
    </message>
    <message>
        <source>Next step: take a full backup now. Sets taken before the restore cannot be chained with later ones.</source>
        <translation>Nächster Schritt: Erstellen Sie jetzt eine vollständige Sicherung. Vor der Wiederherstellung erstellte Sätze lassen sich nicht mit späteren verketten.</translation>
    </message>
    <message>
        <source>Everything the restore changed was undone.</source>
        <translation>Alle Änderungen der Wiederherstellung wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The restore was undone: the CA has its previous database and logs.</source>
        <translation>Die Wiederherstellung wurde rückgängig gemacht: Die Zertifizierungsstelle hat wieder ihre bisherige Datenbank und ihre Protokolle.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Take a full backup &amp;now</source>
        <translation>&amp;Jetzt vollständig sichern</translation>
    </message>
</context>
<context>
    <name>ui::RestoreWizard</name>
    <message>
        <source>Test restore</source>
        <translation>Testwiederherstellung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>ui::ServerModel</name>
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
        <source>Checking...</source>
        <translation>Wird geprüft...</translation>
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
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>restored %1: take a full backup</source>
        <translation>%1 wiederhergestellt: vollständige Sicherung erstellen</translation>
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
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Also named: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (too old)</source>
        <translation>%1 (zu alt)</translation>
    </message>
    <message numerus="yes">
        <source>Older than the limit of %n day(s) set in Settings.</source>
        <translation>
            <numerusform>Älter als die in den Einstellungen festgelegte Grenze von %n Tag.</numerusform>
            <numerusform>Älter als die in den Einstellungen festgelegte Grenze von %n Tagen.</numerusform>
        </translation>
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
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ui::SetPage</name>
    <message>
        <source>Backup &amp;set:</source>
        <translation>&amp;Sicherungssatz:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose the folder of a backup set</source>
        <translation>Ordner eines Sicherungssatzes auswählen</translation>
    </message>
    <message>
        <source>Test restore: choose the set</source>
        <translation>Testwiederherstellung: Satz auswählen</translation>
    </message>
    <message>
        <source>Restore: choose the set</source>
        <translation>Wiederherstellung: Satz auswählen</translation>
    </message>
    <message>
        <source>The set and every set it depends on are copied to a scratch folder and recovered there. No CA is touched.</source>
        <translation>Der Satz und alle Sätze, von denen er abhängt, werden in einen Arbeitsordner kopiert und dort wiederhergestellt. Keine Zertifizierungsstelle wird verändert.</translation>
    </message>
    <message>
        <source>The CA gets the state of this set: its full set and every logs-only set up to it are restored.</source>
        <translation>Die Zertifizierungsstelle erhält den Stand dieses Satzes: Sein vollständiger Satz und alle Protokollsätze bis zu ihm werden wiederhergestellt.</translation>
    </message>
    <message>
        <source>&amp;Chain tested, oldest first:</source>
        <translation>&amp;Getestete Kette, älteste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Chain restored, oldest first:</source>
        <translation>Wiederher&amp;gestellte Kette, älteste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Test restore</source>
        <translation>&amp;Test starten</translation>
    </message>
    <message>
        <source>Choose a set in the history, or the folder of a set (the one that holds DataBase).</source>
        <translation>Wählen Sie einen Satz im Verlauf oder den Ordner eines Satzes (den Ordner, der DataBase enthält).</translation>
    </message>
    <message>
        <source>Checking the set and its chain...</source>
        <translation>Satz und Kette werden geprüft...</translation>
    </message>
    <message>
        <source>%1  (%2, log generations %3 to %4)</source>
        <translation>%1  (%2, Protokollgenerationen %3 bis %4)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>logs only</source>
        <translation>nur Protokolle</translation>
    </message>
    <message>
        <source>This set cannot be restored: %1</source>
        <translation>Dieser Satz kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>CA &quot;%1&quot;: %n set(s), </source>
        <translation>
            <numerusform>Zertifizierungsstelle „%1“: %n Satz, </numerusform>
            <numerusform>Zertifizierungsstelle „%1“: %n Sätze, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 MiB.</source>
        <translation>
            <numerusform>%n Datei, %1 MiB.</numerusform>
            <numerusform>%n Dateien, %1 MiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets in the chain, oldest first</source>
        <translation>Sätze der Kette, der älteste zuerst</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Default destination</source>
        <translation>Standardziel</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose the default destination folder</source>
        <translation>Standardzielordner auswählen</translation>
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
    <message>
        <source>%1.p12, protected with the key password (AES-256)</source>
        <translation>%1.p12, geschützt mit dem Schlüsselkennwort (AES-256)</translation>
    </message>
    <message>
        <source>&lt;CA name&gt;</source>
        <translation>&lt;Name der Zertifizierungsstelle&gt;</translation>
    </message>
    <message>
        <source>not included: the set restores the database, not the CA&apos;s private key</source>
        <translation>nicht enthalten: Der Sicherungssatz stellt die Datenbank wieder her, nicht den privaten Schlüssel der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>CA key:</source>
        <translation>CA-Schlüssel:</translation>
    </message>
</context>
<context>
    <name>ui::TargetPage</name>
    <message>
        <source>Restore: target and contents</source>
        <translation>Wiederherstellung: Ziel und Umfang</translation>
    </message>
    <message>
        <source>A restore works on the CA itself, on this computer.</source>
        <translation>Eine Wiederherstellung erfolgt auf der Zertifizierungsstelle selbst, auf diesem Computer.</translation>
    </message>
    <message>
        <source>CA &amp;server:</source>
        <translation>Ser&amp;ver der Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>&amp;Everything: database, logs and CA key</source>
        <translation>&amp;Alles: Datenbank, Protokolle und Schlüssel der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Database and logs only</source>
        <translation>&amp;Nur Datenbank und Protokolle</translation>
    </message>
    <message>
        <source>CA &amp;key and certificate only</source>
        <translation>Nur Sch&amp;lüssel und Zertifikat der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Wiederherstellen:</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Schlüssel&amp;kennwort:</translation>
    </message>
    <message>
        <source>S&amp;top the CA first if it runs</source>
        <translation>Zertifizierungsstelle vorher &amp;beenden, falls sie läuft</translation>
    </message>
    <message>
        <source>This set holds no CA key: it was taken without &quot;include the CA key&quot;.</source>
        <translation>Dieser Satz enthält keinen Schlüssel der Zertifizierungsstelle: Er wurde ohne „Schlüssel der Zertifizierungsstelle einschließen“ erstellt.</translation>
    </message>
    <message>
        <source>Name the CA server.</source>
        <translation>Geben Sie den Server der Zertifizierungsstelle an.</translation>
    </message>
    <message>
        <source>%1 is not a CA on this computer. Run the restore on the CA server itself; from here you can only test-restore the set.</source>
        <translation>%1 ist keine Zertifizierungsstelle auf diesem Computer. Führen Sie die Wiederherstellung auf dem Server der Zertifizierungsstelle selbst aus; von hier aus ist nur eine Testwiederherstellung des Satzes möglich.</translation>
    </message>
    <message>
        <source>CA &quot;%1&quot;, database in %2</source>
        <translation>Zertifizierungsstelle „%1“, Datenbank in %2</translation>
    </message>
    <message>
        <source>Start the CA &amp;afterwards</source>
        <translation>Zertifizierungsstelle ans&amp;chließend starten</translation>
    </message>
    <message>
        <source>At its start the CA recovers the restored database from its logs; a start that fails undoes the restore.</source>
        <translation>Beim Start spielt die Zertifizierungsstelle die Protokolle in die wiederhergestellte Datenbank ein; ein fehlgeschlagener Start macht die Wiederherstellung rückgängig.</translation>
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
        <source>Key password</source>
        <translation>Schlüsselkennwort</translation>
    </message>
    <message>
        <source>Confirm the key password</source>
        <translation>Schlüsselkennwort bestätigen</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Schlüssel&amp;kennwort:</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>Bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Type the password that will protect the .p12 file.</source>
        <translation>Geben Sie das Kennwort ein, das die .p12-Datei schützen wird.</translation>
    </message>
    <message>
        <source>The two key passwords differ.</source>
        <translation>Die beiden Schlüsselkennwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>%1 was restored on %2 and has had no full backup since. Take a full backup now: the CA refuses a logs-only backup until then (0xC8000230), and sets taken before the restore cannot be chained with later ones.</source>
        <translation>%1 wurde am %2 wiederhergestellt und seitdem nicht vollständig gesichert. Erstellen Sie jetzt eine vollständige Sicherung: Bis dahin lehnt die Zertifizierungsstelle eine reine Protokollsicherung ab (0xC8000230), und vor der Wiederherstellung erstellte Sätze lassen sich nicht mit späteren verketten.</translation>
    </message>
    <message>
        <source>K&amp;eep log files (do not truncate)</source>
        <translation>Protokolldateien &amp;behalten (nicht kürzen)</translation>
    </message>
    <message>
        <source>Include the CA&apos;s private &amp;key and certificate</source>
        <translation>Privaten &amp;Schlüssel und Zertifikat einschließen</translation>
    </message>
    <message>
        <source>Written into the set as &lt;CA name&gt;.p12, protected with the key password (AES-256). Needed to restore the CA on a new server.</source>
        <translation>Wird als &lt;Name der Zertifizierungsstelle&gt;.p12 in den Sicherungssatz geschrieben, geschützt mit dem Schlüsselkennwort (AES-256). Nötig, um die Zertifizierungsstelle auf einem neuen Server wiederherzustellen.</translation>
    </message>
</context>
</TS>
