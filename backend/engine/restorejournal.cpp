// SPDX-License-Identifier: Apache-2.0
#include "restorejournal.h"

#include "platform/cafolders.h"
#include "platform/caservice.h"
#include "platform/filesync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace engine {
namespace {

constexpr const char *kJournalName = "certsrv-restore.json";
constexpr const char *kLockName = "certsrv-restore.lock";

QString stepName(RestoreJournal::Step step)
{
    switch (step) {
    case RestoreJournal::Step::Staging:
        return QStringLiteral("staging");
    case RestoreJournal::Step::Moving:
        return QStringLiteral("moving");
    case RestoreJournal::Step::Registered:
        return QStringLiteral("registered");
    }
    return QStringLiteral("staging");
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

// "folder|name" entries of `entries` that belong to `folder`.
QStringList namesIn(const QStringList &entries, const QString &folder)
{
    QStringList names;
    const QString prefix = folder + QLatin1Char('|');
    for (const QString &entry : entries) {
        if (entry.startsWith(prefix)) {
            names.append(entry.mid(prefix.size()));
        }
    }
    return names;
}

bool removeFile(const QString &path, QStringList &problems)
{
    QFile file(path);
    if (file.exists() && !file.remove()) {
        problems.append(RestoreJournal::tr("cannot remove %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace

QString RestoreJournal::journalPath(const QString &databaseFolder)
{
    return databaseFolder + QLatin1Char('/') + QLatin1String(kJournalName);
}

QString RestoreJournal::asideFolder(const QString &folder) const
{
    return folder + QStringLiteral("/before-restore-") + stamp;
}

QString RestoreJournal::stagingFolder(const QString &folder) const
{
    return folder + QStringLiteral("/restore-staging-") + stamp;
}

bool RestoreJournal::isDatabaseFile(const QString &name)
{
    static const QStringList suffixes{QStringLiteral("edb"), QStringLiteral("log"),
                                      QStringLiteral("chk"), QStringLiteral("jrs"),
                                      QStringLiteral("jfm"), QStringLiteral("pat")};
    return suffixes.contains(QFileInfo(name).suffix(), Qt::CaseInsensitive);
}

bool RestoreJournal::save(QString *error) const
{
    QJsonObject json;
    json.insert(QStringLiteral("server"), server);
    json.insert(QStringLiteral("ca_name"), caName);
    json.insert(QStringLiteral("stamp"), stamp);
    json.insert(QStringLiteral("set"), setPath);
    json.insert(QStringLiteral("folders"), toArray(folders));
    json.insert(QStringLiteral("database_folder"), databaseFolder);
    json.insert(QStringLiteral("original"), toArray(originalNames));
    json.insert(QStringLiteral("placed"), toArray(placedNames));
    json.insert(QStringLiteral("step"), stepName(step));
    json.insert(QStringLiteral("ca_was_running"), caWasRunning);
    QSaveFile file(journalPath(databaseFolder));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 ||
        !file.commit()) {
        *error = tr("cannot write the restore journal %1: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    platform::syncDirectory(databaseFolder);
    return true;
}

std::unique_ptr<RestoreJournal> RestoreJournal::load(const QString &databaseFolder, QString *error)
{
    QFile file(journalPath(databaseFolder));
    if (!file.exists()) {
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the restore journal %1: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return nullptr;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.read(16 << 20)).object();
    auto journal = std::make_unique<RestoreJournal>();
    journal->server = json.value(QStringLiteral("server")).toString();
    journal->caName = json.value(QStringLiteral("ca_name")).toString();
    journal->stamp = json.value(QStringLiteral("stamp")).toString();
    journal->setPath = json.value(QStringLiteral("set")).toString();
    journal->folders = fromArray(json.value(QStringLiteral("folders")));
    journal->databaseFolder = databaseFolder;
    journal->originalNames = fromArray(json.value(QStringLiteral("original")));
    journal->placedNames = fromArray(json.value(QStringLiteral("placed")));
    const QString step = json.value(QStringLiteral("step")).toString();
    journal->step = step == QLatin1String("moving")       ? Step::Moving
                    : step == QLatin1String("registered") ? Step::Registered
                                                          : Step::Staging;
    journal->caWasRunning = json.value(QStringLiteral("ca_was_running")).toBool();
    if (journal->stamp.isEmpty() || journal->folders.isEmpty()) {
        *error = tr("the restore journal %1 is damaged; the CA's previous files are in the "
                    "before-restore-* folders inside its database and log folders")
                     .arg(QDir::toNativeSeparators(file.fileName()));
        return nullptr;
    }
    return journal;
}

bool RestoreJournal::rollBack(QString *error) const
{
    QStringList problems;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QString aside = asideFolder(folder);
        const QStringList original = namesIn(originalNames, folder);
        if (step != Step::Staging) {
            // Whatever is not one of the CA's own files was placed by the restore or written by
            // a CA start since (a checkpoint, a new log): it goes.
            for (const QString &name : dir.entryList(QDir::Files)) {
                if (isDatabaseFile(name) && !original.contains(name)) {
                    removeFile(dir.filePath(name), problems);
                }
            }
            for (const QString &name : original) {
                const QString from = aside + QLatin1Char('/') + name;
                if (!QFileInfo::exists(from)) {
                    continue; // never moved, still in place
                }
                const QString to = dir.filePath(name);
                if ((QFileInfo::exists(to) && !removeFile(to, problems)) ||
                    !QFile::rename(from, to)) {
                    problems.append(
                        tr("cannot move %1 back to %2")
                            .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)));
                }
            }
            QDir().rmdir(aside); // only when empty: a partial undo keeps what is left
        }
        QDir staging(stagingFolder(folder));
        if (staging.exists() && !staging.removeRecursively()) {
            problems.append(tr("cannot remove %1").arg(QDir::toNativeSeparators(staging.path())));
        }
        platform::syncDirectory(folder);
    }
    QString registration;
    if (step == Step::Registered &&
        !platform::CaService::clearRestoreRegistration(server, &registration)) {
        problems.append(registration);
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QStringLiteral("; "));
        return false;
    }
    QFile::remove(journalPath(databaseFolder));
    platform::syncDirectory(databaseFolder);
    return true;
}

bool RestoreJournal::finish(QString *error) const
{
    for (const QString &folder : folders) {
        QDir(stagingFolder(folder)).removeRecursively();
    }
    const QString record = asideFolder(databaseFolder) + QStringLiteral("/restore-journal.json");
    QDir().mkpath(asideFolder(databaseFolder));
    QFile::remove(record);
    if (!QFile::rename(journalPath(databaseFolder), record)) {
        *error = tr("cannot move the restore journal into %1")
                     .arg(QDir::toNativeSeparators(asideFolder(databaseFolder)));
        return false;
    }
    platform::syncDirectory(databaseFolder);
    return true;
}

std::unique_ptr<QLockFile> RestoreJournal::lock(const QString &databaseFolder)
{
    auto lockFile =
        std::make_unique<QLockFile>(databaseFolder + QLatin1Char('/') + QLatin1String(kLockName));
    lockFile->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (!lockFile->tryLock(0)) {
        return nullptr;
    }
    return lockFile;
}

QString recoverInterruptedRestore(const QString &server, bool *ok)
{
    if (ok != nullptr) {
        *ok = true;
    }
    const platform::CaFolders folders = platform::CaFolderLookup::of(server);
    if (folders.database.isEmpty() ||
        !QFileInfo::exists(RestoreJournal::journalPath(folders.database))) {
        return {};
    }
    const auto held = RestoreJournal::lock(folders.database);
    if (!held) {
        return {}; // a live restore is at work
    }
    QString error;
    const auto journal = RestoreJournal::load(folders.database, &error);
    bool undone = false;
    if (journal) {
        undone = journal->rollBack(&error);
    }
    if (ok != nullptr) {
        *ok = undone;
    }
    if (!undone) {
        return RestoreJournal::tr("An interrupted restore of %1 was found and could not be "
                                  "undone: %2. The CA's previous files are in the "
                                  "before-restore-* folders inside %3.")
            .arg(server, error, QDir::toNativeSeparators(folders.database));
    }
    QString message =
        journal->step == RestoreJournal::Step::Staging
            ? RestoreJournal::tr("An interrupted restore of %1 (from %2) had not yet changed the "
                                 "CA; its staged copies were removed.")
                  .arg(server, QDir::toNativeSeparators(journal->setPath))
            : RestoreJournal::tr("An interrupted restore of %1 (from %2) was undone: the CA's "
                                 "previous database and logs are back in place.")
                  .arg(server, QDir::toNativeSeparators(journal->setPath));
    if (journal->caWasRunning && !platform::CaService::isRunning(server)) {
        QString startError;
        message += QLatin1Char(' ') +
                   (platform::CaService::start(server, &startError)
                        ? RestoreJournal::tr("The CA was running before the restore and has been "
                                             "started again.")
                        : RestoreJournal::tr("The CA was running before the restore but does not "
                                             "start: %1")
                              .arg(startError));
    }
    return message;
}

} // namespace engine
