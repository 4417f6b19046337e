<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>engine::BackupJob</name>
    <message>
        <source>Checking the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncating the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free space at %1: the next file needs %2 (plus %3 kept free), %4 are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a name from the server: %1. Nothing was written outside the backup set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended %1 after %2 of the %3 it announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was kept and no logs were truncated; start the backup again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the backup again; report the log if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the unfinished set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certadm library is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Services on %1 is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared a %1 backup of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not name a usable database location, so the CA name is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1. Check that the destination exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no full set of %1 at this destination; this logs-only set can only be restored together with a full set kept elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listed no database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping a database-list entry of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listed no log files; a set without logs cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping a log-list entry of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This logs-only set does not connect to a full set at this destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set complete: %1 (%2 files, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs truncated on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set is complete, but the server did not truncate its logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs kept on the server (not truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertSrvBackupEnd returned %1; the set itself is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification after the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back up Windows Certificate Services certification authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certadm library to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server for the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full or logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the CA&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>platform::Elevation</name>
    <message>
        <source>pkexec is not installed, so the application cannot restart itself as root. Start it as root instead, for example: sudo -E %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkexec could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator prompt was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows could not start the program elevated (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::BackupWizard</name>
    <message>
        <source>New backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DestinationPage</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds your backup sets. Each CA gets a folder of its own in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be created here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free; the last full set of this CA took %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not enough: free space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free. The backup checks the space again against the sizes the server reports before it copies each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;CA name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set will be written to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full set of %1 is in this folder: the logs-only set will not be restorable from here on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertSrv Backup Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not possible until the library loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertSrv Backup Manager: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no full set found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: older than %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unattended backup of %1 failed at %2: %3 (%4). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 files, %2, match their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed for %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when the last full backup is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertSrv Backup Manager: last backup succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertSrv Backup Manager: the last backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup goes on in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting cancels the running backup: the unfinished set is deleted and the CA&apos;s logs stay as they are. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::Notifier</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::OnlineChecker</name>
    <message>
        <source>Unreachable (%1): %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: Certificate Services on %1 is paused. Resume it (Certification Authority console, or &apos;net continue certsvc&apos;) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: Certificate Services on %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ProgressPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart as &amp;administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a %1 backup of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished set will be deleted and the CA&apos;s logs are left as they are. Cancel the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the backup ends at the next server call...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Backup complete.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 in %n file(s), %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verified: every file matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA truncated its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA kept its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Code %3 %4 (in %5)&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up a CA needs the backup privilege (SeBackupPrivilege). Windows grants it only to an elevated session of a local administrator or a CA backup operator. Restart the application as administrator: the wizard reopens with the same choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot restart the application elevated by itself: start it again as an administrator (on Linux: as root).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ServerPage</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certification authority to back up. Type a NetBIOS or DNS name, or pick a server you used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the server is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the choices, then start the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full (database and logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs only (incremental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA keeps its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA keeps its logs (no truncation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the set is safely on disk, the CA deletes the logs it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TypePage</name>
    <message>
        <source>Backup type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full backup copies the database and its logs. A logs-only backup copies only the logs written since the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full (database and logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs only (incremental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep log files (do not truncate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a full backup the CA normally deletes the logs the set holds. Keep them when another backup product also reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logs-only backup is quick and small, but it can only be restored together with the full set it extends and every logs-only set between them. The CA keeps its logs until the next full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full backup can be restored on its own. Unless you keep them, the CA deletes the logs the set holds once it is safely on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no full set of %1 at %2. Take a full backup first: a logs-only set without its full set cannot be restored, and the CA refuses it when it has no full backup at all (0xC8000230).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
