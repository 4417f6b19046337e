#include "setverifier.h"

#include "catalog.h"
#include "sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <vector>

namespace engine {

QString VerifyReport::summary() const
{
    if (!manifestError.isEmpty()) {
        return QStringLiteral("FAILED: %1: manifest unreadable: %2").arg(setPath, manifestError);
    }
    if (ok) {
        return QStringLiteral("OK: %1 (%2 files, %3 bytes verified)")
            .arg(setPath)
            .arg(filesChecked)
            .arg(bytesChecked);
    }
    return QStringLiteral("FAILED: %1: %2 missing, %3 changed, %4 extra, %5 other problems")
        .arg(setPath)
        .arg(missing.size())
        .arg(changed.size())
        .arg(extra.size())
        .arg(problems.size());
}

namespace {

// Hashes a file in large blocks; empty with the reason in *error when it cannot be read.
QString hashFile(const QString &path, qint64 &done, qint64 total,
                 const SetVerifier::ProgressCallback &progress, const std::atomic<bool> *cancel,
                 QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    Sha256 hash;
    std::vector<char> buffer(4 << 20);
    for (;;) {
        if (cancel != nullptr && cancel->load()) {
            *error = QStringLiteral("cancelled");
            return {};
        }
        const qint64 got = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (got < 0) {
            *error = file.errorString();
            return {};
        }
        if (got == 0) {
            break;
        }
        hash.update(buffer.data(), static_cast<std::size_t>(got));
        done += got;
        if (progress) {
            progress(done, total);
        }
    }
    return hash.finishHex();
}

void checkGenerations(VerifyReport &report)
{
    std::vector<quint32> generations;
    bool hasDatabase = false;
    bool hasRestoreMap = false;
    for (const ManifestFile &file : report.manifest.files) {
        if (file.kind == QLatin1String("log")) {
            generations.push_back(file.generation);
        } else if (file.kind == QLatin1String("database")) {
            hasDatabase = true;
        } else if (file.kind == QLatin1String("restore-map")) {
            hasRestoreMap = true;
        }
    }
    if (report.manifest.type == SetType::Full && !hasDatabase) {
        report.problems.append(QStringLiteral("a full set without a database file"));
    }
    if (!hasRestoreMap) {
        report.problems.append(QStringLiteral("no %1 (restore map)").arg(kRestoreMapFileName));
    }
    if (generations.empty()) {
        report.problems.append(QStringLiteral("the set holds no log files: it cannot be "
                                              "recovered"));
        return;
    }
    std::sort(generations.begin(), generations.end());
    if (generations.front() == 0) {
        report.problems.append(QStringLiteral("a log file whose generation is unknown"));
        return;
    }
    for (std::size_t i = 1; i < generations.size(); ++i) {
        if (generations[i] != generations[i - 1] + 1) {
            report.problems.append(QStringLiteral("log generations jump from %1 to %2")
                                       .arg(generations[i - 1])
                                       .arg(generations[i]));
        }
    }
    if (generations.front() != report.manifest.logGenerationLow ||
        generations.back() != report.manifest.logGenerationHigh) {
        report.problems.append(QStringLiteral("the logs span %1-%2 but the manifest says %3-%4")
                                   .arg(generations.front())
                                   .arg(generations.back())
                                   .arg(report.manifest.logGenerationLow)
                                   .arg(report.manifest.logGenerationHigh));
    }
}

} // namespace

VerifyReport SetVerifier::verify(const QString &setPath, const ProgressCallback &progress,
                                 const std::atomic<bool> *cancel)
{
    VerifyReport report;
    const QFileInfo setInfo(setPath);
    report.setPath = setInfo.absoluteFilePath();
    if (report.setPath.endsWith(QLatin1String(kPartialSuffix))) {
        report.manifestError = QStringLiteral("this is an unfinished (.partial) set, not a backup");
        return report;
    }
    QFile manifestFile(report.setPath + QLatin1Char('/') + QLatin1String(kManifestFileName));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        report.manifestError = manifestFile.exists()
                                   ? manifestFile.errorString()
                                   : QStringLiteral("no manifest.json: not a complete backup set");
        return report;
    }
    if (!Manifest::fromBytes(manifestFile.readAll(), &report.manifest, &report.manifestError)) {
        return report;
    }

    qint64 total = report.manifest.totalBytes();
    qint64 done = 0;
    QSet<QString> listed;
    for (const ManifestFile &file : report.manifest.files) {
        listed.insert(file.path);
        const QString path = report.setPath + QLatin1Char('/') + file.path;
        const QFileInfo info(path);
        if (!info.exists()) {
            report.missing.append(file.path);
            total -= file.size;
            continue;
        }
        if (info.size() != file.size) {
            report.changed.append(QStringLiteral("%1: size %2, the manifest says %3")
                                      .arg(file.path)
                                      .arg(info.size())
                                      .arg(file.size));
            total -= file.size;
            continue;
        }
        QString error;
        const QString actual = hashFile(path, done, total, progress, cancel, &error);
        if (actual.isEmpty()) {
            report.changed.append(QStringLiteral("%1: cannot be read: %2").arg(file.path, error));
            continue;
        }
        ++report.filesChecked;
        report.bytesChecked += file.size;
        if (actual != file.sha256) {
            report.changed.append(QStringLiteral("%1: SHA-256 differs").arg(file.path));
        }
    }
    QDirIterator it(report.setPath, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QDir root(report.setPath);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (relative != QLatin1String(kManifestFileName) && !listed.contains(relative)) {
            report.extra.append(relative);
        }
    }
    report.extra.sort();

    checkGenerations(report);

    if (report.manifest.type == SetType::LogsOnly) {
        // The chain is found among the sibling sets of the same CA.
        const Catalog siblings = Catalog::scan(setInfo.absolutePath());
        CatalogEntry self;
        self.path = report.setPath;
        self.folderName = setInfo.fileName();
        self.manifest = report.manifest;
        resolveChain(self, siblings.forCa(report.manifest.caName));
        report.chain = self.chain;
        if (!self.chainProblem.isEmpty()) {
            report.problems.append(self.chainProblem);
        }
    } else {
        report.chain = QStringList{setInfo.fileName()};
    }

    report.ok = report.missing.isEmpty() && report.extra.isEmpty() && report.changed.isEmpty() &&
                report.problems.isEmpty();
    return report;
}

} // namespace engine
