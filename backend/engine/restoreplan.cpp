// SPDX-License-Identifier: Apache-2.0
#include "restoreplan.h"

#include "certadm/certlist.h"
#include "setverifier.h"
#include "certadm/utf16.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace engine {
namespace {

// The database path the set was backed up from, from certbkxp.dat (the raw location list).
QString savedDatabasePath(const QString &setPath, QString *problem)
{
    QFile file(setPath + QLatin1Char('/') + QLatin1String(kDatabaseFolder) + QLatin1Char('/') +
               QLatin1String(kRestoreMapFileName));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = RestorePlan::tr("%1 has no readable %2 (the restore map): %3")
                       .arg(QDir::toNativeSeparators(setPath), QLatin1String(kRestoreMapFileName),
                            file.errorString());
        return {};
    }
    const QByteArray bytes = file.read(1 << 20);
    const certadm::ParsedList list = certadm::parseList(
        bytes.constData(), static_cast<std::size_t>(bytes.size()), certadm::ListKind::Typed);
    if (list.ok) {
        for (const certadm::ListEntry &entry : list.entries) {
            if (entry.type == certadm::FileType::Database) {
                return QString::fromStdString(certadm::toUtf8(entry.name));
            }
        }
    }
    *problem = RestorePlan::tr("%1 in %2 names no database")
                   .arg(QLatin1String(kRestoreMapFileName), QDir::toNativeSeparators(setPath));
    return {};
}

// A set with a manifest: its files as the manifest lists them (checked by SetVerifier::inspect).
void plannedFromManifest(const Manifest &manifest, PlannedSet &set)
{
    set.hasManifest = true;
    set.type = manifest.type;
    set.genLow = manifest.logGenerationLow;
    set.genHigh = manifest.logGenerationHigh;
    for (const ManifestFile &file : manifest.files) {
        const QString source = set.path + QLatin1Char('/') + file.path;
        if (file.kind == QLatin1String(kCaKeyKind)) {
            set.caKeyFile = source;
            continue;
        }
        if (file.kind != QLatin1String("database") && file.kind != QLatin1String("log")) {
            continue;
        }
        PlannedFile planned;
        planned.source = source;
        planned.name = QFileInfo(file.path).fileName();
        planned.sha256 = file.sha256;
        planned.size = file.size;
        planned.generation = file.generation;
        set.files.append(planned);
    }
}

// A set without a manifest (certutil -backupDB and friends): DataBase/ with the database (full
// sets), the logs and certbkxp.dat. Returns a problem, or empty.
QString plannedFromFolder(PlannedSet &set, QString *caName)
{
    const QDir dataBase(set.path + QLatin1Char('/') + QLatin1String(kDatabaseFolder));
    if (!dataBase.exists()) {
        return RestorePlan::tr("%1 is not a backup set: it has no %2 folder")
            .arg(QDir::toNativeSeparators(set.path), QLatin1String(kDatabaseFolder));
    }
    const QFileInfoList entries = dataBase.entryInfoList(QDir::Files, QDir::Name);
    QStringList databases;
    QList<quint32> generations;
    for (const QFileInfo &info : entries) {
        PlannedFile planned;
        planned.source = info.absoluteFilePath();
        planned.name = info.fileName();
        planned.size = info.size();
        if (info.suffix().compare(QLatin1String("edb"), Qt::CaseInsensitive) == 0) {
            databases.append(info.fileName());
            set.files.prepend(planned);
        } else if (const quint32 gen = logGenerationFromName(info.fileName())) {
            planned.generation = gen;
            generations.append(gen);
            set.files.append(planned);
        }
    }
    if (databases.size() > 1) {
        return RestorePlan::tr("%1 holds %2 databases; a CA backup holds one")
            .arg(QDir::toNativeSeparators(dataBase.path()))
            .arg(databases.size());
    }
    set.type = databases.isEmpty() ? SetType::LogsOnly : SetType::Full;
    if (generations.isEmpty()) {
        return RestorePlan::tr("%1 holds no log files: it cannot be recovered")
            .arg(QDir::toNativeSeparators(dataBase.path()));
    }
    std::sort(generations.begin(), generations.end());
    for (int i = 1; i < generations.size(); ++i) {
        if (generations[i] != generations[i - 1] + 1) {
            return RestorePlan::tr("log generation %1 is missing from %2")
                .arg(generations[i - 1] + 1)
                .arg(QDir::toNativeSeparators(dataBase.path()));
        }
    }
    set.genLow = generations.first();
    set.genHigh = generations.last();
    if (!databases.isEmpty()) {
        *caName = QFileInfo(databases.first()).completeBaseName();
    }
    return {};
}

} // namespace

quint32 RestorePlan::genHigh() const
{
    quint32 high = 0;
    for (const PlannedSet &set : chain) {
        high = std::max(high, set.genHigh);
    }
    return high;
}

QList<PlannedFile> RestorePlan::filesToRestore() const
{
    QList<PlannedFile> files;
    QSet<quint32> seen;
    for (const PlannedSet &set : chain) {
        for (const PlannedFile &file : set.files) {
            if (file.generation != 0) {
                if (seen.contains(file.generation)) {
                    continue;
                }
                seen.insert(file.generation);
            }
            files.append(file);
        }
    }
    return files;
}

qint64 RestorePlan::totalBytes() const
{
    qint64 total = 0;
    for (const PlannedFile &file : filesToRestore()) {
        total += file.size;
    }
    return total;
}

int RestorePlan::fileCount() const
{
    return static_cast<int>(filesToRestore().size());
}

QStringList RestorePlan::folderNames() const
{
    QStringList names;
    for (const PlannedSet &set : chain) {
        names.append(set.folderName);
    }
    return names;
}

RestorePlan RestorePlan::forSet(const QString &setPath)
{
    RestorePlan plan;
    const QFileInfo info(setPath);
    if (!info.isDir()) {
        plan.problem = tr("%1 is not a folder: give the folder of a backup set (the one that "
                          "holds DataBase)")
                           .arg(QDir::toNativeSeparators(setPath));
        return plan;
    }
    const QString path = info.absoluteFilePath();
    if (path.endsWith(QLatin1String(kPartialSuffix))) {
        plan.problem = tr("%1 is an unfinished set of an interrupted backup; it cannot be restored")
                           .arg(QDir::toNativeSeparators(path));
        return plan;
    }

    if (!QFileInfo::exists(path + QLatin1Char('/') + QLatin1String(kManifestFileName))) {
        PlannedSet set;
        set.path = path;
        set.folderName = info.fileName();
        plan.problem = plannedFromFolder(set, &plan.caName);
        if (plan.ok() && set.type == SetType::LogsOnly) {
            plan.problem = tr("%1 is a logs-only set without a manifest: restore its full set "
                              "first, or restore a set made by this tool, whose chain is known")
                               .arg(QDir::toNativeSeparators(path));
        }
        if (plan.ok()) {
            set.savedDatabasePath = savedDatabasePath(path, &plan.problem);
        }
        if (plan.ok()) {
            plan.warnings.append(
                tr("%1 has no manifest (made by certutil, Backup-CARoleService or the console): "
                   "only its structure was checked, not the contents of its files")
                    .arg(set.folderName));
            plan.chain.append(set);
        }
        return plan;
    }

    const VerifyReport report = SetVerifier::inspect(path);
    if (!report.manifestError.isEmpty()) {
        plan.problem = tr("the manifest of %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path), report.manifestError);
        return plan;
    }
    plan.caName = report.manifest.caName;
    if (!report.problems.isEmpty() || !report.missing.isEmpty() || !report.changed.isEmpty()) {
        QStringList why = report.problems;
        for (const QString &missing : report.missing) {
            why.append(tr("%1 is missing").arg(missing));
        }
        why.append(report.changed);
        plan.problem =
            tr("%1 cannot be restored: %2").arg(info.fileName(), why.join(QStringLiteral("; ")));
        return plan;
    }
    if (!report.extra.isEmpty()) {
        plan.warnings.append(tr("%1 holds files its manifest does not list (not restored): %2")
                                 .arg(info.fileName(), report.extra.join(QStringLiteral(", "))));
    }
    // report.chain names the sets from the full set to this one, all in this set's folder.
    const QString parent = info.absolutePath();
    for (const QString &folderName : report.chain) {
        PlannedSet set;
        set.path = parent + QLatin1Char('/') + folderName;
        set.folderName = folderName;
        if (set.path == path) {
            plannedFromManifest(report.manifest, set);
        } else {
            const VerifyReport link = SetVerifier::inspect(set.path);
            if (!link.manifestError.isEmpty() || !link.missing.isEmpty() ||
                !link.changed.isEmpty() || !link.problems.isEmpty()) {
                QStringList why = link.problems + link.missing + link.changed;
                if (!link.manifestError.isEmpty()) {
                    why.prepend(link.manifestError);
                }
                plan.problem =
                    tr("%1, which %2 needs, cannot be restored: %3")
                        .arg(folderName, info.fileName(), why.join(QStringLiteral("; ")));
                return plan;
            }
            plannedFromManifest(link.manifest, set);
        }
        if (set.type == SetType::Full) {
            set.savedDatabasePath = savedDatabasePath(set.path, &plan.problem);
            if (!plan.ok()) {
                return plan;
            }
        }
        plan.chain.append(set);
    }
    if (plan.chain.isEmpty() || plan.chain.first().type != SetType::Full) {
        plan.problem = tr("no full set was found for %1").arg(info.fileName());
        return plan;
    }
    for (int i = 1; i < plan.chain.size(); ++i) {
        const quint32 before = plan.chain[i - 1].genHigh;
        if (plan.chain[i].genLow > before + 1) {
            plan.problem = tr("log generations %1 to %2 are missing between %3 and %4")
                               .arg(before + 1)
                               .arg(plan.chain[i].genLow - 1)
                               .arg(plan.chain[i - 1].folderName, plan.chain[i].folderName);
            return plan;
        }
    }
    return plan;
}

} // namespace engine
