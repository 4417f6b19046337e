<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up a CA into a new set, or run a saved profile (--profile).</source>
        <translation>Sauvegarde une autorité de certification dans un nouveau jeu, ou exécute un profil enregistré (--profile).</translation>
    </message>
    <message>
        <source>Read the CA key password from standard input (one line): for --with-key, or for a profile that asks for it.</source>
        <translation>Lit le mot de passe de la clé de l&apos;autorité de certification sur l&apos;entrée standard (une ligne) : pour --with-key, ou pour un profil qui le demande.</translation>
    </message>
    <message>
        <source>Run a saved profile: its server, destination, settings, secrets and retention.</source>
        <translation>Exécute un profil enregistré : son serveur, sa destination, ses réglages, ses secrets et sa rétention.</translation>
    </message>
    <message>
        <source>backup needs --server NAME (or --profile NAME)</source>
        <translation>backup nécessite --server NOM (ou --profile NOM)</translation>
    </message>
    <message>
        <source>backup needs --dest DIR</source>
        <translation>backup nécessite --dest DOSSIER</translation>
    </message>
    <message>
        <source>--type must be full or logs, not &quot;%1&quot;</source>
        <translation>--type doit valoir full ou logs, pas « %1 »</translation>
    </message>
    <message>
        <source>note: --keep-logs has no effect on a logs-only backup (logs are only truncated after a full backup)</source>
        <translation>remarque : --keep-logs est sans effet sur une sauvegarde des journaux seuls (les journaux ne sont tronqués qu&apos;après une sauvegarde complète)</translation>
    </message>
    <message>
        <source>--key-password-stdin only goes with --with-key or --profile</source>
        <translation>--key-password-stdin ne va qu&apos;avec --with-key ou --profile</translation>
    </message>
    <message>
        <source>--verify and --no-verify exclude each other</source>
        <translation>--verify et --no-verify s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--with-key needs --key-password-stdin (or use --profile with a password in the keychain)</source>
        <translation>--with-key nécessite --key-password-stdin (ou utilisez --profile avec un mot de passe dans le trousseau)</translation>
    </message>
    <message>
        <source>no key password on standard input</source>
        <translation>aucun mot de passe de clé sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>--profile takes the server, destination and settings from the profile; drop --%1</source>
        <translation>--profile prend le serveur, la destination et les réglages dans le profil ; retirez --%1</translation>
    </message>
    <message>
        <source>--profile needs a profile name</source>
        <translation>--profile nécessite un nom de profil</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation>  Que faire : %1</translation>
    </message>
    <message>
        <source>Repair or move the profiles file, then run again.</source>
        <translation>Réparez ou déplacez le fichier des profils, puis relancez.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; in %2.</source>
        <translation>Il n&apos;y a pas de profil nommé « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Check the name with `certsrv-backup-cli profiles list` (profiles belong to the account that saved them).</source>
        <translation>Vérifiez le nom avec `certsrv-backup-cli profiles list` (les profils appartiennent au compte qui les a enregistrés).</translation>
    </message>
    <message>
        <source>The certadm library could not be loaded.</source>
        <translation>La bibliothèque certadm n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Install the Certificate Services tools or pass --certadm-library.</source>
        <translation>Installez les outils des services de certificats ou indiquez --certadm-library.</translation>
    </message>
    <message>
        <source>  retention removed %1</source>
        <translation>  la rétention a supprimé %1</translation>
    </message>
    <message>
        <source>Or pass it with --key-password-stdin.</source>
        <translation>Ou passez-le avec --key-password-stdin.</translation>
    </message>
    <message>
        <source>Store it with `certsrv-backup-cli profiles add %1 ... --with-key --key-password-stdin --replace`.</source>
        <translation>Enregistrez-le avec `certsrv-backup-cli profiles add %1 ... --with-key --key-password-stdin --replace`.</translation>
    </message>
</context>
<context>
    <name>CaFolderLookup</name>
    <message>
        <source>database folder</source>
        <translation>dossier de la base de données</translation>
    </message>
    <message>
        <source>log folder</source>
        <translation>dossier des journaux</translation>
    </message>
    <message>
        <source>system folder</source>
        <translation>dossier système</translation>
    </message>
    <message>
        <source>The destination %1 is inside the CA&apos;s own %2 (%3): a backup there is lost together with the CA, and a restore would overwrite it.</source>
        <translation>La destination %1 se trouve dans le %2 de l&apos;autorité de certification elle-même (%3) : une sauvegarde à cet endroit serait perdue avec l&apos;autorité, et une restauration l&apos;écraserait.</translation>
    </message>
</context>
<context>
    <name>CaKeyFile</name>
    <message>
        <source>the file is not a PKCS#12 file</source>
        <translation>le fichier n&apos;est pas un fichier PKCS#12</translation>
    </message>
    <message>
        <source>it does not open with the stored password (integrity check failed)</source>
        <translation>le fichier ne s&apos;ouvre pas avec le mot de passe enregistré (échec du contrôle d&apos;intégrité)</translation>
    </message>
    <message>
        <source>it cannot be decrypted with the stored password (%1)</source>
        <translation>le fichier ne peut pas être déchiffré avec le mot de passe enregistré (%1)</translation>
    </message>
</context>
<context>
    <name>CaKeySource</name>
    <message>
        <source>%1 is not a CA on this computer: the CA key can only be backed up on the CA itself (no simulated server of that name under %2).</source>
        <translation>%1 n&apos;est pas une autorité de certification de cet ordinateur : la clé de l&apos;autorité ne peut être sauvegardée que sur l&apos;autorité elle-même (aucun serveur simulé de ce nom sous %2).</translation>
    </message>
    <message>
        <source>Run the backup on the CA itself, or turn off &quot;include the CA key&quot;.</source>
        <translation>Lancez la sauvegarde sur l&apos;autorité elle-même, ou désactivez « inclure la clé de l&apos;autorité ».</translation>
    </message>
    <message>
        <source>No password was given to protect the CA key.</source>
        <translation>Aucun mot de passe n&apos;a été fourni pour protéger la clé de l&apos;autorité.</translation>
    </message>
    <message>
        <source>Store a key password in the profile, or type one when asked.</source>
        <translation>Enregistrez un mot de passe de clé dans le profil, ou saisissez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>The key or certificate of CA &quot;%1&quot; cannot be read from %2: %3</source>
        <translation>La clé ou le certificat de l&apos;autorité « %1 » ne peut pas être lu depuis %2 : %3</translation>
    </message>
    <message>
        <source>Check that this account can read the CA&apos;s key files; a server created by an older simulator has none (create it again).</source>
        <translation>Vérifiez que ce compte peut lire les fichiers de clé de l&apos;autorité ; un serveur créé par un simulateur plus ancien n&apos;en a pas (recréez-le).</translation>
    </message>
    <message>
        <source>The key files of CA &quot;%1&quot; are damaged: %2</source>
        <translation>Les fichiers de clé de l&apos;autorité « %1 » sont endommagés : %2</translation>
    </message>
    <message>
        <source>Restore the CA&apos;s key files, or create the simulated server again.</source>
        <translation>Restaurez les fichiers de clé de l&apos;autorité, ou recréez le serveur simulé.</translation>
    </message>
    <message>
        <source>The certificate on %1 is issued to &quot;%2&quot;, not to the CA &quot;%3&quot; that the server reports.</source>
        <translation>Le certificat présent sur %1 est émis pour « %2 », et non pour l&apos;autorité « %3 » annoncée par le serveur.</translation>
    </message>
    <message>
        <source>Check which CA runs on this server before backing up its key.</source>
        <translation>Vérifiez quelle autorité fonctionne sur ce serveur avant de sauvegarder sa clé.</translation>
    </message>
    <message>
        <source>The private key of CA &quot;%1&quot; does not belong to its certificate.</source>
        <translation>La clé privée de l&apos;autorité « %1 » ne correspond pas à son certificat.</translation>
    </message>
    <message>
        <source>Restore the CA&apos;s key files before backing up the key.</source>
        <translation>Restaurez les fichiers de clé de l&apos;autorité avant de sauvegarder la clé.</translation>
    </message>
    <message>
        <source>Cannot build the PKCS#12 file: %1</source>
        <translation>Impossible de construire le fichier PKCS#12 : %1</translation>
    </message>
    <message>
        <source>Run the backup again; report the log if it repeats.</source>
        <translation>Relancez la sauvegarde ; signalez le journal si cela se reproduit.</translation>
    </message>
    <message>
        <source>Cannot encode the PKCS#12 file: %1</source>
        <translation>Impossible d&apos;encoder le fichier PKCS#12 : %1</translation>
    </message>
    <message>
        <source>%1 is another computer: the CA key can only be backed up on the CA itself, where its private key is kept in the local machine&apos;s certificate store.</source>
        <translation>%1 est un autre ordinateur : la clé de l&apos;autorité ne peut être sauvegardée que sur l&apos;autorité elle-même, où sa clé privée est conservée dans le magasin de certificats de l&apos;ordinateur local.</translation>
    </message>
    <message>
        <source>Cannot open the local machine&apos;s certificate store: %1</source>
        <translation>Impossible d&apos;ouvrir le magasin de certificats de l&apos;ordinateur local : %1</translation>
    </message>
    <message>
        <source>Run the backup as an administrator (elevated).</source>
        <translation>Lancez la sauvegarde en tant qu&apos;administrateur (avec élévation).</translation>
    </message>
    <message>
        <source>Cannot create a certificate store in memory: %1</source>
        <translation>Impossible de créer un magasin de certificats en mémoire : %1</translation>
    </message>
    <message>
        <source>No certificate of CA &quot;%1&quot; with its private key is in the local machine&apos;s certificate store.</source>
        <translation>Aucun certificat de l&apos;autorité « %1 » avec sa clé privée ne se trouve dans le magasin de certificats de l&apos;ordinateur local.</translation>
    </message>
    <message>
        <source>Check that this computer is the CA and that the backup runs elevated; otherwise turn off &quot;include the CA key&quot;.</source>
        <translation>Vérifiez que cet ordinateur est l&apos;autorité et que la sauvegarde s&apos;exécute avec élévation ; sinon désactivez « inclure la clé de l&apos;autorité ».</translation>
    </message>
    <message>
        <source>Windows could not export the key of CA &quot;%1&quot;: %2</source>
        <translation>Windows n&apos;a pas pu exporter la clé de l&apos;autorité « %1 » : %2</translation>
    </message>
    <message>
        <source>Run the backup elevated on the CA. A key marked as not exportable, or a Windows version older than Windows 10 1709 / Server 2019, cannot be exported with AES-256 by this tool.</source>
        <translation>Lancez la sauvegarde avec élévation sur l&apos;autorité. Une clé marquée comme non exportable, ou une version de Windows antérieure à Windows 10 1709 / Server 2019, ne peut pas être exportée en AES-256 par cet outil.</translation>
    </message>
    <message>
        <source>Restore the CA key on the CA itself.</source>
        <translation>Restaurez la clé de l&apos;autorité sur l&apos;autorité elle-même.</translation>
    </message>
    <message>
        <source>The CA key file does not open with the password given.</source>
        <translation>Le fichier de clé de l&apos;autorité ne s&apos;ouvre pas avec le mot de passe fourni.</translation>
    </message>
    <message>
        <source>Give the password the key was backed up with.</source>
        <translation>Indiquez le mot de passe utilisé lors de la sauvegarde de la clé.</translation>
    </message>
    <message>
        <source>The CA key file holds no key or no certificate.</source>
        <translation>Le fichier de clé de l&apos;autorité ne contient aucune clé ou aucun certificat.</translation>
    </message>
    <message>
        <source>Restore the key from another set.</source>
        <translation>Restaurez la clé depuis un autre jeu.</translation>
    </message>
    <message>
        <source>The key file holds the certificate of &quot;%1&quot;, not of the CA &quot;%2&quot;.</source>
        <translation>Le fichier de clé contient le certificat de « %1 », et non celui de l&apos;autorité « %2 ».</translation>
    </message>
    <message>
        <source>Restore the key of this CA, from a set of this CA.</source>
        <translation>Restaurez la clé de cette autorité à partir d&apos;un jeu de cette autorité.</translation>
    </message>
    <message>
        <source>The CA key cannot be written to %1: %2</source>
        <translation>La clé de l&apos;autorité ne peut pas être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>Check that this account can write the CA&apos;s key folder.</source>
        <translation>Vérifiez que ce compte peut écrire dans le dossier de clé de l&apos;autorité.</translation>
    </message>
    <message>
        <source>The key and certificate of &quot;%1&quot; were written to %2; the previous ones are kept as *.before-restore.</source>
        <translation>La clé et le certificat de « %1 » ont été écrits dans %2 ; les précédents sont conservés sous *.before-restore.</translation>
    </message>
    <message>
        <source>The CA key file does not open: %1</source>
        <translation>Le fichier de clé de l&apos;autorité ne s&apos;ouvre pas : %1</translation>
    </message>
    <message>
        <source>Give the password the key was backed up with, and run elevated.</source>
        <translation>Indiquez le mot de passe utilisé lors de la sauvegarde de la clé, et lancez le programme avec élévation.</translation>
    </message>
    <message>
        <source>Run the restore as an administrator (elevated).</source>
        <translation>Lancez la restauration en tant qu&apos;administrateur (avec élévation).</translation>
    </message>
    <message>
        <source>The key file holds no certificate of CA &quot;%1&quot;.</source>
        <translation>Le fichier de clé ne contient aucun certificat de l&apos;autorité « %1 ».</translation>
    </message>
    <message>
        <source>%1 certificate(s) of &quot;%2&quot; with their keys were imported into the local machine&apos;s certificate store.</source>
        <translation>%1 certificat(s) de « %2 » importé(s) avec leurs clés dans le magasin de certificats de l&apos;ordinateur local.</translation>
    </message>
</context>
<context>
    <name>CaService</name>
    <message>
        <source>%1 is not a simulated CA on this computer.</source>
        <translation>%1 n&apos;est pas une autorité simulée de cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot find certsrv-sim to start the simulated CA; start it with &quot;certsrv-sim start %1&quot;.</source>
        <translation>Impossible de trouver certsrv-sim pour démarrer l&apos;autorité simulée ; démarrez-la avec « certsrv-sim start %1 ».</translation>
    </message>
    <message>
        <source>The CA did not start within %1 s.</source>
        <translation>L&apos;autorité n&apos;a pas démarré en %1 s.</translation>
    </message>
    <message>
        <source>Cannot remove the registered restore %1: %2</source>
        <translation>Impossible de supprimer la restauration enregistrée %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the service control manager: %1</source>
        <translation>Impossible d&apos;ouvrir le gestionnaire de contrôle des services : %1</translation>
    </message>
    <message>
        <source>Cannot open the CertSvc service: %1</source>
        <translation>Impossible d&apos;ouvrir le service CertSvc : %1</translation>
    </message>
    <message>
        <source>CertSvc does not start: %1</source>
        <translation>CertSvc ne démarre pas : %1</translation>
    </message>
    <message>
        <source>Cannot query CertSvc: %1</source>
        <translation>Impossible d&apos;interroger CertSvc : %1</translation>
    </message>
    <message>
        <source>CertSvc stopped during its start (0x%1): see the Application event log (source CertificationAuthority and ESENT).</source>
        <translation>CertSvc s&apos;est arrêté pendant son démarrage (0x%1) : consultez le journal des événements Application (sources CertificationAuthority et ESENT).</translation>
    </message>
    <message>
        <source>CertSvc did not start within %1 s.</source>
        <translation>CertSvc n&apos;a pas démarré en %1 s.</translation>
    </message>
    <message>
        <source>Cannot remove the registered restore (HKLM\%1): %2</source>
        <translation>Impossible de supprimer la restauration enregistrée (HKLM\%1) : %2</translation>
    </message>
    <message>
        <source>Cannot find certsrv-sim to stop the simulated CA; stop it with &quot;certsrv-sim stop %1&quot;.</source>
        <translation>Impossible de trouver certsrv-sim pour arrêter l&apos;autorité simulée ; arrêtez-la avec « certsrv-sim stop %1 ».</translation>
    </message>
    <message>
        <source>The CA did not stop within %1 s.</source>
        <translation>L&apos;autorité ne s&apos;est pas arrêtée en %1 s.</translation>
    </message>
    <message>
        <source>CertSvc does not stop: %1</source>
        <translation>CertSvc ne s&apos;arrête pas : %1</translation>
    </message>
    <message>
        <source>CertSvc did not stop within %1 s.</source>
        <translation>CertSvc ne s&apos;est pas arrêté en %1 s.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1 does not take the option %2.</source>
        <translation>%1 n&apos;accepte pas l&apos;option %2.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 nécessite %2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments, not &quot;%2&quot;.</source>
        <translation>%1 ne prend aucun argument, pas même « %2 ».</translation>
    </message>
    <message>
        <source>%1 takes only %2, not also &quot;%3&quot;.</source>
        <translation>%1 ne prend que %2, pas aussi « %3 ».</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>The command to run, one of those below.</source>
        <translation>La commande à exécuter, l&apos;une de celles ci-dessous.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 COMMAND&apos; for a command&apos;s options and arguments.</source>
        <translation>Lancez « %1 %2 COMMANDE » pour les options et arguments d&apos;une commande.</translation>
    </message>
    <message>
        <source>no command given; the commands are: %1.</source>
        <translation>aucune commande indiquée ; les commandes sont : %1.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 nécessite une commande : %2.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2.</source>
        <translation>commande inconnue « %1 » ; les commandes sont : %2.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1 %2&quot;; the commands of %1 are: %3.</source>
        <translation>commande inconnue « %1 %2 » ; les commandes de %1 sont : %3.</translation>
    </message>
    <message>
        <source>command</source>
        <extracomment>The name of the command argument in the usage line, as &quot;[options] command&quot;.</extracomment>
        <translation>commande</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Back up Windows Certificate Services (AD CS) certification authorities.</source>
        <translation>Sauvegarde les autorités de certification des services de certificats Windows (AD CS).</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failed (the message names the error and what to do)</source>
        <translation>échec (le message nomme l&apos;erreur et que faire)</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>erreur d&apos;utilisation</translation>
    </message>
    <message>
        <source>needs elevation: the backup privilege is missing</source>
        <translation>élévation nécessaire : le privilège de sauvegarde manque</translation>
    </message>
    <message>
        <source>server offline, paused or unreachable</source>
        <translation>serveur hors ligne, en pause ou injoignable</translation>
    </message>
    <message>
        <source>verification failed; restore: the set cannot be restored; a failed drill</source>
        <translation>échec de la vérification ; restauration : le jeu ne peut pas être restauré ; une restauration de test échouée</translation>
    </message>
    <message>
        <source>restore: the CA is running (give --stop-service)</source>
        <translation>restauration : l&apos;autorité de certification est en marche (indiquez --stop-service)</translation>
    </message>
    <message>
        <source>cancelled (Ctrl-C or SIGTERM)</source>
        <translation>annulé (Ctrl+C ou SIGTERM)</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>Print one machine-readable JSON result (its texts in English, whatever the language).</source>
        <translation>Affiche un résultat JSON lisible par une machine (ses textes en anglais, quelle que soit la langue).</translation>
    </message>
    <message>
        <source>Print the job&apos;s log lines and diagnostics on standard error.</source>
        <translation>Affiche les lignes du journal de la tâche et les diagnostics sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>The certadm library to load instead of the default (also: CERTSRV_BACKUP_CERTADM_LIBRARY).</source>
        <translation>La bibliothèque certadm à charger au lieu de celle par défaut (aussi : CERTSRV_BACKUP_CERTADM_LIBRARY).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>CA server (NetBIOS or DNS name).</source>
        <translation>Serveur de l&apos;autorité de certification (nom NetBIOS ou DNS).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Backup type: full or logs (logs-only); default full.</source>
        <translation>Type de sauvegarde : full (complète) ou logs (journaux seuls) ; full par défaut.</translation>
    </message>
    <message>
        <source>Destination folder (one subfolder per CA).</source>
        <translation>Dossier de destination (un sous-dossier par autorité de certification).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Do not truncate the CA&apos;s logs after a full backup.</source>
        <translation>Ne pas tronquer les journaux de l&apos;autorité de certification après une sauvegarde complète.</translation>
    </message>
    <message>
        <source>Verify the set against its manifest after the backup (the default; kept for scripts).</source>
        <translation>Vérifier le jeu par rapport à son manifeste après la sauvegarde (par défaut ; conservé pour les scripts).</translation>
    </message>
    <message>
        <source>Do not verify the set after the backup (verification is on by default).</source>
        <translation>Ne pas vérifier le jeu après la sauvegarde (la vérification est active par défaut).</translation>
    </message>
    <message>
        <source>Test-restore the new set after the backup (a restore drill; retention waits for it to pass).</source>
        <translation>Restaurer le nouveau jeu à titre de test après la sauvegarde (une restauration de test ; la rétention attend qu&apos;elle réussisse).</translation>
    </message>
    <message>
        <source>Also back up the CA certificate and private key as &lt;CA name&gt;.p12 (only on the CA itself).</source>
        <translation>Sauvegarder aussi le certificat et la clé privée de l&apos;autorité de certification en &lt;nom de l&apos;autorité&gt;.p12 (uniquement sur l&apos;autorité elle-même).</translation>
    </message>
    <message>
        <source>Replace profiles of the same name.</source>
        <translation>Remplacer les profils de même nom.</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Install the Certificate Services tools or pass --certadm-library.</source>
        <translation>Installez les outils des services de certificats ou indiquez --certadm-library.</translation>
    </message>
    <message>
        <source>warning: cannot write the run log: %1</source>
        <translation>avertissement : le journal des exécutions ne peut pas être écrit : %1</translation>
    </message>
</context>
<context>
    <name>DrillRecoveryRunner</name>
    <message>
        <source>The certadm library %1 offers no database recovery, so a drill cannot run with it (drills use esent.dll on Windows and the simulator&apos;s library elsewhere).</source>
        <translation>La bibliothèque certadm %1 n&apos;offre aucune récupération de base de données : aucune restauration de test n&apos;est donc possible avec elle (les restaurations de test utilisent esent.dll sous Windows et la bibliothèque du simulateur ailleurs).</translation>
    </message>
    <message>
        <source>Hard recovery of log generations %1 to %2 failed with %3: %4</source>
        <translation>La récupération matérielle des générations de journaux %1 à %2 a échoué avec %3 : %4</translation>
    </message>
    <message>
        <source>Hard recovery replayed log generations %1 to %2 onto the database</source>
        <translation>La récupération matérielle a rejoué les générations de journaux %1 à %2 dans la base de données</translation>
    </message>
    <message>
        <source>The recovered database cannot be checked (%1)</source>
        <translation>La base de données récupérée ne peut pas être vérifiée (%1)</translation>
    </message>
    <message>
        <source>The recovered database is damaged: %1</source>
        <translation>La base de données récupérée est endommagée : %1</translation>
    </message>
    <message>
        <source>Every page checksum and certificate record of the recovered database is sound</source>
        <translation>Toutes les sommes de contrôle de page et tous les enregistrements de certificat de la base de données récupérée sont corrects</translation>
    </message>
    <message>
        <source>%1 certificates, serials 1 to %2 without a gap</source>
        <translation>%1 certificats, numéros de série 1 à %2 sans interruption</translation>
    </message>
    <message>
        <source>esent.dll or its JetExternalRestoreW is not available: the drill cannot recover the copy.</source>
        <translation>esent.dll ou sa fonction JetExternalRestoreW n&apos;est pas disponible : la restauration de test ne peut pas récupérer la copie.</translation>
    </message>
    <message>
        <source>Hard recovery of log generations %1 to %2 failed with %3 (JET error %4)</source>
        <translation>La récupération matérielle des générations de journaux %1 à %2 a échoué avec %3 (erreur JET %4)</translation>
    </message>
    <message>
        <source>Hard recovery (JetExternalRestoreW) replayed log generations %1 to %2</source>
        <translation>La récupération matérielle (JetExternalRestoreW) a rejoué les générations de journaux %1 à %2</translation>
    </message>
    <message>
        <source>esentutl /mh does not show a clean shutdown: %1</source>
        <translation>esentutl /mh n&apos;indique pas un arrêt propre : %1</translation>
    </message>
    <message>
        <source>esentutl /mh: the database is in a clean shutdown state</source>
        <translation>esentutl /mh : la base de données est dans un état d&apos;arrêt propre</translation>
    </message>
    <message>
        <source>esentutl /g (integrity) failed: %1</source>
        <translation>esentutl /g (intégrité) a échoué : %1</translation>
    </message>
    <message>
        <source>esentutl /g: integrity check passed</source>
        <translation>esentutl /g : contrôle d&apos;intégrité réussi</translation>
    </message>
    <message>
        <source>esentutl /k (checksums) failed: %1</source>
        <translation>esentutl /k (sommes de contrôle) a échoué : %1</translation>
    </message>
    <message>
        <source>esentutl /k: every page checksum is sound</source>
        <translation>esentutl /k : toutes les sommes de contrôle de page sont correctes</translation>
    </message>
</context>
<context>
    <name>FolderOpener</name>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>No file manager opened the folder. Its path is copied to the clipboard:</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a ouvert le dossier. Son chemin est copié dans le presse-papiers :</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the commands, or a command&apos;s options and arguments.</source>
        <translation>Affiche les commandes, ou les options et arguments d&apos;une commande.</translation>
    </message>
    <message>
        <source>The command to describe.</source>
        <translation>La commande à décrire.</translation>
    </message>
    <message>
        <source>Its subcommand (profiles).</source>
        <translation>Sa sous-commande (profiles).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2.</source>
        <translation>commande inconnue « %1 » ; les commandes sont : %2.</translation>
    </message>
</context>
<context>
    <name>KeyPassword</name>
    <message numerus="yes">
        <source>The key password has %n character(s); a CA key needs at least %1.</source>
        <translation>
            <numerusform>Le mot de passe de la clé a %n caractère ; une clé d&apos;autorité en demande au moins %1.</numerusform>
            <numerusform>Le mot de passe de la clé a %n caractères ; une clé d&apos;autorité en demande au moins %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key password repeats too few different characters (%1; at least %2).</source>
        <translation>Le mot de passe de la clé répète trop peu de caractères différents (%1 ; au moins %2).</translation>
    </message>
    <message>
        <source>It protects the CA&apos;s private key in every set: whoever has a set and its password can sign as the CA. A passphrase of several words is easy to type and hard to guess.</source>
        <translation>Il protège la clé privée de l&apos;autorité dans chaque jeu : quiconque détient un jeu et son mot de passe peut signer au nom de l&apos;autorité. Une phrase de passe de plusieurs mots est facile à saisir et difficile à deviner.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the sets under a destination, with their chains.</source>
        <translation>Liste les jeux d&apos;une destination, avec leurs chaînes.</translation>
    </message>
    <message>
        <source>The destination folder of earlier backups.</source>
        <translation>Le dossier de destination de sauvegardes antérieures.</translation>
    </message>
    <message>
        <source>%1 does not exist: name the destination folder of earlier backups</source>
        <translation>%1 n&apos;existe pas : indiquez le dossier de destination de sauvegardes antérieures</translation>
    </message>
    <message>
        <source>No backup sets in %1</source>
        <translation>Aucun jeu de sauvegarde dans %1</translation>
    </message>
    <message>
        <source>full set</source>
        <translation>jeu complet</translation>
    </message>
    <message>
        <source>extends %1</source>
        <translation>complète %1</translation>
    </message>
    <message>
        <source>BROKEN CHAIN: %1</source>
        <translation>CHAÎNE ROMPUE : %1</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  logs %6-%7  %8</source>
        <translation>%1  %2  %3  %4  %5  journaux %6-%7  %8</translation>
    </message>
    <message>
        <source>(ignored, incomplete: %1)</source>
        <translation>(ignoré, incomplet : %1)</translation>
    </message>
    <message>
        <source>(ignored, unreadable manifest: %1)</source>
        <translation>(ignoré, manifeste illisible : %1)</translation>
    </message>
</context>
<context>
    <name>OnlineCommand</name>
    <message>
        <source>Check whether Certificate Services answers on a server.</source>
        <translation>Vérifie si les services de certificats répondent sur un serveur.</translation>
    </message>
    <message>
        <source>online needs --server NAME</source>
        <translation>online nécessite --server NOM</translation>
    </message>
    <message>
        <source>Certificate Services is paused; resume it to back up.</source>
        <translation>Les services de certificats sont en pause ; reprenez-les pour sauvegarder.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1 : %2%3</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>the field &quot;%1&quot; is missing or not text</source>
        <translation>le champ «&#xa0;%1&#xa0;» est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not true or false</source>
        <translation>le champ «&#xa0;%1&#xa0;» ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; is not usable: at most 64 characters, no leading or trailing spaces, no slashes or control characters.</source>
        <translation>Le nom de profil «&#xa0;%1&#xa0;» n&apos;est pas utilisable : 64 caractères au plus, sans espace au début ni à la fin, sans barre oblique ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs a server.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» doit indiquer un serveur.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs a destination folder.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» doit indiquer un dossier de destination.</translation>
    </message>
    <message>
        <source>The number of full sets to keep cannot be negative.</source>
        <translation>Le nombre de jeux complets à conserver ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is neither full nor logs</source>
        <translation>le type «&#xa0;%1&#xa0;» n&apos;est ni full ni logs</translation>
    </message>
    <message>
        <source>the key password source &quot;%1&quot; is neither keychain nor ask</source>
        <translation>la source du mot de passe de la clé «&#xa0;%1&#xa0;» n&apos;est ni keychain ni ask</translation>
    </message>
    <message>
        <source>the field &quot;keep_full&quot; is not a whole number of 0 or more</source>
        <translation>le champ «&#xa0;keep_full&#xa0;» n&apos;est pas un nombre entier supérieur ou égal à 0</translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>not a profiles file of CertSrv Backup Manager (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas un fichier de profils de CertSrv Backup Manager (aucun &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the schema version is missing or malformed</source>
        <translation>la version du schéma est absente ou mal formée</translation>
    </message>
    <message>
        <source>written by a newer version (schema %1; this version reads up to %2)</source>
        <translation>écrit par une version plus récente (schéma %1 ; cette version lit jusqu&apos;au schéma %2)</translation>
    </message>
    <message>
        <source>the field &quot;profiles&quot; is missing or not a list</source>
        <translation>le champ «&#xa0;profiles&#xa0;» est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>profile %1 in the file: %2</source>
        <translation>profil %1 du fichier : %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>profile %1 in the file: the key password is not text</source>
        <translation>profil %1 du fichier : le mot de passe de la clé n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>the file names the profile &quot;%1&quot; twice</source>
        <translation>le fichier contient deux fois le profil «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles file %1 cannot be read (not a readable file). It is left as it is; fix its permissions or move it away.</source>
        <translation>Le fichier de profils %1 ne peut pas être lu (fichier illisible). Il est laissé tel quel ; corrigez ses autorisations ou déplacez-le.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2). It is left as it is; repair it or move it away to start with no profiles.</source>
        <translation>Le fichier de profils %1 est endommagé (%2). Il est laissé tel quel ; réparez-le ou déplacez-le pour repartir sans aucun profil.</translation>
    </message>
    <message>
        <source>not a valid INI file</source>
        <translation>pas un fichier INI valide</translation>
    </message>
    <message>
        <source>access error</source>
        <translation>erreur d&apos;accès</translation>
    </message>
    <message>
        <source>The profiles file %1 has no valid schema version, so it is not a profiles file this program wrote. It is left as it is.</source>
        <translation>Le fichier de profils %1 n&apos;a pas de version de schéma valide : ce n&apos;est donc pas un fichier de profils écrit par ce programme. Il est laissé tel quel.</translation>
    </message>
    <message>
        <source>The profiles file %1 was written by a newer version of CertSrv Backup Manager (schema %2; this version reads up to %3). It is left as it is; use the newer version.</source>
        <translation>Le fichier de profils %1 a été écrit par une version plus récente de CertSrv Backup Manager (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Il est laissé tel quel ; utilisez la version plus récente.</translation>
    </message>
    <message>
        <source>keep_full is not a number</source>
        <translation>keep_full n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the type is neither full nor logs</source>
        <translation>le type n&apos;est ni full ni logs</translation>
    </message>
    <message>
        <source>the key password source is neither keychain nor ask</source>
        <translation>la source du mot de passe de la clé n&apos;est ni keychain ni ask</translation>
    </message>
    <message>
        <source>a second profile is named &quot;%1&quot;</source>
        <translation>un deuxième profil s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The profiles file %1 holds an unusable profile (entry %2): %3. It is left as it is; repair or remove that entry.</source>
        <translation>Le fichier de profils %1 contient un profil inutilisable (entrée %2) : %3. Il est laissé tel quel ; réparez ou supprimez cette entrée.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot write the profiles file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de profils %1.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profiles file %1 is being changed by another program (%2, process %3); try again in a moment.</source>
        <translation>Le fichier des profils %1 est en cours de modification par un autre programme (%2, processus %3) ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be renamed: it no longer exists (another program may have removed it). Nothing was changed.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne peut pas être renommé : il n&apos;existe plus (un autre programme l&apos;a peut-être supprimé). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ProfilesAddCommand</name>
    <message>
        <source>Save a profile (its key password goes to the keychain).</source>
        <translation>Enregistre un profil (son mot de passe de clé va dans le trousseau).</translation>
    </message>
    <message>
        <source>Retention: keep the last N full sets and their logs-only sets (0 keeps all).</source>
        <translation>Rétention : conserver les N derniers jeux complets et leurs jeux de journaux seuls (0 conserve tout).</translation>
    </message>
    <message>
        <source>The CA name, if known (the first backup fills it in otherwise).</source>
        <translation>Le nom de l&apos;autorité de certification, s&apos;il est connu (sinon la première sauvegarde le renseigne).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Texte libre.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Never store the key password; every run needs --key-password-stdin.</source>
        <translation>Ne jamais enregistrer le mot de passe de la clé ; chaque exécution nécessite --key-password-stdin.</translation>
    </message>
    <message>
        <source>With --with-key: read the CA key password from standard input (one line) and store it in the keychain.</source>
        <translation>Avec --with-key : lire le mot de passe de la clé de l&apos;autorité de certification sur l&apos;entrée standard (une ligne) et l&apos;enregistrer dans le trousseau.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>--type must be full or logs, not &quot;%1&quot;</source>
        <translation>--type doit valoir full ou logs, pas « %1 »</translation>
    </message>
    <message>
        <source>--keep-full wants a whole number of 0 or more</source>
        <translation>--keep-full attend un nombre entier égal ou supérieur à 0</translation>
    </message>
    <message>
        <source>--key-password-stdin and --ask-key-password go with --with-key</source>
        <translation>--key-password-stdin et --ask-key-password vont avec --with-key</translation>
    </message>
    <message>
        <source>choose either --key-password-stdin (stored in the keychain) or --ask-key-password (never stored)</source>
        <translation>choisissez soit --key-password-stdin (enregistré dans le trousseau), soit --ask-key-password (jamais enregistré)</translation>
    </message>
    <message>
        <source>profiles add needs --server NAME</source>
        <translation>profiles add nécessite --server NOM</translation>
    </message>
    <message>
        <source>profiles add needs --dest DIR</source>
        <translation>profiles add nécessite --dest DOSSIER</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; add --replace to change it.</source>
        <translation>Un profil nommé « %1 » existe déjà ; ajoutez --replace pour le modifier.</translation>
    </message>
    <message>
        <source>no key password on standard input</source>
        <translation>aucun mot de passe de clé sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>The profile was not saved. Unlock the keychain and run the command again, or add the profile with --ask-key-password and pass the password to every run with --key-password-stdin.</source>
        <translation>Le profil n&apos;a pas été enregistré. Déverrouillez le trousseau et relancez la commande, ou ajoutez le profil avec --ask-key-password et transmettez le mot de passe à chaque exécution avec --key-password-stdin.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot; in %2.</source>
        <translation>Profil « %1 » enregistré dans %2.</translation>
    </message>
    <message>
        <source>The CA key password is stored in %1.</source>
        <translation>Le mot de passe de la clé de l&apos;autorité de certification est enregistré dans %1.</translation>
    </message>
    <message>
        <source>warning: no CA key password is stored for &quot;%1&quot;; unattended runs fail until it is (profiles add %1 ... --with-key --key-password-stdin --replace).</source>
        <translation>avertissement : aucun mot de passe de clé n&apos;est enregistré pour « %1 » ; les exécutions automatiques échouent tant qu&apos;il ne l&apos;est pas (profiles add %1 ... --with-key --key-password-stdin --replace).</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>stored in the system keychain</source>
        <translation>enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>NOT stored: unattended runs fail until it is stored</source>
        <translation>NON enregistré : les exécutions automatiques échouent tant qu&apos;il ne l&apos;est pas</translation>
    </message>
    <message>
        <source>asked for every run (--key-password-stdin)</source>
        <translation>demandé à chaque exécution (--key-password-stdin)</translation>
    </message>
    <message>
        <source>unknown: the keychain is locked or refused access</source>
        <translation>inconnu : le trousseau est verrouillé ou a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>unknown: the keychain did not answer</source>
        <translation>inconnu : le trousseau n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>unknown: the keychain is not available</source>
        <translation>inconnu : le trousseau n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>not needed (the CA key is not included)</source>
        <translation>inutile (la clé de l&apos;autorité de certification n&apos;est pas incluse)</translation>
    </message>
    <message>
        <source>Saved profiles: list, show, add, remove, export, import.</source>
        <translation>Profils enregistrés : list, show, add, remove, export, import.</translation>
    </message>
</context>
<context>
    <name>ProfilesExportCommand</name>
    <message>
        <source>Export every profile into a JSON file.</source>
        <translation>Exporte tous les profils dans un fichier JSON.</translation>
    </message>
    <message>
        <source>Write the key passwords from the keychain into the file, in plain text.</source>
        <translation>Écrire les mots de passe des clés du trousseau dans le fichier, en clair.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported %1 profile(s) to %2 WITH %3 key password(s) in plain text; keep the file safe and delete it after the import.</source>
        <translation>%1 profil(s) exporté(s) vers %2 AVEC %3 mot(s) de passe de clé en clair ; conservez le fichier en lieu sûr et supprimez-le après l&apos;import.</translation>
    </message>
    <message>
        <source>Exported %1 profile(s) to %2 (without secrets).</source>
        <translation>%1 profil(s) exporté(s) vers %2 (sans secrets).</translation>
    </message>
</context>
<context>
    <name>ProfilesImportCommand</name>
    <message>
        <source>Import the profiles of an exported file.</source>
        <translation>Importe les profils d&apos;un fichier exporté.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Le fichier à lire.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>These profiles exist already: %1. Nothing was imported; add --replace to replace them.</source>
        <translation>Ces profils existent déjà : %1. Rien n&apos;a été importé ; ajoutez --replace pour les remplacer.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imported %1 profile(s) into %2.</source>
        <translation>%1 profil(s) importé(s) dans %2.</translation>
    </message>
    <message>
        <source>warning: %1 imported profile(s) include the CA key but the file held no password; store them with profiles add NAME ... --with-key --key-password-stdin --replace.</source>
        <translation>avertissement : %1 profil(s) importé(s) incluent la clé de l&apos;autorité de certification, mais le fichier ne contenait aucun mot de passe ; enregistrez-le avec profiles add NOM ... --with-key --key-password-stdin --replace.</translation>
    </message>
</context>
<context>
    <name>ProfilesListCommand</name>
    <message>
        <source>List the saved profiles.</source>
        <translation>Liste les profils enregistrés.</translation>
    </message>
    <message>
        <source>No profiles saved (%1).</source>
        <translation>Aucun profil enregistré (%1).</translation>
    </message>
    <message>
        <source>  with CA key</source>
        <translation>  avec la clé de l&apos;autorité</translation>
    </message>
    <message>
        <source>  keeps %1 full</source>
        <translation>  conserve %1 complets</translation>
    </message>
</context>
<context>
    <name>ProfilesRemoveCommand</name>
    <message>
        <source>Remove a profile and its key password.</source>
        <translation>Supprime un profil et son mot de passe de clé.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>warning: its key password could not be removed from the keychain: %1</source>
        <translation>avertissement : son mot de passe de clé n&apos;a pas pu être retiré du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>ProfilesShowCommand</name>
    <message>
        <source>Show a profile&apos;s settings and whether its key password is stored.</source>
        <translation>Affiche les réglages d&apos;un profil et si son mot de passe de clé est enregistré.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation>Profil :               %1</translation>
    </message>
    <message>
        <source>Server:         %1</source>
        <translation>Serveur :              %1</translation>
    </message>
    <message>
        <source>CA name:        %1</source>
        <translation>Autorité :             %1</translation>
    </message>
    <message>
        <source>(learned at the first backup)</source>
        <translation>(appris à la première sauvegarde)</translation>
    </message>
    <message>
        <source>Backup type:    %1</source>
        <translation>Type de sauvegarde :   %1</translation>
    </message>
    <message>
        <source>Keep logs:      %1</source>
        <translation>Conserver journaux :   %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Destination:    %1</source>
        <translation>Destination :          %1</translation>
    </message>
    <message>
        <source>CA key (.p12):  %1</source>
        <translation>Clé (.p12) :           %1</translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluse</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>non incluse</translation>
    </message>
    <message>
        <source>Key password:   %1</source>
        <translation>Mot de passe de clé :  %1</translation>
    </message>
    <message>
        <source>Verify after:   %1</source>
        <translation>Vérifier ensuite :     %1</translation>
    </message>
    <message>
        <source>Test restore:   %1</source>
        <translation>Restauration de test : %1</translation>
    </message>
    <message>
        <source>after every backup</source>
        <translation>après chaque sauvegarde</translation>
    </message>
    <message>
        <source>Retention:      %1</source>
        <translation>Rétention :            %1</translation>
    </message>
    <message>
        <source>keep the last %1 full sets and their logs-only sets</source>
        <translation>conserver les %1 derniers jeux complets et leurs jeux de journaux seuls</translation>
    </message>
    <message>
        <source>keep every set</source>
        <translation>conserver tous les jeux</translation>
    </message>
    <message>
        <source>Notes:          %1</source>
        <translation>Notes :                %1</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Prove the set restorable on a scratch copy; no CA is touched.</source>
        <translation>Prouve sur une copie de travail que le jeu est restaurable ; aucune autorité de certification n&apos;est touchée.</translation>
    </message>
    <message>
        <source>With --drill: the folder for the scratch copy (default: the temporary folder).</source>
        <translation>Avec --drill : le dossier de la copie de travail (par défaut : le dossier temporaire).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The database and logs, not the CA key.</source>
        <translation>La base de données et les journaux, pas la clé de l&apos;autorité de certification.</translation>
    </message>
    <message>
        <source>Only the CA key and certificate.</source>
        <translation>Uniquement la clé et le certificat de l&apos;autorité de certification.</translation>
    </message>
    <message>
        <source>Stop the CA first if it runs.</source>
        <translation>Arrêter d&apos;abord l&apos;autorité de certification si elle est en marche.</translation>
    </message>
    <message>
        <source>Start the CA afterwards; it recovers the restored database (a failure undoes the restore).</source>
        <translation>Démarrer ensuite l&apos;autorité de certification ; elle récupère la base restaurée (un échec annule la restauration).</translation>
    </message>
    <message>
        <source>Restore onto a CA whose name differs from the set&apos;s.</source>
        <translation>Restaurer sur une autorité de certification dont le nom diffère de celui du jeu.</translation>
    </message>
    <message>
        <source>Chain:     %1</source>
        <translation>Chaîne :        %1</translation>
    </message>
    <message>
        <source>Warning:   %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Checked:   %1</source>
        <translation>Vérifié :       %1</translation>
    </message>
    <message>
        <source>Drill passed: %1 is restorable (%2 certificates, highest serial %3, %4).</source>
        <translation>Restauration de test réussie : %1 est restaurable (%2 certificats, numéro de série le plus élevé %3, %4).</translation>
    </message>
    <message>
        <source>Restored:  %1 files, %2, log generations %3 to %4, in %5</source>
        <translation>Restauré :      %1 fichiers, %2, générations de journaux %3 à %4, en %5</translation>
    </message>
    <message>
        <source>Previous database and logs kept in %1</source>
        <translation>Base de données et journaux précédents conservés dans %1</translation>
    </message>
    <message>
        <source>The CA key and certificate were restored.</source>
        <translation>La clé et le certificat de l&apos;autorité de certification ont été restaurés.</translation>
    </message>
    <message>
        <source>The CA is running on the restored database. Take a full backup now: sets taken before the restore cannot be chained with later ones.</source>
        <translation>L&apos;autorité de certification fonctionne sur la base restaurée. Faites maintenant une sauvegarde complète : les jeux pris avant la restauration ne peuvent pas être chaînés avec les suivants.</translation>
    </message>
    <message>
        <source>Start the CA to finish: it recovers the restored database at start. Then take a full backup.</source>
        <translation>Démarrez l&apos;autorité de certification pour terminer : elle récupère la base restaurée au démarrage. Faites ensuite une sauvegarde complète.</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Restauration annulée.</translation>
    </message>
    <message>
        <source>Drill FAILED: %1</source>
        <translation>Restauration de test ÉCHOUÉE : %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Échec de la restauration : %1</translation>
    </message>
    <message>
        <source>The restore was undone: the CA has its previous database and logs.</source>
        <translation>La restauration a été annulée : l&apos;autorité de certification a retrouvé sa base de données et ses journaux précédents.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Restore a set&apos;s chain into the CA on this computer, or test-restore it (--drill).</source>
        <translation>Restaure la chaîne d&apos;un jeu dans l&apos;autorité de certification de cet ordinateur, ou en fait une restauration de test (--drill).</translation>
    </message>
    <message>
        <source>Read the password of the set&apos;s CA key from standard input (one line) and restore the key too.</source>
        <translation>Lire le mot de passe de la clé de l&apos;autorité de certification du jeu sur l&apos;entrée standard (une ligne) et restaurer aussi la clé.</translation>
    </message>
    <message>
        <source>The set to restore: the last set of the chain.</source>
        <translation>Le jeu à restaurer : le dernier jeu de la chaîne.</translation>
    </message>
    <message>
        <source>--database-only and --key-only exclude each other</source>
        <translation>--database-only et --key-only s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--drill touches no CA: it takes only SET, --scratch and --json</source>
        <translation>--drill ne touche aucune autorité de certification : il ne prend que SET, --scratch et --json</translation>
    </message>
    <message>
        <source>--scratch is for --drill</source>
        <translation>--scratch va avec --drill</translation>
    </message>
    <message>
        <source>restore needs --server NAME: the set has no manifest that names its server</source>
        <translation>restore nécessite --server NOM : le jeu n&apos;a pas de manifeste qui nomme son serveur</translation>
    </message>
    <message>
        <source>restoring the CA key needs its password: --key-password-stdin</source>
        <translation>restaurer la clé de l&apos;autorité de certification nécessite son mot de passe : --key-password-stdin</translation>
    </message>
    <message>
        <source>Cancelling: the restore is undone...</source>
        <translation>Annulation : la restauration est défaite...</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Annulé par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another set, or verify the destination to see what is damaged or missing.</source>
        <translation>Rien n&apos;a été modifié. Choisissez un autre jeu, ou vérifiez la destination pour voir ce qui est endommagé ou manquant.</translation>
    </message>
    <message>
        <source>Chain: %1 (log generations %2 to %3, %4 files)</source>
        <translation>Chaîne : %1 (générations de journaux %2 à %3, %4 fichiers)</translation>
    </message>
    <message>
        <source>%1 is not a CA on this computer: a restore works on the CA itself.</source>
        <translation>%1 n&apos;est pas une autorité de cet ordinateur : une restauration s&apos;effectue sur l&apos;autorité elle-même.</translation>
    </message>
    <message>
        <source>Run the restore on the CA server. To prove the set restorable from here, run a restore drill instead.</source>
        <translation>Lancez la restauration sur le serveur de l&apos;autorité. Pour prouver depuis ce poste que le jeu est restaurable, lancez plutôt une restauration de test.</translation>
    </message>
    <message>
        <source>The set is a backup of CA &quot;%1&quot;; the CA on %2 is &quot;%3&quot;.</source>
        <translation>Le jeu est une sauvegarde de l&apos;autorité « %1 » ; l&apos;autorité présente sur %2 est « %3 ».</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a set of this CA, or force the restore if the CA really is to become &quot;%1&quot;.</source>
        <translation>Rien n&apos;a été modifié. Choisissez un jeu de cette autorité, ou forcez la restauration si l&apos;autorité doit réellement devenir « %1 ».</translation>
    </message>
    <message>
        <source>Restoring anyway, as forced.</source>
        <translation>Restauration poursuivie malgré tout, car elle a été forcée.</translation>
    </message>
    <message>
        <source>Certificate Services is running on %1: a restore needs it stopped.</source>
        <translation>Les services de certificats s&apos;exécutent sur %1 : une restauration exige qu&apos;ils soient arrêtés.</translation>
    </message>
    <message>
        <source>Nothing was changed. Let the restore stop the CA, or stop it yourself (net stop certsvc) and restore again.</source>
        <translation>Rien n&apos;a été modifié. Laissez la restauration arrêter l&apos;autorité, ou arrêtez-la vous-même (net stop certsvc) et relancez la restauration.</translation>
    </message>
    <message>
        <source>The CA did not stop within %1 s.</source>
        <translation>L&apos;autorité ne s&apos;est pas arrêtée en %1 s.</translation>
    </message>
    <message>
        <source>Nothing was changed. Stop the CA service and restore again.</source>
        <translation>Rien n&apos;a été modifié. Arrêtez le service de l&apos;autorité et relancez la restauration.</translation>
    </message>
    <message>
        <source>The CA is stopped.</source>
        <translation>L&apos;autorité est arrêtée.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free space on that volume and restore again.</source>
        <translation>Rien n&apos;a été modifié. Libérez de l&apos;espace sur ce volume et relancez la restauration.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Check the backup destination and restore again.</source>
        <translation>Vérifiez la destination de la sauvegarde et relancez la restauration.</translation>
    </message>
    <message>
        <source>Free space on the target volume, check that this account can write there (run elevated), and restore again.</source>
        <translation>Libérez de l&apos;espace sur le volume cible, vérifiez que ce compte peut y écrire (exécution avec élévation), puis relancez la restauration.</translation>
    </message>
    <message>
        <source>%1 was not written</source>
        <translation>%1 n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Restore again.</source>
        <translation>Relancez la restauration.</translation>
    </message>
    <message>
        <source>%1 differs from its manifest (SHA-256 or size): the set is damaged.</source>
        <translation>%1 ne correspond pas à son manifeste (SHA-256 ou taille) : le jeu est endommagé.</translation>
    </message>
    <message>
        <source>Nothing of the CA was changed. Restore from another set.</source>
        <translation>Rien n&apos;a été modifié sur l&apos;autorité. Restaurez depuis un autre jeu.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Run the restore elevated (as an administrator).</source>
        <translation>Lancez la restauration avec élévation (en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>Nothing of the CA was changed. Run the restore elevated.</source>
        <translation>Rien n&apos;a été modifié sur l&apos;autorité. Lancez la restauration avec élévation.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2</source>
        <translation>Impossible de déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>The CA&apos;s files were put back. Check that no other program holds them and restore again.</source>
        <translation>Les fichiers de l&apos;autorité ont été remis en place. Vérifiez qu&apos;aucun autre programme ne les garde ouverts et relancez la restauration.</translation>
    </message>
    <message>
        <source>The CA&apos;s previous database and logs are kept in %1.</source>
        <translation>L&apos;ancienne base de données et les journaux de l&apos;autorité sont conservés dans %1.</translation>
    </message>
    <message>
        <source>The CA&apos;s files were put back. Run the restore elevated.</source>
        <translation>Les fichiers de l&apos;autorité ont été remis en place. Lancez la restauration avec élévation.</translation>
    </message>
    <message>
        <source>Registered %1 (log generations %2 to %3).</source>
        <translation>%1 enregistré (générations de journaux %2 à %3).</translation>
    </message>
    <message>
        <source>Another restore of this CA is running.</source>
        <translation>Une autre restauration de cette autorité est en cours.</translation>
    </message>
    <message>
        <source>Wait for it to finish.</source>
        <translation>Attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run the restore elevated (as an administrator).</source>
        <translation>Rien n&apos;a été modifié. Lancez la restauration avec élévation (en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>The chain of %1 holds no readable CA key (.p12).</source>
        <translation>La chaîne de %1 ne contient aucune clé de l&apos;autorité lisible (.p12).</translation>
    </message>
    <message>
        <source>Restore the database only, or choose a set taken with &quot;include the CA key&quot;.</source>
        <translation>Restaurez uniquement la base de données, ou choisissez un jeu créé avec « inclure la clé de l&apos;autorité ».</translation>
    </message>
    <message>
        <source>The CA does not start on the restored database: %1</source>
        <translation>L&apos;autorité ne démarre pas sur la base de données restaurée : %1</translation>
    </message>
    <message>
        <source>The restore was undone and the CA&apos;s previous database put back. Run a restore drill on the set to see what is wrong with it.</source>
        <translation>La restauration a été annulée et l&apos;ancienne base de données de l&apos;autorité remise en place. Lancez une restauration de test du jeu pour voir ce qui ne va pas.</translation>
    </message>
    <message>
        <source>The CA started but did not come online within %1 s.</source>
        <translation>L&apos;autorité a démarré mais n&apos;est pas passée en ligne en %1 s.</translation>
    </message>
    <message>
        <source>Look at the CA&apos;s event log.</source>
        <translation>Consultez le journal des événements de l&apos;autorité.</translation>
    </message>
    <message>
        <source>The CA is running on the restored database.</source>
        <translation>L&apos;autorité fonctionne sur la base de données restaurée.</translation>
    </message>
    <message>
        <source>Put the CA&apos;s files back by hand from the before-restore folder, then restore again.</source>
        <translation>Remettez à la main les fichiers de l&apos;autorité en place depuis le dossier before-restore, puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Nothing to restore: neither the database nor the key was chosen.</source>
        <translation>Rien à restaurer : ni la base de données ni la clé n&apos;ont été choisies.</translation>
    </message>
    <message>
        <source>Restoring the CA key needs the password it was backed up with.</source>
        <translation>La restauration de la clé de l&apos;autorité exige le mot de passe utilisé lors de sa sauvegarde.</translation>
    </message>
    <message>
        <source>Give the key password.</source>
        <translation>Indiquez le mot de passe de la clé.</translation>
    </message>
    <message>
        <source>The CA was not changed; the staged copies were removed.</source>
        <translation>L&apos;autorité n&apos;a pas été modifiée ; les copies préparées ont été supprimées.</translation>
    </message>
    <message>
        <source>The CA&apos;s previous database and logs are back in place.</source>
        <translation>L&apos;ancienne base de données et les journaux de l&apos;autorité sont de nouveau en place.</translation>
    </message>
    <message>
        <source>The CA was started again on its previous database.</source>
        <translation>L&apos;autorité a été redémarrée sur son ancienne base de données.</translation>
    </message>
    <message>
        <source>The CA does not start again: %1</source>
        <translation>L&apos;autorité ne redémarre pas : %1</translation>
    </message>
    <message>
        <source>The restore could not be undone completely: %1. The CA&apos;s previous files are in %2.</source>
        <translation>La restauration n&apos;a pas pu être entièrement annulée : %1. Les anciens fichiers de l&apos;autorité se trouvent dans %2.</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder in %1: %2</source>
        <translation>Impossible de créer un dossier de travail dans %1 : %2</translation>
    </message>
    <message>
        <source>Give a scratch folder with enough free space.</source>
        <translation>Indiquez un dossier de travail disposant de suffisamment d&apos;espace libre.</translation>
    </message>
    <message>
        <source>Scratch copy in %1</source>
        <translation>Copie de travail dans %1</translation>
    </message>
    <message>
        <source>%1 files of %2 set(s) copied, each SHA-256 matching its manifest</source>
        <translation>%1 fichiers de %2 jeu(x) copiés, chaque SHA-256 correspondant à son manifeste</translation>
    </message>
    <message>
        <source>This set would not restore. Take a new full backup now and drill it.</source>
        <translation>Ce jeu ne se restaurerait pas. Faites maintenant une nouvelle sauvegarde complète et testez sa restauration.</translation>
    </message>
    <message>
        <source>Checking the set and the CA</source>
        <translation>Vérification du jeu et de l&apos;autorité</translation>
    </message>
    <message>
        <source>Checking the set</source>
        <translation>Vérification du jeu</translation>
    </message>
    <message>
        <source>Stopping the CA</source>
        <translation>Arrêt de l&apos;autorité</translation>
    </message>
    <message>
        <source>Copying and checking the files</source>
        <translation>Copie et vérification des fichiers</translation>
    </message>
    <message>
        <source>Moving the CA&apos;s files aside and the restored ones into place</source>
        <translation>Mise de côté des fichiers de l&apos;autorité et mise en place des fichiers restaurés</translation>
    </message>
    <message>
        <source>Registering the restore with the CA</source>
        <translation>Enregistrement de la restauration auprès de l&apos;autorité</translation>
    </message>
    <message>
        <source>Restoring the CA key</source>
        <translation>Restauration de la clé de l&apos;autorité</translation>
    </message>
    <message>
        <source>Starting the CA (it recovers the restored database)</source>
        <translation>Démarrage de l&apos;autorité (elle récupère la base de données restaurée)</translation>
    </message>
    <message>
        <source>Undoing the restore</source>
        <translation>Annulation de la restauration</translation>
    </message>
    <message>
        <source>Recovering the scratch copy</source>
        <translation>Récupération de la copie de travail</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Run the restore elevated (as an administrator): it needs the backup and restore privileges.</source>
        <translation>Lancez la restauration avec élévation (en tant qu&apos;administrateur) : elle exige les privilèges de sauvegarde et de restauration.</translation>
    </message>
    <message>
        <source>Stop the CA service and restore again.</source>
        <translation>Arrêtez le service de l&apos;autorité et relancez la restauration.</translation>
    </message>
    <message>
        <source>Restore again; report the log if it repeats.</source>
        <translation>Relancez la restauration ; signalez le journal si cela se reproduit.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run the restore elevated (as an administrator): it needs the backup and restore privileges.</source>
        <translation>Rien n&apos;a été modifié. Lancez la restauration avec élévation (en tant qu&apos;administrateur) : elle exige les privilèges de sauvegarde et de restauration.</translation>
    </message>
    <message>
        <source>CertSrvServerControlW SHUTDOWN failed with %1; stopping the service through the service manager</source>
        <translation>CertSrvServerControlW SHUTDOWN a échoué avec %1 ; arrêt du service par le gestionnaire de services</translation>
    </message>
    <message>
        <source>%1 failed with %2: %3</source>
        <translation>%1 a échoué avec %2 : %3</translation>
    </message>
    <message>
        <source>%1 has %2 free; the restore needs %3 there (the CA&apos;s current files are kept until it succeeds).</source>
        <translation>%1 dispose de %2 libres ; la restauration y nécessite %3 (les fichiers actuels de l&apos;autorité sont conservés jusqu&apos;à sa réussite).</translation>
    </message>
    <message>
        <source>%1 files (%2) copied and checked against their SHA-256.</source>
        <translation>%1 fichiers (%2) copiés et contrôlés par rapport à leur SHA-256.</translation>
    </message>
</context>
<context>
    <name>RestoreJournal</name>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the restore journal %1: %2</source>
        <translation>impossible d&apos;écrire le journal de restauration %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the restore journal %1: %2</source>
        <translation>impossible de lire le journal de restauration %1 : %2</translation>
    </message>
    <message>
        <source>the restore journal %1 is damaged; the CA&apos;s previous files are in the before-restore-* folders inside its database and log folders</source>
        <translation>le journal de restauration %1 est endommagé ; les anciens fichiers de l&apos;autorité se trouvent dans les dossiers before-restore-* de ses dossiers de base de données et de journaux</translation>
    </message>
    <message>
        <source>cannot move %1 back to %2</source>
        <translation>impossible de replacer %1 dans %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>cannot move the restore journal into %1</source>
        <translation>impossible de déplacer le journal de restauration dans %1</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 was found and could not be undone: %2. The CA&apos;s previous files are in the before-restore-* folders inside %3.</source>
        <translation>Une restauration interrompue de %1 a été trouvée et n&apos;a pas pu être annulée : %2. Les anciens fichiers de l&apos;autorité se trouvent dans les dossiers before-restore-* de %3.</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 (from %2) had not yet changed the CA; its staged copies were removed.</source>
        <translation>Une restauration interrompue de %1 (depuis %2) n&apos;avait pas encore modifié l&apos;autorité ; ses copies préparées ont été supprimées.</translation>
    </message>
    <message>
        <source>An interrupted restore of %1 (from %2) was undone: the CA&apos;s previous database and logs are back in place.</source>
        <translation>Une restauration interrompue de %1 (depuis %2) a été annulée : l&apos;ancienne base de données et les journaux de l&apos;autorité sont de nouveau en place.</translation>
    </message>
    <message>
        <source>The CA was running before the restore and has been started again.</source>
        <translation>L&apos;autorité fonctionnait avant la restauration et a été redémarrée.</translation>
    </message>
    <message>
        <source>The CA was running before the restore but does not start: %1</source>
        <translation>L&apos;autorité fonctionnait avant la restauration mais ne démarre pas : %1</translation>
    </message>
</context>
<context>
    <name>RestorePlan</name>
    <message>
        <source>%1 has no readable %2 (the restore map): %3</source>
        <translation>%1 n&apos;a pas de fichier %2 lisible (la table de restauration) : %3</translation>
    </message>
    <message>
        <source>%1 in %2 names no database</source>
        <translation>%1 dans %2 ne désigne aucune base de données</translation>
    </message>
    <message>
        <source>%1 is not a backup set: it has no %2 folder</source>
        <translation>%1 n&apos;est pas un jeu de sauvegarde : il n&apos;a pas de dossier %2</translation>
    </message>
    <message>
        <source>%1 holds %2 databases; a CA backup holds one</source>
        <translation>%1 contient %2 bases de données ; une sauvegarde d&apos;autorité n&apos;en contient qu&apos;une</translation>
    </message>
    <message>
        <source>%1 holds no log files: it cannot be recovered</source>
        <translation>%1 ne contient aucun fichier journal : il ne peut pas être récupéré</translation>
    </message>
    <message>
        <source>log generation %1 is missing from %2</source>
        <translation>la génération de journal %1 manque dans %2</translation>
    </message>
    <message>
        <source>%1 is not a folder: give the folder of a backup set (the one that holds DataBase)</source>
        <translation>%1 n&apos;est pas un dossier : indiquez le dossier d&apos;un jeu de sauvegarde (celui qui contient DataBase)</translation>
    </message>
    <message>
        <source>%1 is an unfinished set of an interrupted backup; it cannot be restored</source>
        <translation>%1 est le jeu inachevé d&apos;une sauvegarde interrompue ; il ne peut pas être restauré</translation>
    </message>
    <message>
        <source>%1 is a logs-only set without a manifest: restore its full set first, or restore a set made by this tool, whose chain is known</source>
        <translation>%1 est un jeu de journaux seuls sans manifeste : restaurez d&apos;abord son jeu complet, ou restaurez un jeu créé par cet outil, dont la chaîne est connue</translation>
    </message>
    <message>
        <source>%1 has no manifest (made by certutil, Backup-CARoleService or the console): only its structure was checked, not the contents of its files</source>
        <translation>%1 n&apos;a pas de manifeste (créé par certutil, Backup-CARoleService ou la console) : seule sa structure a été vérifiée, pas le contenu de ses fichiers</translation>
    </message>
    <message>
        <source>the manifest of %1 cannot be read: %2</source>
        <translation>le manifeste de %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 ne peut pas être restauré : %2</translation>
    </message>
    <message>
        <source>%1 holds files its manifest does not list (not restored): %2</source>
        <translation>%1 contient des fichiers absents de son manifeste (non restaurés) : %2</translation>
    </message>
    <message>
        <source>%1, which %2 needs, cannot be restored: %3</source>
        <translation>%1, dont %2 a besoin, ne peut pas être restauré : %3</translation>
    </message>
    <message>
        <source>no full set was found for %1</source>
        <translation>aucun jeu complet n&apos;a été trouvé pour %1</translation>
    </message>
    <message>
        <source>log generations %1 to %2 are missing between %3 and %4</source>
        <translation>les générations de journaux %1 à %2 manquent entre %3 et %4</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>Retention removed %n set(s)</source>
        <translation>
            <numerusform>La rétention a supprimé %n jeu</numerusform>
            <numerusform>La rétention a supprimé %n jeux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, kept %n</source>
        <translation>
            <numerusform>, en a conservé %n</numerusform>
            <numerusform>, en a conservé %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be removed</source>
        <translation>
            <numerusform>, %n n&apos;a pas pu être supprimé</numerusform>
            <numerusform>, %n n&apos;ont pas pu être supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, the manifest says %3</source>
        <translation>%1 fait %2 octets, le manifeste indique %3</translation>
    </message>
    <message>
        <source>this profile keeps every set</source>
        <translation>ce profil conserve tous les jeux</translation>
    </message>
    <message>
        <source>not written by CertSrv Backup Manager</source>
        <translation>non écrit par CertSrv Backup Manager</translation>
    </message>
    <message>
        <source>did not pass the check (%1)</source>
        <translation>a échoué à la vérification (%1)</translation>
    </message>
    <message>
        <source>the newest full set</source>
        <translation>le jeu complet le plus récent</translation>
    </message>
    <message numerus="yes">
        <source>one of the last %n full set(s)</source>
        <translation>
            <numerusform>le dernier jeu complet (rétention : %n)</numerusform>
            <numerusform>l&apos;un des %n derniers jeux complets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>older than the last %n full set(s)</source>
        <translation>
            <numerusform>plus ancien que le dernier jeu complet (rétention : %n)</numerusform>
            <numerusform>plus ancien que les %n derniers jeux complets</numerusform>
        </translation>
    </message>
    <message>
        <source>its chain to a full set is broken; kept for inspection</source>
        <translation>sa chaîne vers un jeu complet est rompue ; conservé pour examen</translation>
    </message>
    <message>
        <source>extends the removed full set %1</source>
        <translation>prolonge le jeu complet supprimé %1</translation>
    </message>
    <message>
        <source>extends the kept full set %1</source>
        <translation>prolonge le jeu complet conservé %1</translation>
    </message>
    <message>
        <source>needed to restore the kept set %1</source>
        <translation>nécessaire pour restaurer le jeu conservé %1</translation>
    </message>
    <message>
        <source>%1: not a set folder inside %2; left alone</source>
        <translation>%1 : pas un dossier de jeu dans %2 ; laissé intact</translation>
    </message>
    <message>
        <source>%1: cannot remove its manifest; the set is unchanged</source>
        <translation>%1 : impossible de supprimer son manifeste ; le jeu est inchangé</translation>
    </message>
    <message>
        <source>%1: only partly removed; it is no longer listed as a backup, delete the rest by hand</source>
        <translation>%1 : supprimé en partie seulement ; il n&apos;apparaît plus comme sauvegarde, supprimez le reste à la main</translation>
    </message>
</context>
<context>
    <name>RunWatch</name>
    <message>
        <source>Backup complete: %1</source>
        <translation>Sauvegarde terminée : %1</translation>
    </message>
    <message>
        <source>  full backup of %1 (%2): %3 files, %4 in %5 s (%6/s)</source>
        <translation>  sauvegarde complète de %1 (%2) : %3 fichiers, %4 en %5 s (%6/s)</translation>
    </message>
    <message>
        <source>  logs-only backup of %1 (%2): %3 files, %4 in %5 s (%6/s)</source>
        <translation>  sauvegarde des journaux seuls de %1 (%2) : %3 fichiers, %4 en %5 s (%6/s)</translation>
    </message>
    <message>
        <source>  log generations %1-%2, logs truncated on the server</source>
        <translation>  générations de journaux %1-%2, journaux tronqués sur le serveur</translation>
    </message>
    <message>
        <source>  log generations %1-%2, logs kept on the server</source>
        <translation>  générations de journaux %1-%2, journaux conservés sur le serveur</translation>
    </message>
    <message>
        <source>  CA certificate and key: %1</source>
        <translation>  certificat et clé de l&apos;autorité de certification : %1</translation>
    </message>
    <message>
        <source>  verification: %1</source>
        <translation>  vérification : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Backup cancelled: %1</source>
        <translation>Sauvegarde annulée : %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>  code %1 %2 (in %3)</source>
        <translation>  code %1 %2 (dans %3)</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation>  Que faire : %1</translation>
    </message>
    <message>
        <source>Cancelling: the set is complete and is kept; its verification is skipped...</source>
        <translation>Annulation : le jeu est complet et il est conservé ; sa vérification est sautée...</translation>
    </message>
    <message>
        <source>Cancelling: ending the backup on the server and removing the unfinished set...</source>
        <translation>Annulation : fin de la sauvegarde sur le serveur et suppression du jeu inachevé...</translation>
    </message>
    <message>
        <source>  test restore: passed (%1 certificates, highest serial %2)</source>
        <translation>  restauration de test : réussie (%1 certificats, numéro de série le plus élevé %2)</translation>
    </message>
    <message>
        <source>  test restore: cancelled</source>
        <translation>  restauration de test : annulée</translation>
    </message>
    <message>
        <source>  test restore: FAILED: %1</source>
        <translation>  restauration de test : ÉCHOUÉE : %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Done: the password is kept in %1.</source>
        <translation>Terminé : le mot de passe est conservé dans %1.</translation>
    </message>
    <message>
        <source>No password is stored in %1 for this profile.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans %1 pour ce profil.</translation>
    </message>
    <message>
        <source>The password cannot be kept or read: %1 is not available%2. Nothing was stored, as passwords are never written in plain text. Start or unlock the keychain, or choose &quot;ask me each time&quot; or &quot;keep for this session&quot;.</source>
        <translation>Impossible de conserver ou de lire le mot de passe : %1 n&apos;est pas disponible%2. Rien n&apos;a été enregistré, car les mots de passe ne sont jamais écrits en clair. Démarrez ou déverrouillez le trousseau, ou choisissez «&#xa0;me demander à chaque fois&#xa0;» ou «&#xa0;conserver pour cette session&#xa0;».</translation>
    </message>
    <message>
        <source>The password cannot be kept or read: %1 is locked or refused access%2. Unlock it and try again, or choose &quot;ask me each time&quot; or &quot;keep for this session&quot;.</source>
        <translation>Impossible de conserver ou de lire le mot de passe : l&apos;accès est verrouillé ou refusé par %1%2. Déverrouillez le trousseau puis réessayez, ou choisissez «&#xa0;me demander à chaque fois&#xa0;» ou «&#xa0;conserver pour cette session&#xa0;».</translation>
    </message>
    <message>
        <source>The password cannot be kept or read: %1 did not answer in time and may be waiting to be unlocked. Unlock it and try again, or choose &quot;ask me each time&quot;.</source>
        <translation>Impossible de conserver ou de lire le mot de passe : %1 n&apos;a pas répondu à temps et attend peut-être un déverrouillage. Déverrouillez le trousseau puis réessayez, ou choisissez «&#xa0;me demander à chaque fois&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source>List the servers this machine knows, with their state.</source>
        <translation>Liste les serveurs que cette machine connaît, avec leur état.</translation>
    </message>
    <message>
        <source>%1  %2  %3  (%4)%5</source>
        <translation>%1  %2  %3  (%4)%5</translation>
    </message>
    <message>
        <source>, also named %1</source>
        <translation>, aussi nommé %1</translation>
    </message>
    <message>
        <source>No servers found. Name one with --server.</source>
        <translation>Aucun serveur trouvé. Nommez-en un avec --server.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands.</source>
        <translation>Lancez « %1 --help » pour les commandes.</translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2&apos; for what it takes.</source>
        <translation>Lancez « %1 help %2 » pour ce qu&apos;elle accepte.</translation>
    </message>
    <message>
        <source>CA key password: </source>
        <translation>Mot de passe de la clé de l&apos;autorité : </translation>
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
        <translation>reste %1</translation>
    </message>
    <message>
        <source>ETA --</source>
        <translation>reste --</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Re-hash a set against its manifest and check its chain and CA key.</source>
        <translation>Recalcule les empreintes d&apos;un jeu par rapport à son manifeste et vérifie sa chaîne et la clé de l&apos;autorité de certification.</translation>
    </message>
    <message>
        <source>Read the password of the set&apos;s CA key from standard input (one line) and open the key.</source>
        <translation>Lire le mot de passe de la clé de l&apos;autorité de certification du jeu sur l&apos;entrée standard (une ligne) et ouvrir la clé.</translation>
    </message>
    <message>
        <source>Open the set&apos;s CA key with the password this saved profile keeps in the keychain.</source>
        <translation>Ouvrir la clé de l&apos;autorité de certification du jeu avec le mot de passe que ce profil enregistré garde dans le trousseau.</translation>
    </message>
    <message>
        <source>The set&apos;s folder.</source>
        <translation>Le dossier du jeu.</translation>
    </message>
    <message>
        <source>--key-password-stdin and --profile exclude each other</source>
        <translation>--key-password-stdin et --profile s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>no key password on standard input</source>
        <translation>aucun mot de passe de clé sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>  missing: %1</source>
        <translation>  manquant : %1</translation>
    </message>
    <message>
        <source>  changed: %1</source>
        <translation>  modifié : %1</translation>
    </message>
    <message>
        <source>  extra: %1</source>
        <translation>  en trop : %1</translation>
    </message>
    <message>
        <source>  problem: %1</source>
        <translation>  problème : %1</translation>
    </message>
    <message>
        <source>  chain: %1</source>
        <translation>  chaîne : %1</translation>
    </message>
    <message>
        <source>  CA key: %1</source>
        <translation>  clé de l&apos;autorité : %1</translation>
    </message>
</context>
<context>
    <name>certadm</name>
    <message>
        <source>Run the backup as a member of the CA&apos;s Backup Operators or local Administrators, from an elevated session (Run as administrator), so that the backup privilege is enabled.</source>
        <translation>Lancez la sauvegarde en tant que membre des Opérateurs de sauvegarde ou des Administrateurs locaux de l&apos;autorité de certification, depuis une session élevée (Exécuter en tant qu&apos;administrateur), afin que le privilège de sauvegarde soit activé.</translation>
    </message>
    <message>
        <source>Check that the Active Directory Certificate Services service (CertSvc) is running on the server and that the server name is right and reachable, then try again.</source>
        <translation>Vérifiez que le service Services de certificats Active Directory (CertSvc) fonctionne sur le serveur et que le nom du serveur est correct et joignable, puis réessayez.</translation>
    </message>
    <message>
        <source>Access denied: the backup privilege is not enabled, the session is not elevated, or the account is not a CA backup operator.</source>
        <translation>Accès refusé : le privilège de sauvegarde n&apos;est pas activé, la session n&apos;est pas élevée, ou le compte n&apos;est pas opérateur de sauvegarde de l&apos;autorité de certification.</translation>
    </message>
    <message>
        <source>A required privilege is not held by the client.</source>
        <translation>Le client ne dispose pas d&apos;un privilège nécessaire.</translation>
    </message>
    <message>
        <source>Not all privileges were assigned to the process token.</source>
        <translation>Tous les privilèges n&apos;ont pas été attribués au jeton du processus.</translation>
    </message>
    <message>
        <source>The RPC server is unavailable: the CA service is not running or the host cannot be reached.</source>
        <translation>Le serveur RPC n&apos;est pas disponible : le service de l&apos;autorité de certification ne fonctionne pas ou l&apos;hôte est injoignable.</translation>
    </message>
    <message>
        <source>The remote procedure call failed: the connection to the CA broke during the call.</source>
        <translation>L&apos;appel de procédure distante a échoué : la connexion à l&apos;autorité de certification a été coupée pendant l&apos;appel.</translation>
    </message>
    <message>
        <source>Check the network and the CA service, then run the backup again; the partial set was removed and the logs were not truncated.</source>
        <translation>Vérifiez le réseau et le service de l&apos;autorité de certification, puis relancez la sauvegarde ; le jeu partiel a été supprimé et les journaux n&apos;ont pas été tronqués.</translation>
    </message>
    <message>
        <source>The remote procedure call failed and did not execute.</source>
        <translation>L&apos;appel de procédure distante a échoué et n&apos;a pas été exécuté.</translation>
    </message>
    <message>
        <source>There are no more endpoints available from the endpoint mapper.</source>
        <translation>Le mappeur de points de terminaison n&apos;a plus de point de terminaison disponible.</translation>
    </message>
    <message>
        <source>The CA is not ready: the service is paused or starting.</source>
        <translation>L&apos;autorité de certification n&apos;est pas prête : le service est suspendu ou en cours de démarrage.</translation>
    </message>
    <message>
        <source>Resume or start Certificate Services on the server (the Certification Authority console or &apos;net continue certsvc&apos;), then try again.</source>
        <translation>Reprenez ou démarrez les Services de certificats sur le serveur (console Autorité de certification ou &apos;net continue certsvc&apos;), puis réessayez.</translation>
    </message>
    <message>
        <source>Another backup of this CA is already running (only one online backup at a time).</source>
        <translation>Une autre sauvegarde de cette autorité de certification est déjà en cours (une seule sauvegarde en ligne à la fois).</translation>
    </message>
    <message>
        <source>Wait for the other backup to finish (certutil, Windows Server Backup or a scheduled task), then try again.</source>
        <translation>Attendez la fin de l&apos;autre sauvegarde (certutil, Windows Server Backup ou une tâche planifiée), puis réessayez.</translation>
    </message>
    <message>
        <source>The backup calls were made in an order the database does not accept.</source>
        <translation>Les appels de sauvegarde ont été faits dans un ordre que la base de données n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Run the backup again; if it keeps failing, restart Certificate Services to clear a stuck backup.</source>
        <translation>Relancez la sauvegarde ; si elle échoue encore, redémarrez les Services de certificats pour lever une sauvegarde bloquée.</translation>
    </message>
    <message>
        <source>The database does not allow a backup yet (it is still starting or recovering).</source>
        <translation>La base de données n&apos;autorise pas encore de sauvegarde (elle démarre ou se récupère encore).</translation>
    </message>
    <message>
        <source>Wait until Certificate Services has finished starting, then try again.</source>
        <translation>Attendez que les Services de certificats aient fini de démarrer, puis réessayez.</translation>
    </message>
    <message>
        <source>The backup is not possible: a logs-only backup is refused while circular logging is on.</source>
        <translation>La sauvegarde est impossible : une sauvegarde des journaux seuls est refusée tant que la journalisation circulaire est active.</translation>
    </message>
    <message>
        <source>Take a full backup instead, or turn circular logging off on the CA.</source>
        <translation>Faites plutôt une sauvegarde complète, ou désactivez la journalisation circulaire de l&apos;autorité de certification.</translation>
    </message>
    <message>
        <source>A logs-only (incremental) backup needs a full backup of this database first.</source>
        <translation>Une sauvegarde des journaux seuls (incrémentielle) nécessite d&apos;abord une sauvegarde complète de cette base de données.</translation>
    </message>
    <message>
        <source>Take a full backup of this CA first, then logs-only backups can extend it.</source>
        <translation>Faites d&apos;abord une sauvegarde complète de cette autorité de certification ; des sauvegardes des journaux seuls pourront ensuite la compléter.</translation>
    </message>
    <message>
        <source>The file is in use by another process (Certificate Services still running during a restore?).</source>
        <translation>Le fichier est utilisé par un autre processus (les Services de certificats tournent-ils encore pendant une restauration ?).</translation>
    </message>
    <message>
        <source>Stop Certificate Services before a restore, or close the program that holds the file.</source>
        <translation>Arrêtez les Services de certificats avant une restauration, ou fermez le programme qui tient le fichier.</translation>
    </message>
    <message>
        <source>The target folder is not empty.</source>
        <translation>Le dossier cible n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>Choose an empty folder, or move its contents away first.</source>
        <translation>Choisissez un dossier vide, ou déplacez d&apos;abord son contenu.</translation>
    </message>
    <message>
        <source>The folder layout is wrong, or an incremental set was restored before its full set.</source>
        <translation>L&apos;organisation des dossiers est incorrecte, ou un jeu incrémentiel a été restauré avant son jeu complet.</translation>
    </message>
    <message>
        <source>Restore the full set first, from a folder that has the DataBase subfolder, then the logs-only sets in order.</source>
        <translation>Restaurez d&apos;abord le jeu complet, depuis un dossier qui contient le sous-dossier DataBase, puis les jeux de journaux uniquement dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>L&apos;espace disque est insuffisant.</translation>
    </message>
    <message>
        <source>Free space at the destination or choose another destination, then run the backup again.</source>
        <translation>Libérez de l&apos;espace à la destination ou choisissez-en une autre, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>The system cannot find the file specified.</source>
        <translation>Le système ne trouve pas le fichier spécifié.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>The system cannot find the path specified.</source>
        <translation>Le système ne trouve pas le chemin spécifié.</translation>
    </message>
    <message>
        <source>Check that the folder exists and try again.</source>
        <translation>Vérifiez que le dossier existe et réessayez.</translation>
    </message>
    <message>
        <source>The data is invalid.</source>
        <translation>Les données ne sont pas valides.</translation>
    </message>
    <message>
        <source>The server returned something malformed; run the backup again and report it if it repeats.</source>
        <translation>Le serveur a renvoyé des données mal formées ; relancez la sauvegarde et signalez-le si cela se reproduit.</translation>
    </message>
    <message>
        <source>The system cannot write to the specified device.</source>
        <translation>Le système ne peut pas écrire sur le périphérique spécifié.</translation>
    </message>
    <message>
        <source>Check the destination disk or share, then run the backup again.</source>
        <translation>Vérifiez le disque ou le partage de destination, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>The server could not read from the database or log file.</source>
        <translation>Le serveur n&apos;a pas pu lire la base de données ou le fichier journal.</translation>
    </message>
    <message>
        <source>Check the CA server&apos;s disk and event log for errors, then run the backup again.</source>
        <translation>Recherchez des erreurs sur le disque et dans le journal des événements du serveur de l&apos;autorité de certification, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>Data error (cyclic redundancy check) while reading.</source>
        <translation>Erreur de données (contrôle de redondance cyclique) à la lecture.</translation>
    </message>
    <message>
        <source>Check the CA server&apos;s disk for errors, then run the backup again.</source>
        <translation>Recherchez des erreurs sur le disque du serveur de l&apos;autorité de certification, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation>Le fichier existe.</translation>
    </message>
    <message>
        <source>Choose another destination or remove the existing set.</source>
        <translation>Choisissez une autre destination ou supprimez le jeu existant.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>Nothing was kept and the logs were not truncated; start the backup again when ready.</source>
        <translation>Rien n&apos;a été conservé et les journaux n&apos;ont pas été tronqués ; relancez la sauvegarde quand vous serez prêt.</translation>
    </message>
    <message>
        <source>One or more arguments are invalid.</source>
        <translation>Un ou plusieurs arguments ne sont pas valides.</translation>
    </message>
    <message>
        <source>Check the server name and the backup type.</source>
        <translation>Vérifiez le nom du serveur et le type de sauvegarde.</translation>
    </message>
    <message>
        <source>Not enough memory to complete the operation.</source>
        <translation>Mémoire insuffisante pour terminer l&apos;opération.</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The server does not implement this operation.</source>
        <translation>Le serveur ne prend pas en charge cette opération.</translation>
    </message>
    <message>
        <source>Use a server version that supports it.</source>
        <translation>Utilisez une version du serveur qui la prend en charge.</translation>
    </message>
    <message>
        <source>Unspecified failure.</source>
        <translation>Échec non spécifié.</translation>
    </message>
    <message>
        <source>See the log for details and try again.</source>
        <translation>Consultez le journal pour les détails et réessayez.</translation>
    </message>
    <message>
        <source>Catastrophic failure.</source>
        <translation>Défaillance catastrophique.</translation>
    </message>
    <message>
        <source>The handle is invalid.</source>
        <translation>Le descripteur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Run the backup again.</source>
        <translation>Relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>Incorrect function.</source>
        <translation>Fonction incorrecte.</translation>
    </message>
    <message>
        <source>Not enough memory resources are available.</source>
        <translation>Les ressources mémoire disponibles sont insuffisantes.</translation>
    </message>
    <message>
        <source>The file is being used by another process.</source>
        <translation>Le fichier est utilisé par un autre processus.</translation>
    </message>
    <message>
        <source>The request is not supported.</source>
        <translation>La demande n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>The network path was not found.</source>
        <translation>Le chemin réseau est introuvable.</translation>
    </message>
    <message>
        <source>The specified network name is no longer available.</source>
        <translation>Le nom réseau spécifié n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>The network name cannot be found.</source>
        <translation>Le nom réseau est introuvable.</translation>
    </message>
    <message>
        <source>The parameter is incorrect.</source>
        <translation>Paramètre incorrect.</translation>
    </message>
    <message>
        <source>The requested resource is in use.</source>
        <translation>La ressource demandée est en cours d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Cannot create a file when that file already exists.</source>
        <translation>Impossible de créer un fichier déjà existant.</translation>
    </message>
    <message>
        <source>The service did not respond in time.</source>
        <translation>Le service n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The specified service does not exist.</source>
        <translation>Le service spécifié n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The service has not been started.</source>
        <translation>Le service n&apos;a pas été démarré.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The RPC server is unavailable.</source>
        <translation>Le serveur RPC n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The remote procedure call failed.</source>
        <translation>L&apos;appel de procédure distante a échoué.</translation>
    </message>
    <message>
        <source>The operation completed successfully.</source>
        <translation>L&apos;opération a réussi.</translation>
    </message>
    <message>
        <source>See the log for details; run the backup again, and if it keeps failing check the CA server&apos;s event log.</source>
        <translation>Consultez le journal pour les détails ; relancez la sauvegarde et, si elle échoue encore, consultez le journal des événements du serveur de l&apos;autorité de certification.</translation>
    </message>
    <message>
        <source>The CA database engine (ESE) reported error %1.</source>
        <translation>Le moteur de base de données de l&apos;autorité de certification (ESE) a signalé l&apos;erreur %1.</translation>
    </message>
    <message>
        <source>Windows error %1.</source>
        <translation>Erreur Windows %1.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
</context>
<context>
    <name>engine::BackupJob</name>
    <message>
        <source>Checking the server</source>
        <translation>Vérification du serveur</translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation>Préparation de la sauvegarde</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Copie de la base de données</translation>
    </message>
    <message>
        <source>Copying the log files</source>
        <translation>Copie des fichiers journaux</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>Écriture du manifeste</translation>
    </message>
    <message>
        <source>Truncating the logs</source>
        <translation>Troncature des journaux</translation>
    </message>
    <message>
        <source>Verifying the set</source>
        <translation>Vérification du jeu de sauvegarde</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not enough free space at %1: the next file needs %2 (plus %3 kept free), %4 are available.</source>
        <translation>Espace libre insuffisant dans %1 : le fichier suivant nécessite %2 (plus %3 de réserve), %4 sont disponibles.</translation>
    </message>
    <message>
        <source>Refused a name from the server: %1. Nothing was written outside the backup set.</source>
        <translation>Un nom fourni par le serveur a été refusé : %1. Rien n&apos;a été écrit hors du jeu de sauvegarde.</translation>
    </message>
    <message>
        <source>Copying %1 (%2)</source>
        <translation>Copie de %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Annulé par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Nothing was kept and no logs were truncated; start the backup again when ready.</source>
        <translation>Rien n&apos;a été conservé et aucun journal n&apos;a été tronqué ; relancez la sauvegarde quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Erreur interne : %1</translation>
    </message>
    <message>
        <source>Run the backup again; report the log if it repeats.</source>
        <translation>Relancez la sauvegarde ; signalez le journal si cela se reproduit.</translation>
    </message>
    <message>
        <source>Removed the unfinished set %1</source>
        <translation>Jeu de sauvegarde inachevé %1 supprimé</translation>
    </message>
    <message>
        <source>Backup failed: %1 (%2) %3</source>
        <translation>Échec de la sauvegarde : %1 (%2) %3</translation>
    </message>
    <message>
        <source>No certadm library is loaded.</source>
        <translation>Aucune bibliothèque certadm n&apos;est chargée.</translation>
    </message>
    <message>
        <source>Certificate Services on %1 is paused.</source>
        <translation>Les services de certificats sur %1 sont suspendus.</translation>
    </message>
    <message>
        <source>The server did not name a usable database location, so the CA name is unknown.</source>
        <translation>Le serveur n&apos;a indiqué aucun emplacement de base de données utilisable ; le nom de l&apos;autorité est donc inconnu.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check that the destination exists and is writable.</source>
        <translation>Impossible de créer %1. Vérifiez que la destination existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Warning: no full set of %1 at this destination; this logs-only set can only be restored together with a full set kept elsewhere.</source>
        <translation>Attention : aucun jeu complet de %1 à cette destination ; ce jeu de journaux seuls ne pourra être restauré qu&apos;avec un jeu complet conservé ailleurs.</translation>
    </message>
    <message>
        <source>The server listed no database file.</source>
        <translation>Le serveur n&apos;a listé aucun fichier de base de données.</translation>
    </message>
    <message>
        <source>Skipping a database-list entry of type %1</source>
        <translation>Entrée de type %1 de la liste des bases ignorée</translation>
    </message>
    <message>
        <source>The server listed no log files; a set without logs cannot be recovered.</source>
        <translation>Le serveur n&apos;a listé aucun fichier journal ; un jeu sans journaux ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Skipping a log-list entry of type %1</source>
        <translation>Entrée de type %1 de la liste des journaux ignorée</translation>
    </message>
    <message>
        <source>%1 was not written completely.</source>
        <translation>%1 n&apos;a pas été écrit entièrement.</translation>
    </message>
    <message>
        <source>This logs-only set does not connect to a full set at this destination: %1</source>
        <translation>Ce jeu de journaux seuls ne se rattache à aucun jeu complet à cette destination : %1</translation>
    </message>
    <message>
        <source>Backup set complete: %1 (%2 files, %3)</source>
        <translation>Jeu de sauvegarde terminé : %1 (%2 fichiers, %3)</translation>
    </message>
    <message>
        <source>Logs truncated on the server</source>
        <translation>Journaux tronqués sur le serveur</translation>
    </message>
    <message>
        <source>The set is complete, but the server did not truncate its logs: %1</source>
        <translation>Le jeu est complet, mais le serveur n&apos;a pas tronqué ses journaux : %1</translation>
    </message>
    <message>
        <source>Logs kept on the server (not truncated)</source>
        <translation>Journaux conservés sur le serveur (non tronqués)</translation>
    </message>
    <message>
        <source>CertSrvBackupEnd returned %1; the set itself is complete.</source>
        <translation>CertSrvBackupEnd a renvoyé %1 ; le jeu lui-même est complet.</translation>
    </message>
    <message>
        <source>Verification after the backup failed: %1</source>
        <translation>La vérification après la sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>Exporting the certificate and private key of %1</source>
        <translation>Exportation du certificat et de la clé privée de %1</translation>
    </message>
    <message>
        <source>The CA key could not be exported, so no set was written: %1</source>
        <translation>La clé de l&apos;autorité n&apos;a pas pu être exportée, aucun jeu n&apos;a donc été écrit : %1</translation>
    </message>
    <message>
        <source>CA key exported to %1 (%2)</source>
        <translation>Clé de l&apos;autorité exportée vers %1 (%2)</translation>
    </message>
    <message>
        <source>Run the backup on the CA itself, or turn off &quot;include the CA key&quot; for this server.</source>
        <translation>Lancez la sauvegarde sur l&apos;autorité elle-même, ou désactivez «&#xa0;inclure la clé de l&apos;autorité&#xa0;» pour ce serveur.</translation>
    </message>
    <message>
        <source>The CA key was asked for, but no password to protect it was given.</source>
        <translation>La clé de l&apos;autorité a été demandée, mais aucun mot de passe n&apos;a été fourni pour la protéger.</translation>
    </message>
    <message>
        <source>Store the key password in the keychain for this profile, or type it when the backup starts.</source>
        <translation>Enregistrez le mot de passe de la clé dans le trousseau pour ce profil, ou saisissez-le au démarrage de la sauvegarde.</translation>
    </message>
    <message>
        <source>Choose a destination outside the CA&apos;s folders, ideally on another disk or another machine.</source>
        <translation>Choisissez une destination hors des dossiers de l&apos;autorité de certification, idéalement sur un autre disque ou une autre machine.</translation>
    </message>
    <message>
        <source>Choose another destination, or make this one writable for the account that runs the backup.</source>
        <translation>Choisissez une autre destination, ou rendez celle-ci accessible en écriture au compte qui exécute la sauvegarde.</translation>
    </message>
    <message>
        <source>The server ended %1 after %2 of the %3 bytes it announced.</source>
        <translation>Le serveur a terminé %1 après %2 des %3 octets annoncés.</translation>
    </message>
    <message>
        <source>The server broke the backup protocol while sending %1 (%2 bytes announced, %3 received so far): %4. Nothing was kept and no logs were truncated.</source>
        <translation>Le serveur a enfreint le protocole de sauvegarde en envoyant %1 (%2 octets annoncés, %3 reçus jusqu&apos;ici) : %4. Rien n&apos;a été conservé et aucun journal n&apos;a été tronqué.</translation>
    </message>
    <message>
        <source>Run the backup again; if it fails the same way, the server&apos;s backup interface is faulty: check the CA&apos;s event log.</source>
        <translation>Relancez la sauvegarde ; si elle échoue de la même façon, l&apos;interface de sauvegarde du serveur est défaillante : consultez le journal des événements de l&apos;autorité de certification.</translation>
    </message>
    <message>
        <source>The server sent more of %1 than it announced: %2 bytes announced, at least %3 received. The file may have changed size while it was read, so the copy cannot be trusted; nothing was kept and no logs were truncated.</source>
        <translation>Le serveur a envoyé plus de %1 qu&apos;annoncé : %2 octets annoncés, au moins %3 reçus. La taille du fichier a pu changer pendant sa lecture, la copie n&apos;est donc pas fiable ; rien n&apos;a été conservé et aucun journal n&apos;a été tronqué.</translation>
    </message>
    <message>
        <source>Run the backup again; if it fails the same way, check the CA&apos;s database and its event log.</source>
        <translation>Relancez la sauvegarde ; si elle échoue de la même façon, vérifiez la base de données de l&apos;autorité de certification et son journal des événements.</translation>
    </message>
    <message>
        <source>The set is complete</source>
        <translation>Le jeu est complet</translation>
    </message>
    <message>
        <source>Not verified: the backup was cancelled after its set was complete. The set is kept; verify it before relying on it.</source>
        <translation>Non vérifié : la sauvegarde a été annulée une fois son jeu complet. Le jeu est conservé ; vérifiez-le avant de vous y fier.</translation>
    </message>
    <message>
        <source>Put the CA&apos;s files back by hand from the before-restore folder in its database folder, start the CA, then back up again.</source>
        <translation>Remettez à la main les fichiers de l&apos;autorité en place depuis le dossier before-restore de son dossier de base de données, démarrez l&apos;autorité, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <source>Prepared a full backup of %1</source>
        <translation>Sauvegarde complète de %1 préparée</translation>
    </message>
    <message>
        <source>Prepared a logs-only backup of %1</source>
        <translation>Sauvegarde des journaux de %1 préparée</translation>
    </message>
</context>
<context>
    <name>engine::DestinationCheck</name>
    <message>
        <source>%1 cannot be created: not even its drive or share exists.</source>
        <translation>Impossible de créer %1 : même son lecteur ou son partage n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the backup cannot be written there.</source>
        <translation>%1 est un fichier, pas un dossier : la sauvegarde ne peut pas y être écrite.</translation>
    </message>
    <message>
        <source>%1 is on %2, a file system that shows the operating system&apos;s state, not a disk: nothing written there is kept.</source>
        <translation>%1 se trouve sur %2, un système de fichiers qui montre l&apos;état du système d&apos;exploitation, pas un disque : rien de ce qui y est écrit n&apos;est conservé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is on a read-only file system, or this account may not write there.</source>
        <translation>Impossible d&apos;écrire dans %1 : il se trouve sur un système de fichiers en lecture seule, ou ce compte n&apos;a pas le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Enter the folder that is to hold the sets.</source>
        <translation>Indiquez le dossier qui doit recevoir les jeux.</translation>
    </message>
    <message>
        <source>%1 is not a full path: enter one that starts at a drive or share (such as D:\CABackup or \\server\share\CABackup; on Linux /srv/ca-backup).</source>
        <translation>%1 n&apos;est pas un chemin complet : indiquez-en un qui commence par un lecteur ou un partage (comme D:\CABackup ou \\server\share\CABackup ; sous Linux /srv/ca-backup).</translation>
    </message>
</context>
<context>
    <name>engine::PartialSet</name>
    <message>
        <source>this account cannot write there, so it was left alone</source>
        <translation>ce compte ne peut pas y écrire, il a donc été laissé tel quel</translation>
    </message>
    <message>
        <source>it could not be removed completely; check the permissions of the folder and remove it by hand</source>
        <translation>il n&apos;a pas pu être entièrement supprimé ; vérifiez les droits du dossier et supprimez-le à la main</translation>
    </message>
    <message>
        <source>%1 is being written by another backup (process %2 on %3); it was left alone.</source>
        <translation>%1 est en cours d&apos;écriture par une autre sauvegarde (processus %2 sur %3) ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 is being written by another backup; it was left alone.</source>
        <translation>%1 est en cours d&apos;écriture par une autre sauvegarde ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Removed %1 (%2), the unfinished set of a backup that was interrupted (killed, crashed or cut off by a power loss); it was never a usable backup.</source>
        <translation>%1 (%2) supprimé : le jeu inachevé d&apos;une sauvegarde interrompue (tuée, plantée ou coupée par une panne de courant) ; ce n&apos;a jamais été une sauvegarde utilisable.</translation>
    </message>
    <message>
        <source>%1 (%2) is the unfinished set of an interrupted backup, but %3.</source>
        <translation>%1 (%2) est le jeu inachevé d&apos;une sauvegarde interrompue, mais %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is the unfinished set of an interrupted backup; the next backup to this destination removes it.</source>
        <translation>%1 (%2) est le jeu inachevé d&apos;une sauvegarde interrompue ; la prochaine sauvegarde vers cette destination le supprimera.</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
</context>
<context>
    <name>engine::SetVerifier</name>
    <message>
        <source>; CA key opened and checked</source>
        <translation> ; clé de l&apos;autorité ouverte et vérifiée</translation>
    </message>
    <message>
        <source>; CA key present, not opened (no password given)</source>
        <translation> ; clé de l&apos;autorité présente, non ouverte (aucun mot de passe fourni)</translation>
    </message>
    <message>
        <source>the manifest lists %1 CA key files; a set holds one</source>
        <translation>le manifeste liste %1 fichiers de clé de l&apos;autorité ; un jeu n&apos;en contient qu&apos;un</translation>
    </message>
    <message>
        <source>the CA key %1 is not a .p12 file at the set root</source>
        <translation>la clé de l&apos;autorité %1 n&apos;est pas un fichier .p12 à la racine du jeu</translation>
    </message>
    <message>
        <source>the CA key %1 is missing or changed: it cannot be restored</source>
        <translation>la clé de l&apos;autorité %1 est absente ou modifiée : elle ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>the CA key %1 is present and listed in the manifest; not opened (no password given)</source>
        <translation>la clé de l&apos;autorité %1 est présente et listée dans le manifeste ; non ouverte (aucun mot de passe fourni)</translation>
    </message>
    <message>
        <source>the CA key %1 cannot be read: %2</source>
        <translation>la clé de l&apos;autorité %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>the CA key %1: %2</source>
        <translation>la clé de l&apos;autorité %1 : %2</translation>
    </message>
    <message>
        <source>the CA key %1 holds no private key that belongs to its certificate</source>
        <translation>la clé de l&apos;autorité %1 ne contient aucune clé privée correspondant à son certificat</translation>
    </message>
    <message>
        <source>the CA key %1 holds the certificate of &quot;%2&quot;, not of the CA &quot;%3&quot; the set came from</source>
        <translation>la clé de l&apos;autorité %1 contient le certificat de «&#xa0;%2&#xa0;», et non celui de l&apos;autorité «&#xa0;%3&#xa0;» dont provient le jeu</translation>
    </message>
    <message>
        <source>the CA key %1 does not hold the CA certificate recorded at backup time (SHA-256 %2)</source>
        <translation>la clé de l&apos;autorité %1 ne contient pas le certificat de l&apos;autorité enregistré lors de la sauvegarde (SHA-256 %2)</translation>
    </message>
    <message>
        <source>the CA key %1 opens with the password and its key belongs to the certificate of %2 (%3)</source>
        <translation>la clé de l&apos;autorité %1 s&apos;ouvre avec le mot de passe et sa clé correspond au certificat de %2 (%3)</translation>
    </message>
    <message>
        <source>FAILED: %1: manifest unreadable: %2</source>
        <translation>ÉCHEC : %1 : manifeste illisible : %2</translation>
    </message>
    <message>
        <source>OK: %1 (%2 files, %3 verified)</source>
        <translation>OK : %1 (%2 fichiers, %3 vérifiés)</translation>
    </message>
    <message>
        <source>FAILED: %1: %2 missing, %3 changed, %4 extra, %5 other problems</source>
        <translation>ÉCHEC : %1 : %2 manquants, %3 modifiés, %4 en trop, %5 autres problèmes</translation>
    </message>
</context>
<context>
    <name>engine::SetWriter</name>
    <message>
        <source>No free name for a new set in %1 (other backups: %2).</source>
        <translation>Aucun nom libre pour un nouveau jeu dans %1 (autres sauvegardes : %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Remove or move the sets of this second from the folder, or wait for the other backups to finish, then start this one again.</source>
        <translation>Supprimez ou déplacez les jeux de cette seconde hors du dossier, ou attendez la fin des autres sauvegardes, puis relancez celle-ci.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation>Impossible d&apos;écrire %1 sur le disque.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to its final name.</source>
        <translation>Impossible de renommer %1 avec son nom définitif.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back up Windows Certificate Services certification authorities.</source>
        <translation>Sauvegarder les autorités de certification des services de certificats Windows.</translation>
    </message>
    <message>
        <source>The certadm library to load.</source>
        <translation>La bibliothèque certadm à charger.</translation>
    </message>
    <message>
        <source>Open the backup wizard.</source>
        <translation>Ouvrir l&apos;assistant de sauvegarde.</translation>
    </message>
    <message>
        <source>Server for the wizard.</source>
        <translation>Serveur pour l&apos;assistant.</translation>
    </message>
    <message>
        <source>full or logs.</source>
        <translation>full ou logs.</translation>
    </message>
    <message>
        <source>Destination folder.</source>
        <translation>Dossier de destination.</translation>
    </message>
    <message>
        <source>Keep the CA&apos;s logs.</source>
        <translation>Conserver les journaux de l&apos;autorité.</translation>
    </message>
    <message>
        <source>Include the CA key in the backup (the wizard asks for its password).</source>
        <translation>Inclure la clé de l&apos;autorité dans la sauvegarde (l&apos;assistant demande son mot de passe).</translation>
    </message>
    <message>
        <source>Run the saved profile now.</source>
        <translation>Exécuter maintenant le profil enregistré.</translation>
    </message>
    <message>
        <source>Print diagnostics and the job&apos;s log lines on standard error.</source>
        <translation>Afficher les diagnostics et les lignes du journal de la tâche sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>CertSrv Backup Manager is running already (process %1), but it does not answer. Close it or end that process, then start it again.</source>
        <translation>CertSrv Backup Manager est déjà lancé (processus %1), mais il ne répond pas. Fermez-le ou terminez ce processus, puis relancez-le.</translation>
    </message>
    <message>
        <source>Start &amp;anyway</source>
        <translation>&amp;Lancer quand même</translation>
    </message>
</context>
<context>
    <name>platform::Elevation</name>
    <message>
        <source>Windows could not start the program elevated (error %1).</source>
        <translation>Windows n&apos;a pas pu lancer le programme avec élévation (erreur %1).</translation>
    </message>
    <message>
        <source>The administrator prompt was declined. Nothing was changed: choose &quot;Restart as administrator&quot; again, or start the application as administrator.</source>
        <translation>La demande d&apos;administrateur a été refusée. Rien n&apos;a été modifié : choisissez à nouveau « Relancer en tant qu&apos;administrateur », ou lancez l&apos;application en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>The elevated copy could not be watched (%1). Start the application as root instead, for example: sudo -E %2</source>
        <translation>La copie élevée ne peut pas être surveillée (%1). Lancez plutôt l&apos;application en tant que root, par exemple : sudo -E %2</translation>
    </message>
    <message>
        <source>The administrator password prompt was cancelled. Nothing was changed: choose &quot;Restart as administrator&quot; again, or start the application as root.</source>
        <translation>La saisie du mot de passe administrateur a été annulée. Rien n&apos;a été modifié : choisissez à nouveau « Relancer en tant qu&apos;administrateur », ou lancez l&apos;application en tant que root.</translation>
    </message>
    <message>
        <source>pkexec refused to start the application as root: the password was wrong, this account may not become root, or no polkit authentication agent runs in this desktop session. Start it as root instead, for example: sudo -E %1</source>
        <translation>pkexec a refusé de lancer l&apos;application en tant que root : le mot de passe était faux, ce compte ne peut pas devenir root, ou aucun agent d&apos;authentification polkit ne tourne dans cette session. Lancez-la plutôt en tant que root, par exemple : sudo -E %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>The application started as root ended before its window opened (%1). Start it as root in a terminal to see why, for example: sudo -E %2</source>
        <translation>L&apos;application lancée en tant que root s&apos;est terminée avant d&apos;ouvrir sa fenêtre (%1). Lancez-la en tant que root dans un terminal pour en voir la raison, par exemple : sudo -E %2</translation>
    </message>
    <message>
        <source>pkexec is not installed, so the application cannot restart itself as root. Start it as root instead, for example: sudo -E %1</source>
        <translation>pkexec n&apos;est pas installé : l&apos;application ne peut pas se relancer en tant que root. Lancez-la plutôt en tant que root, par exemple : sudo -E %1</translation>
    </message>
    <message>
        <source>No temporary folder for the restart: %1</source>
        <translation>Aucun dossier temporaire pour le redémarrage : %1</translation>
    </message>
    <message>
        <source>pkexec could not be started: %1</source>
        <translation>pkexec n&apos;a pas pu être lancé : %1</translation>
    </message>
</context>
<context>
    <name>platform::Privilege</name>
    <message>
        <source>No backup privilege on this platform (effective user id %1): the server checks the caller.</source>
        <translation>Pas de privilège de sauvegarde sur cette plateforme (identifiant d&apos;utilisateur effectif %1) : le serveur vérifie l&apos;appelant.</translation>
    </message>
    <message>
        <source>No restore privilege on this platform (effective user id %1): the CA&apos;s folders decide.</source>
        <translation>Pas de privilège de restauration sur cette plateforme (identifiant d&apos;utilisateur effectif %1) : les dossiers de l&apos;autorité décident.</translation>
    </message>
</context>
<context>
    <name>profiles::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>profiles::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>la mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>profiles::RunController</name>
    <message>
        <source>Running the profile &quot;%1&quot;</source>
        <translation>Exécution du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; asks for the CA key password each time, and none was given for this run.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» demande à chaque fois le mot de passe de la clé de l&apos;autorité, et aucun n&apos;a été fourni pour cette exécution.</translation>
    </message>
    <message>
        <source>No CA key password was found in %1 for the profile &quot;%2&quot; (none is stored, or the keychain is locked).</source>
        <translation>Aucun mot de passe de la clé de l&apos;autorité n&apos;a été trouvé dans %1 pour le profil «&#xa0;%2&#xa0;» (aucun n&apos;est enregistré, ou le trousseau est verrouillé).</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Annulé par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Nothing was written; start the backup again when ready.</source>
        <translation>Rien n&apos;a été écrit ; relancez la sauvegarde quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Une sauvegarde est déjà en cours.</translation>
    </message>
    <message>
        <source>Wait for it to finish.</source>
        <translation>Attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Backup failed: %1 %2</source>
        <translation>Échec de la sauvegarde : %1 %2</translation>
    </message>
    <message>
        <source>the run was cancelled before the new set was verified, so no older set was removed</source>
        <translation>l&apos;exécution a été annulée avant la vérification du nouveau jeu, aucun jeu plus ancien n&apos;a donc été supprimé</translation>
    </message>
    <message>
        <source>the new set did not pass verification, so no older set was removed</source>
        <translation>le nouveau jeu a échoué à la vérification, aucun jeu plus ancien n&apos;a donc été supprimé</translation>
    </message>
    <message>
        <source>the server now reports the CA &quot;%1&quot; but the profile was made for &quot;%2&quot;, so no set was removed</source>
        <translation>le serveur annonce désormais l&apos;autorité «&#xa0;%1&#xa0;» mais le profil a été créé pour «&#xa0;%2&#xa0;», aucun jeu n&apos;a donc été supprimé</translation>
    </message>
    <message>
        <source>Retention skipped: %1</source>
        <translation>Rétention ignorée : %1</translation>
    </message>
    <message>
        <source>Retention removed %1</source>
        <translation>La rétention a supprimé %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Rétention : %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Retention had not finished when the application was closed; the older sets it did not remove yet are removed after the next good run.</source>
        <translation>La rétention n&apos;était pas terminée à la fermeture de l&apos;application ; les jeux plus anciens qu&apos;elle n&apos;a pas encore supprimés le seront après la prochaine exécution réussie.</translation>
    </message>
    <message>
        <source>The application was closed while the backup ran, so the backup was cancelled; a server call had not returned after %1 s.</source>
        <translation>L&apos;application a été fermée pendant la sauvegarde, la sauvegarde a donc été annulée ; un appel au serveur n&apos;avait pas abouti après %1 s.</translation>
    </message>
    <message>
        <source>Nothing usable was written: an unfinished set is removed by the next backup to the same destination. Start the backup again when the server answers.</source>
        <translation>Rien d&apos;utilisable n&apos;a été écrit : un jeu de sauvegarde inachevé est supprimé par la prochaine sauvegarde vers la même destination. Relancez la sauvegarde quand le serveur répond.</translation>
    </message>
    <message>
        <source>The application was closed while the backup ran, so the backup was cancelled.</source>
        <translation>L&apos;application a été fermée pendant la sauvegarde, la sauvegarde a donc été annulée.</translation>
    </message>
    <message>
        <source>The test restore of the new set had not finished when the application was closed.</source>
        <translation>La restauration de test du nouveau jeu n&apos;était pas terminée à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Test restore of the new set</source>
        <translation>Restauration de test du nouveau jeu</translation>
    </message>
    <message>
        <source>The new set failed its test restore: %1</source>
        <translation>Le nouveau jeu a échoué à sa restauration de test : %1</translation>
    </message>
    <message>
        <source>The test restore of the new set was cancelled; the set is kept.</source>
        <translation>La restauration de test du nouveau jeu a été annulée ; le jeu est conservé.</translation>
    </message>
    <message>
        <source>the new set did not pass its test restore, so no older set was removed</source>
        <translation>le nouveau jeu a échoué à sa restauration de test, aucun jeu plus ancien n&apos;a donc été supprimé</translation>
    </message>
    <message>
        <source>%1 To run unattended, store it in the keychain.</source>
        <translation>%1 Pour une exécution sans surveillance, enregistrez-le dans le trousseau.</translation>
    </message>
    <message>
        <source>Or give the password with the run.</source>
        <translation>Ou fournissez le mot de passe avec l&apos;exécution.</translation>
    </message>
    <message>
        <source>Unlock the keychain of the account that runs the backup. %1</source>
        <translation>Déverrouillez le trousseau du compte qui exécute la sauvegarde. %1</translation>
    </message>
    <message>
        <source>Store the password in the profile again.</source>
        <translation>Enregistrez à nouveau le mot de passe dans le profil.</translation>
    </message>
</context>
<context>
    <name>ui::BackupWizard</name>
    <message>
        <source>New backup</source>
        <translation>Nouvelle sauvegarde</translation>
    </message>
    <message>
        <source>Back up now: %1</source>
        <translation>Sauvegarder maintenant : %1</translation>
    </message>
</context>
<context>
    <name>ui::ConfirmPage</name>
    <message>
        <source>Restore: confirm</source>
        <translation>Restauration : confirmation</translation>
    </message>
    <message>
        <source>Read what happens, then type the CA&apos;s name to allow the restore.</source>
        <translation>Lisez ce qui va se passer, puis saisissez le nom de l&apos;autorité pour autoriser la restauration.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message numerus="yes">
        <source>The database and logs of CA &quot;%1&quot; on %2 are replaced by the state of %3 (a chain of %n set(s)).</source>
        <translation>
            <numerusform>La base de données et les journaux de l&apos;autorité « %1 » sur %2 sont remplacés par l&apos;état de %3 (chaîne de %n jeu).</numerusform>
            <numerusform>La base de données et les journaux de l&apos;autorité « %1 » sur %2 sont remplacés par l&apos;état de %3 (chaîne de %n jeux).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA&apos;s current database and logs are moved aside into a before-restore folder inside its database folder, never deleted; a failure or a cancel puts them back.</source>
        <translation>La base de données et les journaux actuels de l&apos;autorité sont mis de côté dans un dossier before-restore de son dossier de base de données, jamais supprimés ; un échec ou une annulation les remet en place.</translation>
    </message>
    <message>
        <source>The CA is stopped if it runs.</source>
        <translation>L&apos;autorité est arrêtée si elle est démarrée.</translation>
    </message>
    <message>
        <source>The CA is started afterwards and recovers the restored database.</source>
        <translation>L&apos;autorité est ensuite démarrée et récupère la base de données restaurée.</translation>
    </message>
    <message>
        <source>Start the CA yourself afterwards.</source>
        <translation>Démarrez ensuite l&apos;autorité vous-même.</translation>
    </message>
    <message>
        <source>Backups taken before the restore cannot be chained with later ones: take a full backup right after it.</source>
        <translation>Les sauvegardes faites avant la restauration ne peuvent pas être chaînées avec les suivantes : faites une sauvegarde complète juste après.</translation>
    </message>
    <message>
        <source>The CA key and certificate in the set are imported.</source>
        <translation>La clé et le certificat de l&apos;autorité contenus dans le jeu sont importés.</translation>
    </message>
    <message>
        <source>The set is of CA &quot;%1&quot;, the CA on %2 is &quot;%3&quot;: restore anyway</source>
        <translation>Le jeu provient de l&apos;autorité « %1 », l&apos;autorité présente sur %2 est « %3 » : restaurer quand même</translation>
    </message>
    <message>
        <source>&amp;Type the CA name &quot;%1&quot; to confirm:</source>
        <translation>Saisissez le &amp;nom de l&apos;autorité « %1 » pour confirmer :</translation>
    </message>
    <message>
        <source>Restore although the CA names differ</source>
        <translation>Restaurer bien que les noms de l&apos;autorité de certification diffèrent</translation>
    </message>
    <message>
        <source>CA name, typed to confirm the restore</source>
        <translation>Nom de l&apos;autorité de certification, saisi pour confirmer la restauration</translation>
    </message>
</context>
<context>
    <name>ui::DesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>ui::DestinationPage</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Choose the folder that holds your backup sets. Each CA gets a folder of its own in it.</source>
        <translation>Choisissez le dossier qui contient vos jeux de sauvegarde. Chaque autorité y reçoit son propre dossier.</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Choisir le dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Destination de la sauvegarde</translation>
    </message>
    <message>
        <source>%1 free; the last full set of this CA took %2.</source>
        <translation>%1 libres ; le dernier jeu complet de cette autorité occupait %2.</translation>
    </message>
    <message>
        <source>That is not enough: free space or choose another folder.</source>
        <translation>Ce n&apos;est pas assez : libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 free. The backup checks the space again against the sizes the server reports before it copies each file.</source>
        <translation>%1 libres. Avant chaque fichier, la sauvegarde revérifie l&apos;espace au regard des tailles annoncées par le serveur.</translation>
    </message>
    <message>
        <source>&lt;CA name&gt;</source>
        <translation>&lt;nom de l&apos;autorité&gt;</translation>
    </message>
    <message>
        <source>The set will be written to:
%1</source>
        <translation>Le jeu sera écrit dans :
%1</translation>
    </message>
    <message>
        <source>No full set of %1 is in this folder: the logs-only set will not be restorable from here on its own.</source>
        <translation>Aucun jeu complet de %1 dans ce dossier : le jeu de journaux seuls ne pourra pas être restauré seul depuis cet emplacement.</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
</context>
<context>
    <name>ui::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Logs only</source>
        <translation>Journaux seuls</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Test restore</source>
        <translation>Restauration de test</translation>
    </message>
    <message>
        <source>Set on disk</source>
        <translation>Jeu sur le disque</translation>
    </message>
    <message numerus="yes">
        <source>Passed: %n certificate(s)</source>
        <translation>
            <numerusform>Réussie : %n certificat</numerusform>
            <numerusform>Réussie : %n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
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
        <translation>Complète</translation>
    </message>
    <message>
        <source>Logs only</source>
        <translation>Journaux seuls</translation>
    </message>
    <message>
        <source>CertSrv Backup Manager</source>
        <translation>Gestionnaire de sauvegarde CertSrv</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>History of backups</source>
        <translation>Historique des sauvegardes</translation>
    </message>
    <message>
        <source>Backups are not possible until the library loads.</source>
        <translation>Aucune sauvegarde n&apos;est possible tant que la bibliothèque n&apos;est pas chargée.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;New backup...</source>
        <translation>&amp;Nouvelle sauvegarde...</translation>
    </message>
    <message>
        <source>&amp;Verify set</source>
        <translation>&amp;Vérifier le jeu</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>Pa&amp;ramètres...</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>CertSrv Backup Manager: idle</source>
        <translation>Gestionnaire de sauvegarde CertSrv : inactif</translation>
    </message>
    <message>
        <source>The unattended backup of %1 failed at %2: %3 (%4). %5</source>
        <translation>La sauvegarde automatique de %1 a échoué le %2 : %3 (%4). %5</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Verifying %1...</source>
        <translation>Vérification de %1...</translation>
    </message>
    <message>
        <source>Verified: %1 files, %2, match their SHA-256.</source>
        <translation>Vérifié : %1 fichiers, %2, correspondent à leur SHA-256.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>extra: %1</source>
        <translation>en trop : %1</translation>
    </message>
    <message>
        <source>Verification failed for %1:
%2</source>
        <translation>La vérification de %1 a échoué :
%2</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Sauvegarde de %1</translation>
    </message>
    <message>
        <source>Backing up %1: %2%</source>
        <translation>Sauvegarde de %1 : %2 %</translation>
    </message>
    <message>
        <source>CertSrv Backup Manager: last backup succeeded</source>
        <translation>Gestionnaire de sauvegarde CertSrv : dernière sauvegarde réussie</translation>
    </message>
    <message>
        <source>Backup of %1 succeeded</source>
        <translation>Sauvegarde de %1 réussie</translation>
    </message>
    <message>
        <source>%1 set %2, %3</source>
        <translation>Jeu (%1) %2, %3</translation>
    </message>
    <message>
        <source>CertSrv Backup Manager: the last backup failed</source>
        <translation>Gestionnaire de sauvegarde CertSrv : la dernière sauvegarde a échoué</translation>
    </message>
    <message>
        <source>Backup of %1 cancelled</source>
        <translation>Sauvegarde de %1 annulée</translation>
    </message>
    <message>
        <source>Backup of %1 failed</source>
        <translation>Échec de la sauvegarde de %1</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>The backup goes on in the background.</source>
        <translation>La sauvegarde se poursuit en arrière-plan.</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>Une sauvegarde est en cours</translation>
    </message>
    <message>
        <source>Quitting cancels the running backup: the unfinished set is deleted and the CA&apos;s logs stay as they are. Quit anyway?</source>
        <translation>Quitter annule la sauvegarde en cours : le jeu inachevé est supprimé et les journaux de l&apos;autorité restent intacts. Quitter quand même ?</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>The saved profiles cannot be read: %1</source>
        <translation>Impossible de lire les profils enregistrés : %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauve&amp;garder maintenant</translation>
    </message>
    <message>
        <source>Run the selected profile now</source>
        <translation>Exécuter maintenant le profil sélectionné</translation>
    </message>
    <message>
        <source>New &amp;profile...</source>
        <translation>Nouveau pro&amp;fil...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>D&amp;uplicate...</source>
        <translation>D&amp;upliquer...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <source>Profiles cannot be changed while the profile file cannot be read: %1</source>
        <translation>Les profils ne peuvent pas être modifiés tant que le fichier de profils est illisible : %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its backup sets stay where they are.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» ? Ses jeux de sauvegarde restent où ils sont.</translation>
    </message>
    <message>
        <source>The profile is deleted, but its key password could not be removed from %1: %2</source>
        <translation>Le profil est supprimé, mais son mot de passe de clé est resté dans %1, la suppression ayant échoué : %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved, but its key password is not: %2 Edit the profile to choose &quot;ask me each time&quot; or to keep it for this session.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est enregistré, mais pas son mot de passe de clé : %2 Modifiez le profil pour choisir «&#xa0;me demander à chaque fois&#xa0;» ou pour le conserver pour cette session.</translation>
    </message>
    <message>
        <source>Finish or close the open backup window first.</source>
        <translation>Terminez ou fermez d&apos;abord la fenêtre de sauvegarde ouverte.</translation>
    </message>
    <message>
        <source>CA key password</source>
        <translation>Mot de passe de la clé de l&apos;autorité</translation>
    </message>
    <message>
        <source>Password that protects %1.p12 of this run:</source>
        <translation>Mot de passe qui protège %1.p12 pour cette exécution :</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>Res&amp;taurer...</translation>
    </message>
    <message>
        <source>Restore the selected set (and the sets it depends on) into the CA on this computer</source>
        <translation>Restaurer le jeu sélectionné (et les jeux dont il dépend) dans l&apos;autorité de cet ordinateur</translation>
    </message>
    <message>
        <source>Te&amp;st restore...</source>
        <translation>Tester &amp;la restauration...</translation>
    </message>
    <message>
        <source>Prove the selected set restorable on a scratch copy; no CA is touched</source>
        <translation>Prouver sur une copie de travail que le jeu sélectionné est restaurable ; aucune autorité n&apos;est touchée</translation>
    </message>
    <message>
        <source>The run log cannot be written: %1</source>
        <translation>Le journal des exécutions ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Test restore of %1 passed: %2 certificates recovered.</source>
        <translation>Restauration de test de %1 réussie : %2 certificats récupérés.</translation>
    </message>
    <message>
        <source>%1 restored to %2. Take a full backup now.</source>
        <translation>%1 restauré sur %2. Faites maintenant une sauvegarde complète.</translation>
    </message>
    <message>
        <source>Test restore of %1 failed: %2</source>
        <translation>Échec de la restauration de test de %1 : %2</translation>
    </message>
    <message>
        <source>Restore of %1 failed: %2</source>
        <translation>Échec de la restauration de %1 : %2</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About CertSrv Backup Manager</source>
        <translation>À &amp;propos de CertSrv Backup Manager</translation>
    </message>
    <message>
        <source>About CertSrv Backup Manager</source>
        <translation>À propos de CertSrv Backup Manager</translation>
    </message>
    <message>
        <source>&lt;b&gt;CertSrv Backup Manager %1&lt;/b&gt;&lt;br&gt;Backs up, verifies and restores Windows Certificate Services (AD CS) certification authorities.&lt;br&gt;Apache License 2.0.</source>
        <translation>&lt;b&gt;CertSrv Backup Manager %1&lt;/b&gt;&lt;br&gt;Sauvegarde, vérifie et restaure les autorités de certification des services de certificats Windows (AD CS).&lt;br&gt;Apache License 2.0.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>S&amp;ervers</source>
        <translation>Ser&amp;veurs</translation>
    </message>
    <message>
        <source>Profi&amp;les</source>
        <translation>Profi&amp;ls</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>No certification authority is known yet. Choose New backup (Ctrl+N) and type the CA server&apos;s name: from then on it is listed here, with its state and its backups.</source>
        <translation>Aucune autorité de certification n&apos;est encore connue. Choisissez « Nouvelle sauvegarde » (Ctrl+N) et saisissez le nom du serveur de l&apos;autorité : elle figurera ici dès lors, avec son état et ses sauvegardes.</translation>
    </message>
    <message>
        <source>No backups yet. The runs of the wizard, of profiles and of the command-line tool show here, and so do the sets found in their folders.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Les exécutions de l&apos;assistant, des profils et de l&apos;outil en ligne de commande apparaissent ici, ainsi que les jeux trouvés dans leurs dossiers.</translation>
    </message>
    <message>
        <source>No profiles yet. A profile keeps a server&apos;s backup settings for &quot;Back up now&quot; and for scheduled runs: create one with New profile, or save the wizard&apos;s choices on its summary page.</source>
        <translation>Aucun profil pour l&apos;instant. Un profil conserve les paramètres de sauvegarde d&apos;un serveur pour « Sauvegarder maintenant » et pour les exécutions planifiées : créez-en un avec « Nouveau profil », ou enregistrez les choix de l&apos;assistant sur sa page de résumé.</translation>
    </message>
</context>
<context>
    <name>ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ui::Notifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>ui::OnlineChecker</name>
    <message>
        <source>Unreachable (%1): %2 %3</source>
        <translation>Injoignable (%1) : %2 %3</translation>
    </message>
    <message>
        <source>Paused: Certificate Services on %1 is paused. Resume it (Certification Authority console, or &apos;net continue certsvc&apos;) and check again.</source>
        <translation>Suspendu : les services de certificats sur %1 sont suspendus. Reprenez-les (console Autorité de certification, ou &apos;net continue certsvc&apos;) puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Online: Certificate Services on %1 answers.</source>
        <translation>En ligne : les services de certificats sur %1 répondent.</translation>
    </message>
</context>
<context>
    <name>ui::ProfileDialog</name>
    <message>
        <source>&amp;Full (database and logs)</source>
        <translation>&amp;Complète (base de données et journaux)</translation>
    </message>
    <message>
        <source>&amp;Logs only (incremental)</source>
        <translation>&amp;Journaux seuls (incrémentielle)</translation>
    </message>
    <message>
        <source>&amp;Verify the set after the backup</source>
        <translation>&amp;Vérifier le jeu après la sauvegarde</translation>
    </message>
    <message>
        <source>Include the CA &amp;key and certificate (%1.p12)</source>
        <translation>&amp;Inclure la clé et le certificat de l&apos;autorité (%1.p12)</translation>
    </message>
    <message>
        <source>Store the key password in the system keychain</source>
        <translation>Enregistrer le mot de passe de la clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Ask me for the key password each time</source>
        <translation>Me demander le mot de passe de la clé à chaque fois</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>filled in by the first backup</source>
        <translation>renseigné par la première sauvegarde</translation>
    </message>
    <message>
        <source>keep all sets</source>
        <translation>conserver tous les jeux</translation>
    </message>
    <message>
        <source> full sets and their logs-only sets</source>
        <translation> jeux complets et leurs jeux de journaux seuls</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Mot de passe de la clé</translation>
    </message>
    <message>
        <source>Confirm the key password</source>
        <translation>Confirmer le mot de passe de la clé</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Destination de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation>&amp;Rétention :</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>&amp;Mot de passe de la clé :</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>&lt;CA name&gt;</source>
        <translation>&lt;nom de l&apos;autorité&gt;</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The two key passwords differ.</source>
        <translation>Les deux mots de passe de la clé sont différents.</translation>
    </message>
    <message>
        <source>Type the password that protects the CA key, or choose &quot;Ask me for the key password each time&quot;.</source>
        <translation>Saisissez le mot de passe qui protège la clé de l&apos;autorité, ou choisissez «&#xa0;Me demander le mot de passe de la clé à chaque fois&#xa0;».</translation>
    </message>
    <message>
        <source>Type the key password again: it is stored under the profile&apos;s name.</source>
        <translation>Saisissez de nouveau le mot de passe de la clé : il est enregistré sous le nom du profil.</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Ask me each time</source>
        <translation>Me demander à chaque fois</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Conserver pour cette session</translation>
    </message>
    <message>
        <source>&amp;Test-restore the set after the backup (restore drill)</source>
        <translation>&amp;Tester la restauration du jeu après la sauvegarde (restauration de test)</translation>
    </message>
    <message>
        <source>Each new set is copied to a scratch folder and recovered there, which proves it restorable; retention then removes older sets only when it passed.</source>
        <translation>Chaque nouveau jeu est copié dans un dossier de travail et récupéré à cet endroit, ce qui prouve qu&apos;il est restaurable ; la rétention ne supprime ensuite les jeux plus anciens que si ce test a réussi.</translation>
    </message>
    <message>
        <source>K&amp;eep log files (do not truncate)</source>
        <translation>Conserver &amp;les fichiers journaux (ne pas tronquer)</translation>
    </message>
    <message>
        <source>C&amp;A name:</source>
        <translation>Nom de l&apos;&amp;autorité :</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
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
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>CA key</source>
        <translation>Clé de l&apos;autorité</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Logs only</source>
        <translation>Journaux seuls</translation>
    </message>
    <message>
        <source>, logs kept</source>
        <translation>, journaux conservés</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes, password in the keychain</source>
        <translation>oui, mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>yes, password asked each time</source>
        <translation>oui, mot de passe demandé à chaque fois</translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>tout conserver</translation>
    </message>
    <message>
        <source>keep the last %1 full sets</source>
        <translation>conserver les %1 derniers jeux complets</translation>
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
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Progress of the current file</source>
        <translation>Progression du fichier en cours</translation>
    </message>
    <message>
        <source>Waiting for the server...</source>
        <translation>En attente du serveur...</translation>
    </message>
    <message>
        <source>Backup log</source>
        <translation>Journal de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Restart as &amp;administrator</source>
        <translation>Relancer en tant qu&apos;a&amp;dministrateur</translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)</source>
        <translation>%1 (fichier %2 sur %3)</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 sur %2%3</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimé)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>estimating time left...</source>
        <translation>estimation du temps restant...</translation>
    </message>
    <message>
        <source>Cancel the backup?</source>
        <translation>Annuler la sauvegarde ?</translation>
    </message>
    <message>
        <source>The unfinished set will be deleted and the CA&apos;s logs are left as they are. Cancel the backup?</source>
        <translation>Le jeu inachevé sera supprimé et les journaux de l&apos;autorité resteront intacts. Annuler la sauvegarde ?</translation>
    </message>
    <message>
        <source>Cancelling: the backup ends at the next server call...</source>
        <translation>Annulation : la sauvegarde s&apos;arrête au prochain appel au serveur...</translation>
    </message>
    <message>
        <source>Verified: every file matches its SHA-256.</source>
        <translation>Vérifié : chaque fichier correspond à son SHA-256.</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Vérification : %1</translation>
    </message>
    <message>
        <source>The CA truncated its logs.</source>
        <translation>L&apos;autorité a tronqué ses journaux.</translation>
    </message>
    <message>
        <source>The CA kept its logs.</source>
        <translation>L&apos;autorité a conservé ses journaux.</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>Sauvegarde annulée.</translation>
    </message>
    <message>
        <source>Backup failed.</source>
        <translation>Échec de la sauvegarde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Code %3 %4 (in %5)&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Code %3 %4 (dans %5)&lt;br&gt;&lt;b&gt;Que faire :&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source>Backing up a CA needs the backup privilege (SeBackupPrivilege). Windows grants it only to an elevated session of a local administrator or a CA backup operator. Restart the application as administrator: the wizard reopens with the same choices.</source>
        <translation>La sauvegarde d&apos;une autorité exige le privilège de sauvegarde (SeBackupPrivilege). Windows ne l&apos;accorde qu&apos;à une session avec élévation d&apos;un administrateur local ou d&apos;un opérateur de sauvegarde de l&apos;autorité. Relancez l&apos;application en tant qu&apos;administrateur : l&apos;assistant se rouvre avec les mêmes choix.</translation>
    </message>
    <message>
        <source>This system cannot restart the application elevated by itself: start it again as an administrator (on Linux: as root).</source>
        <translation>Ce système ne peut pas relancer lui-même l&apos;application avec élévation : relancez-la en tant qu&apos;administrateur (sous Linux : en tant que root).</translation>
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
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup complete.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 in %3 files, %4.</source>
        <translation>&lt;b&gt;Sauvegarde terminée.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2 en %3 fichiers, %4.</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Rétention : %1</translation>
    </message>
    <message>
        <source>Retention did not run: %1</source>
        <translation>La rétention n&apos;a pas été exécutée : %1</translation>
    </message>
    <message>
        <source>The set is already complete and is kept; cancelling now skips its verification. Cancel?</source>
        <translation>Le jeu est déjà complet et il est conservé ; annuler maintenant saute seulement sa vérification. Annuler ?</translation>
    </message>
    <message>
        <source>This run could not be recorded in the history: %1</source>
        <translation>Cette exécution n&apos;a pas pu être enregistrée dans l&apos;historique : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backup cancelled.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Sauvegarde annulée.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No set was kept; the CA&apos;s logs were left as they are.</source>
        <translation>Aucun jeu n&apos;a été conservé ; les journaux de l&apos;autorité restent inchangés.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>CA key and certificate: %1 (password-protected)</source>
        <translation>Clé et certificat de l&apos;autorité : %1 (protégés par mot de passe)</translation>
    </message>
    <message>
        <source>Run a full backup no&amp;w</source>
        <translation>Lancer une sauvegarde complète &amp;maintenant</translation>
    </message>
    <message>
        <source>This session is elevated already (on Linux: root), yet the CA refused access: the account lacks the backup right on the CA. Add it to the Backup Operators or the local Administrators of the CA server, or run the backup with an account that is one, then retry.</source>
        <translation>Cette session est déjà élevée (sous Linux : root), et pourtant l&apos;autorité a refusé l&apos;accès : le compte n&apos;a pas le droit de sauvegarde sur l&apos;autorité. Ajoutez-le aux Opérateurs de sauvegarde ou aux Administrateurs locaux du serveur de l&apos;autorité, ou lancez la sauvegarde avec un compte qui en fait partie, puis réessayez.</translation>
    </message>
    <message>
        <source>Starting a full backup of %1 to %2</source>
        <translation>Démarrage d&apos;une sauvegarde complète de %1 vers %2</translation>
    </message>
    <message>
        <source>Starting a logs-only backup of %1 to %2</source>
        <translation>Démarrage d&apos;une sauvegarde des journaux de %1 vers %2</translation>
    </message>
    <message>
        <source>&lt; C&amp;hange the choices</source>
        <translation>&lt; Modifier les &amp;choix</translation>
    </message>
    <message>
        <source>Back to the destination page (and, from there, the backup type)</source>
        <translation>Retour à la page de destination (et, de là, au type de sauvegarde)</translation>
    </message>
    <message>
        <source>Waiting for the administrator password…</source>
        <translation>En attente du mot de passe administrateur…</translation>
    </message>
    <message>
        <source>%1/s on average</source>
        <translation>%1/s en moyenne</translation>
    </message>
    <message>
        <source>Or choose &quot;Ask me for the key password each time&quot; in the profile, and type it when the backup starts.</source>
        <translation>Ou choisissez « Me demander le mot de passe de la clé à chaque fois » dans le profil, et saisissez-le au début de la sauvegarde.</translation>
    </message>
    <message>
        <source>Edit the profile &quot;%1&quot; and type the password again.</source>
        <translation>Modifiez le profil « %1 » et saisissez à nouveau le mot de passe.</translation>
    </message>
</context>
<context>
    <name>ui::RestoreProgressPage</name>
    <message>
        <source>Restore log</source>
        <translation>Journal de la restauration</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Testing the restore</source>
        <translation>Test de la restauration</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>Cancel the restore?</source>
        <translation>Annuler la restauration ?</translation>
    </message>
    <message>
        <source>The restore stops and everything it changed is undone: the CA keeps its current database.</source>
        <translation>La restauration s&apos;arrête et tout ce qu&apos;elle a modifié est annulé : l&apos;autorité conserve sa base de données actuelle.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>Test restore passed</source>
        <translation>Restauration de test réussie</translation>
    </message>
    <message>
        <source>Restore complete</source>
        <translation>Restauration terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Test restore failed</source>
        <translation>Échec de la restauration de test</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>%1 can be restored: %2 certificates, highest serial %3.</source>
        <translation>%1 peut être restauré : %2 certificats, numéro de série le plus élevé %3.</translation>
    </message>
    <message>
        <source>%1 files restored (log generations %2 to %3).</source>
        <translation>%1 fichiers restaurés (générations de journaux %2 à %3).</translation>
    </message>
    <message>
        <source>The previous database and logs are kept in %1.</source>
        <translation>L&apos;ancienne base de données et les journaux sont conservés dans %1.</translation>
    </message>
    <message>
        <source>The CA is running on the restored database.</source>
        <translation>L&apos;autorité fonctionne sur la base de données restaurée.</translation>
    </message>
    <message>
        <source>Start the CA to finish: it recovers the restored database at start.</source>
        <translation>Démarrez l&apos;autorité pour terminer : elle récupère la base de données restaurée au démarrage.</translation>
    </message>
    <message>
        <source>Next step: take a full backup now. Sets taken before the restore cannot be chained with later ones.</source>
        <translation>Étape suivante : faites maintenant une sauvegarde complète. Les jeux faits avant la restauration ne peuvent pas être chaînés avec les suivants.</translation>
    </message>
    <message>
        <source>Everything the restore changed was undone.</source>
        <translation>Tout ce que la restauration avait modifié a été annulé.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The restore was undone: the CA has its previous database and logs.</source>
        <translation>La restauration a été annulée : l&apos;autorité a retrouvé son ancienne base de données et ses journaux.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>Take a full backup &amp;now</source>
        <translation>Faire une sauve&amp;garde complète maintenant</translation>
    </message>
</context>
<context>
    <name>ui::RestoreWizard</name>
    <message>
        <source>Test restore</source>
        <translation>Restauration de test</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
</context>
<context>
    <name>ui::ServerModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>Nom de l&apos;autorité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Last full backup</source>
        <translation>Dernière sauvegarde complète</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>restored %1: take a full backup</source>
        <translation>restaurée %1 : faites une sauvegarde complète</translation>
    </message>
    <message>
        <source>no full set found</source>
        <translation>aucun jeu complet trouvé</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Also named: %1</source>
        <translation>Également nommé : %1</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1 : annulée</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1 : échec</translation>
    </message>
    <message>
        <source>%1 (too old)</source>
        <translation>%1 (trop ancienne)</translation>
    </message>
    <message numerus="yes">
        <source>Older than the limit of %n day(s) set in Settings.</source>
        <translation>
            <numerusform>Plus ancienne que la limite de %n jour fixée dans les paramètres.</numerusform>
            <numerusform>Plus ancienne que la limite de %n jours fixée dans les paramètres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ServerPage</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Choose the certification authority to back up. Type a NetBIOS or DNS name, or pick a server you used before.</source>
        <translation>Choisissez l&apos;autorité de certification à sauvegarder. Saisissez un nom NetBIOS ou DNS, ou choisissez un serveur déjà utilisé.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check whether the server is online</source>
        <translation>Vérifier si le serveur est en ligne</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rveur :</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Vérification de %1...</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>&amp;Jeu de sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Parcour&amp;ir...</translation>
    </message>
    <message>
        <source>Choose the folder of a backup set</source>
        <translation>Choisir le dossier d&apos;un jeu de sauvegarde</translation>
    </message>
    <message>
        <source>Test restore: choose the set</source>
        <translation>Restauration de test : choix du jeu</translation>
    </message>
    <message>
        <source>Restore: choose the set</source>
        <translation>Restauration : choix du jeu</translation>
    </message>
    <message>
        <source>The set and every set it depends on are copied to a scratch folder and recovered there. No CA is touched.</source>
        <translation>Le jeu et tous les jeux dont il dépend sont copiés dans un dossier de travail et récupérés à cet endroit. Aucune autorité n&apos;est touchée.</translation>
    </message>
    <message>
        <source>The CA gets the state of this set: its full set and every logs-only set up to it are restored.</source>
        <translation>L&apos;autorité retrouve l&apos;état de ce jeu : son jeu complet et tous les jeux de journaux seuls jusqu&apos;à lui sont restaurés.</translation>
    </message>
    <message>
        <source>&amp;Chain tested, oldest first:</source>
        <translation>&amp;Chaîne testée, du plus ancien au plus récent :</translation>
    </message>
    <message>
        <source>&amp;Chain restored, oldest first:</source>
        <translation>&amp;Chaîne restaurée, du plus ancien au plus récent :</translation>
    </message>
    <message>
        <source>&amp;Test restore</source>
        <translation>&amp;Exécuter le test</translation>
    </message>
    <message>
        <source>Choose a set in the history, or the folder of a set (the one that holds DataBase).</source>
        <translation>Choisissez un jeu dans l&apos;historique, ou le dossier d&apos;un jeu (celui qui contient DataBase).</translation>
    </message>
    <message>
        <source>Checking the set and its chain...</source>
        <translation>Vérification du jeu et de sa chaîne...</translation>
    </message>
    <message>
        <source>%1  (%2, log generations %3 to %4)</source>
        <translation>%1  (%2, générations de journaux %3 à %4)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>logs only</source>
        <translation>journaux seuls</translation>
    </message>
    <message>
        <source>This set cannot be restored: %1</source>
        <translation>Ce jeu ne peut pas être restauré : %1</translation>
    </message>
    <message numerus="yes">
        <source>CA &quot;%1&quot;: %n set(s), </source>
        <translation>
            <numerusform>Autorité « %1 » : %n jeu, </numerusform>
            <numerusform>Autorité « %1 » : %n jeux, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 MiB.</source>
        <translation>
            <numerusform>%n fichier, %1 Mio.</numerusform>
            <numerusform>%n fichiers, %1 Mio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets in the chain, oldest first</source>
        <translation>Jeux de la chaîne, le plus ancien en premier</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Default destination</source>
        <translation>Destination par défaut</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>Choose the default destination folder</source>
        <translation>Choisir le dossier de destination par défaut</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Default &amp;destination:</source>
        <translation>&amp;Destination par défaut :</translation>
    </message>
    <message>
        <source>&amp;Warn when the last full backup is older than:</source>
        <translation>&amp;Avertir quand la dernière sauvegarde complète date de plus de :</translation>
    </message>
</context>
<context>
    <name>ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Check the choices, then start the backup.</source>
        <translation>Vérifiez les choix, puis lancez la sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Save as &amp;profile:</source>
        <translation>Enregistrer comme profi&amp;l :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Full (database and logs)</source>
        <translation>Complète (base de données et journaux)</translation>
    </message>
    <message>
        <source>Logs only (incremental)</source>
        <translation>Journaux seuls (incrémentielle)</translation>
    </message>
    <message>
        <source>The CA keeps its logs.</source>
        <translation>L&apos;autorité conserve ses journaux.</translation>
    </message>
    <message>
        <source>The CA keeps its logs (no truncation).</source>
        <translation>L&apos;autorité conserve ses journaux (pas de troncature).</translation>
    </message>
    <message>
        <source>Once the set is safely on disk, the CA deletes the logs it holds.</source>
        <translation>Une fois le jeu enregistré en sécurité sur le disque, l&apos;autorité supprime les journaux qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux :</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Le profil n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>%1.p12, protected with the key password (AES-256)</source>
        <translation>%1.p12, protégé par le mot de passe de la clé (AES-256)</translation>
    </message>
    <message>
        <source>&lt;CA name&gt;</source>
        <translation>&lt;nom de l&apos;autorité&gt;</translation>
    </message>
    <message>
        <source>not included: the set restores the database, not the CA&apos;s private key</source>
        <translation>non incluse : le jeu restaure la base de données, pas la clé privée de l&apos;autorité</translation>
    </message>
    <message>
        <source>CA key:</source>
        <translation>Clé de l&apos;autorité :</translation>
    </message>
</context>
<context>
    <name>ui::TargetPage</name>
    <message>
        <source>Restore: target and contents</source>
        <translation>Restauration : cible et contenu</translation>
    </message>
    <message>
        <source>A restore works on the CA itself, on this computer.</source>
        <translation>Une restauration s&apos;effectue sur l&apos;autorité elle-même, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>CA &amp;server:</source>
        <translation>Ser&amp;veur de l&apos;autorité :</translation>
    </message>
    <message>
        <source>&amp;Everything: database, logs and CA key</source>
        <translation>T&amp;out : base de données, journaux et clé de l&apos;autorité</translation>
    </message>
    <message>
        <source>&amp;Database and logs only</source>
        <translation>&amp;Base de données et journaux uniquement</translation>
    </message>
    <message>
        <source>CA &amp;key and certificate only</source>
        <translation>C&amp;lé et certificat de l&apos;autorité uniquement</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Restaurer :</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>&amp;Mot de passe de la clé :</translation>
    </message>
    <message>
        <source>S&amp;top the CA first if it runs</source>
        <translation>&amp;Arrêter d&apos;abord l&apos;autorité si elle est démarrée</translation>
    </message>
    <message>
        <source>This set holds no CA key: it was taken without &quot;include the CA key&quot;.</source>
        <translation>Ce jeu ne contient aucune clé de l&apos;autorité : il a été créé sans « inclure la clé de l&apos;autorité ».</translation>
    </message>
    <message>
        <source>Name the CA server.</source>
        <translation>Indiquez le serveur de l&apos;autorité.</translation>
    </message>
    <message>
        <source>%1 is not a CA on this computer. Run the restore on the CA server itself; from here you can only test-restore the set.</source>
        <translation>%1 n&apos;est pas une autorité de cet ordinateur. Lancez la restauration sur le serveur de l&apos;autorité lui-même ; depuis ce poste, seule une restauration de test du jeu est possible.</translation>
    </message>
    <message>
        <source>CA &quot;%1&quot;, database in %2</source>
        <translation>Autorité « %1 », base de données dans %2</translation>
    </message>
    <message>
        <source>Start the CA &amp;afterwards</source>
        <translation>&amp;Démarrer ensuite l&apos;autorité</translation>
    </message>
    <message>
        <source>At its start the CA recovers the restored database from its logs; a start that fails undoes the restore.</source>
        <translation>Au démarrage, l&apos;autorité récupère la base de données restaurée à partir de ses journaux ; un échec du démarrage annule la restauration.</translation>
    </message>
</context>
<context>
    <name>ui::TypePage</name>
    <message>
        <source>Backup type</source>
        <translation>Type de sauvegarde</translation>
    </message>
    <message>
        <source>A full backup copies the database and its logs. A logs-only backup copies only the logs written since the last backup.</source>
        <translation>Une sauvegarde complète copie la base de données et ses journaux. Une sauvegarde des journaux seuls copie uniquement les journaux écrits depuis la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Full (database and logs)</source>
        <translation>&amp;Complète (base de données et journaux)</translation>
    </message>
    <message>
        <source>&amp;Logs only (incremental)</source>
        <translation>&amp;Journaux seuls (incrémentielle)</translation>
    </message>
    <message>
        <source>After a full backup the CA normally deletes the logs the set holds. Keep them when another backup product also reads them.</source>
        <translation>Après une sauvegarde complète, l&apos;autorité supprime normalement les journaux contenus dans le jeu. Conservez-les si un autre produit de sauvegarde les lit aussi.</translation>
    </message>
    <message>
        <source>A logs-only backup is quick and small, but it can only be restored together with the full set it extends and every logs-only set between them. The CA keeps its logs until the next full backup.</source>
        <translation>Une sauvegarde des journaux seuls est rapide et légère, mais elle ne peut être restaurée qu&apos;avec le jeu complet qu&apos;elle prolonge et tous les jeux de journaux intermédiaires. L&apos;autorité conserve ses journaux jusqu&apos;à la prochaine sauvegarde complète.</translation>
    </message>
    <message>
        <source>A full backup can be restored on its own. Unless you keep them, the CA deletes the logs the set holds once it is safely on disk.</source>
        <translation>Une sauvegarde complète peut être restaurée seule. Sauf si vous les conservez, l&apos;autorité supprime les journaux contenus dans le jeu une fois celui-ci enregistré en sécurité.</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Mot de passe de la clé</translation>
    </message>
    <message>
        <source>Confirm the key password</source>
        <translation>Confirmer le mot de passe de la clé</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>&amp;Mot de passe de la clé :</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>Type the password that will protect the .p12 file.</source>
        <translation>Saisissez le mot de passe qui protégera le fichier .p12.</translation>
    </message>
    <message>
        <source>The two key passwords differ.</source>
        <translation>Les deux mots de passe de la clé sont différents.</translation>
    </message>
    <message>
        <source>%1 was restored on %2 and has had no full backup since. Take a full backup now: the CA refuses a logs-only backup until then (0xC8000230), and sets taken before the restore cannot be chained with later ones.</source>
        <translation>%1 a été restauré le %2 et n&apos;a fait l&apos;objet d&apos;aucune sauvegarde complète depuis. Faites maintenant une sauvegarde complète : d&apos;ici là, l&apos;autorité refuse toute sauvegarde des journaux seuls (0xC8000230), et les jeux faits avant la restauration ne peuvent pas être chaînés avec les suivants.</translation>
    </message>
    <message>
        <source>K&amp;eep log files (do not truncate)</source>
        <translation>Conserver &amp;les fichiers journaux (ne pas tronquer)</translation>
    </message>
    <message>
        <source>Include the CA&apos;s private &amp;key and certificate</source>
        <translation>&amp;Inclure la clé privée et le certificat de l&apos;autorité</translation>
    </message>
    <message>
        <source>Written into the set as &lt;CA name&gt;.p12, protected with the key password (AES-256). Needed to restore the CA on a new server.</source>
        <translation>Écrit dans le jeu sous le nom &lt;nom de l&apos;autorité&gt;.p12, protégé par le mot de passe de la clé (AES-256). Nécessaire pour restaurer l&apos;autorité sur un nouveau serveur.</translation>
    </message>
</context>
</TS>
