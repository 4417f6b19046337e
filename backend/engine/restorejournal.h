// SPDX-License-Identifier: Apache-2.0
// The journal of a restore that changes a CA's folders, so that a restore that fails or is killed
// half-way can always be undone: the CA gets back exactly the files it had.
//
// It lives in the CA's database folder as certsrv-restore.json (written atomically at every
// step), beside certsrv-restore.lock (a QLockFile held by the restoring process). The CA's files
// are never deleted: they are moved into before-restore-<stamp>/ inside their own folder (a
// rename on the same volume), and the restored ones are staged in restore-staging-<stamp>/ and
// renamed into place only after every one was copied and its SHA-256 checked.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace engine {

class RestoreJournal {
    Q_DECLARE_TR_FUNCTIONS(RestoreJournal)
public:
    enum class Step {
        Staging,    // copying into the staging folders; the CA's folders are untouched
        Moving,     // moving the CA's files aside and the staged ones into place
        Registered, // the restore is registered with the CA
    };

    QString server;
    QString caName;
    QString stamp; // yyyyMMdd-HHmmss, names the aside and staging folders
    QString setPath;
    QStringList folders;       // the CA's database, log and system folders, each once
    QString databaseFolder;    // where the journal lives
    QStringList originalNames; // per folder "folder|name": the CA's files when the restore began
    QStringList placedNames;   // per folder "folder|name": the files the restore put there
    Step step = Step::Staging;
    bool caWasRunning = false;

    static QString journalPath(const QString &databaseFolder);
    QString asideFolder(const QString &folder) const;
    QString stagingFolder(const QString &folder) const;

    // Whether a file name is one of the database engine's files that a restore replaces
    // (*.edb, *.log, *.chk, *.jrs, *.jfm, *.pat). Nothing else in the folders is touched.
    static bool isDatabaseFile(const QString &name);

    bool save(QString *error) const;
    // nullptr when there is none; *error when one exists but cannot be read.
    static std::unique_ptr<RestoreJournal> load(const QString &databaseFolder, QString *error);

    // Undoes the restore as far as it got: removes what it placed and anything the CA created
    // since, moves the CA's files back, removes the staging folders and the journal, and forgets
    // the registered restore. True when the CA's folders are as before.
    bool rollBack(QString *error) const;
    // The restore is finished: the journal goes into the aside folder as its record.
    bool finish(QString *error) const;

    // Takes the lock beside the journal (false when another live process holds it).
    static std::unique_ptr<QLockFile> lock(const QString &databaseFolder);
};

// Looks for a restore of `server`'s CA that was interrupted (its journal is there and no live
// process holds its lock) and rolls it back. Returns a sentence for the operator when it found
// one (and whether undoing it worked), empty when there was none.
QString recoverInterruptedRestore(const QString &server, bool *ok = nullptr);

} // namespace engine
