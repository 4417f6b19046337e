// SPDX-License-Identifier: Apache-2.0
#include "retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace profiles {

QStringList RetentionReport::toRemove() const
{
    QStringList paths;
    for (const RetentionDecision &decision : decisions) {
        if (decision.remove) {
            paths.append(decision.path);
        }
    }
    return paths;
}

QString RetentionReport::summary() const
{
    QString text =
        Retention::tr("Retention removed %n set(s)", nullptr, static_cast<int>(removed.size()));
    const qsizetype kept = decisions.size() - toRemove().size();
    text += Retention::tr(", kept %n", nullptr, static_cast<int>(kept));
    if (!errors.isEmpty()) {
        text +=
            Retention::tr(", %n could not be removed", nullptr, static_cast<int>(errors.size()));
    }
    return text + QLatin1Char('.');
}

QString Retention::quickCheck(const engine::CatalogEntry &entry)
{
    for (const engine::ManifestFile &file : entry.manifest.files) {
        const QFileInfo info(entry.path + QLatin1Char('/') + file.path);
        if (!info.isFile()) {
            return tr("%1 is missing").arg(file.path);
        }
        if (info.size() != file.size) {
            return tr("%1 has %2 bytes, the manifest says %3")
                .arg(file.path)
                .arg(info.size())
                .arg(file.size);
        }
    }
    return {};
}

RetentionReport Retention::plan(const QList<RetentionCandidate> &sets, int keepFull)
{
    QList<RetentionCandidate> sorted = sets;
    std::sort(sorted.begin(), sorted.end(),
              [](const RetentionCandidate &a, const RetentionCandidate &b) {
                  return engine::takenBefore(a.entry.manifest, b.entry.manifest);
              });
    RetentionReport report;
    QHash<QString, qsizetype> byFolder; // folder name -> index in report.decisions
    for (const RetentionCandidate &set : sorted) {
        RetentionDecision decision;
        decision.path = set.entry.path;
        decision.folderName = set.entry.folderName;
        decision.type = set.entry.manifest.type;
        byFolder.insert(set.entry.folderName, report.decisions.size());
        report.decisions.append(decision);
    }
    if (keepFull <= 0) {
        for (RetentionDecision &decision : report.decisions) {
            decision.reason = tr("this profile keeps every set");
        }
        return report;
    }

    auto notEligible = [](const RetentionCandidate &set) -> QString {
        if (!set.ours) {
            return tr("not written by CertSrv Backup Manager");
        }
        if (!set.checkProblem.isEmpty()) {
            return tr("did not pass the check (%1)").arg(set.checkProblem);
        }
        return {};
    };

    // Full sets: the newest N that pass are kept, and the newest of all in any case.
    int goodFullSeen = 0;
    bool newestSeen = false;
    for (qsizetype i = sorted.size() - 1; i >= 0; --i) {
        const RetentionCandidate &set = sorted.at(i);
        if (set.entry.manifest.type != engine::SetType::Full) {
            continue;
        }
        RetentionDecision &decision = report.decisions[i];
        const QString why = notEligible(set);
        if (!newestSeen) {
            newestSeen = true;
            decision.reason = tr("the newest full set");
            goodFullSeen += why.isEmpty() ? 1 : 0;
        } else if (!why.isEmpty()) {
            decision.reason = why;
        } else if (goodFullSeen < keepFull) {
            ++goodFullSeen;
            decision.reason = tr("one of the last %n full set(s)", nullptr, keepFull);
        } else {
            decision.remove = true;
            decision.reason = tr("older than the last %n full set(s)", nullptr, keepFull);
        }
    }

    // Logs-only sets go with the full set their chain starts from.
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const RetentionCandidate &set = sorted.at(i);
        if (set.entry.manifest.type != engine::SetType::LogsOnly) {
            continue;
        }
        RetentionDecision &decision = report.decisions[i];
        const QString why = notEligible(set);
        const QString base = set.entry.chain.value(0);
        const auto baseIndex = byFolder.constFind(base);
        if (base.isEmpty() || baseIndex == byFolder.constEnd()) {
            decision.reason = tr("its chain to a full set is broken; kept for inspection");
        } else if (!why.isEmpty()) {
            decision.reason = why;
        } else if (report.decisions.at(baseIndex.value()).remove) {
            decision.remove = true;
            decision.reason = tr("extends the removed full set %1").arg(base);
        } else {
            decision.reason = tr("extends the kept full set %1").arg(base);
        }
    }

    // Nothing a kept logs-only set needs for a restore may go: its whole chain stays.
    bool changed = true;
    while (changed) {
        changed = false;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            const RetentionDecision &kept = report.decisions.at(i);
            if (kept.remove || kept.type != engine::SetType::LogsOnly) {
                continue;
            }
            for (const QString &needed : sorted.at(i).entry.chain) {
                const auto it = byFolder.constFind(needed);
                if (it != byFolder.constEnd() && report.decisions.at(it.value()).remove) {
                    RetentionDecision &rescued = report.decisions[it.value()];
                    rescued.remove = false;
                    rescued.reason = tr("needed to restore the kept set %1").arg(kept.folderName);
                    changed = true;
                }
            }
        }
    }
    return report;
}

RetentionReport Retention::apply(const QString &destination, const QString &caName, int keepFull)
{
    const QString caFolder = QDir(destination).absoluteFilePath(caName);
    const QList<engine::CatalogEntry> entries = engine::Catalog::scan(caFolder).forCa(caName);
    QList<RetentionCandidate> candidates;
    for (const engine::CatalogEntry &entry : entries) {
        RetentionCandidate candidate;
        candidate.entry = entry;
        candidate.ours = entry.manifest.tool == QLatin1String(engine::kToolName);
        candidate.checkProblem = quickCheck(entry);
        candidates.append(candidate);
    }
    RetentionReport report = plan(candidates, keepFull);

    // Dependents first (logs-only sets, newest first), then full sets: an interruption never
    // leaves a logs-only set whose full set is already gone.
    QList<RetentionDecision> order;
    for (const engine::SetType type : {engine::SetType::LogsOnly, engine::SetType::Full}) {
        for (qsizetype i = report.decisions.size() - 1; i >= 0; --i) {
            const RetentionDecision &decision = report.decisions.at(i);
            if (decision.remove && decision.type == type) {
                order.append(decision);
            }
        }
    }

    const QString canonicalCaFolder = QFileInfo(caFolder).canonicalFilePath();
    for (const RetentionDecision &decision : std::as_const(order)) {
        const QFileInfo info(decision.path);
        // Only a real folder directly inside this CA's folder, never through a link.
        if (info.isSymLink() || !info.isDir() ||
            QFileInfo(info.absolutePath()).canonicalFilePath() != canonicalCaFolder) {
            report.errors.append(tr("%1: not a set folder inside %2; left alone")
                                     .arg(QDir::toNativeSeparators(decision.path),
                                          QDir::toNativeSeparators(caFolder)));
            continue;
        }
        // Without its manifest the folder is no longer a backup for any reader.
        const QString manifest =
            decision.path + QLatin1Char('/') + QLatin1String(engine::kManifestFileName);
        if (!QFile::remove(manifest)) {
            report.errors.append(tr("%1: cannot remove its manifest; the set is unchanged")
                                     .arg(QDir::toNativeSeparators(decision.path)));
            continue;
        }
        if (!QDir(decision.path).removeRecursively()) {
            report.errors.append(tr("%1: only partly removed; it is no longer listed as a "
                                    "backup, delete the rest by hand")
                                     .arg(QDir::toNativeSeparators(decision.path)));
            continue;
        }
        report.removed.append(decision.path);
    }
    return report;
}

} // namespace profiles
