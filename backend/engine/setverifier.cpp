// SPDX-License-Identifier: Apache-2.0
#include "setverifier.h"

#include "cakeyfile.h"
#include "catalog.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <vector>

namespace engine {

QString VerifyReport::summary() const
{
    // In the operator's language, figures in the locale: a line of the GUI's log and the CLI's
    // text (the CLI's JSON has the figures as numbers).
    const auto said = [](const char *source) {
        return QCoreApplication::translate("engine::SetVerifier", source);
    };
    const QString where = QDir::toNativeSeparators(setPath);
    if (!manifestError.isEmpty()) {
        return said(QT_TRANSLATE_NOOP("engine::SetVerifier", "FAILED: %1: manifest unreadable: %2"))
            .arg(where, manifestError);
    }
    if (ok) {
        QString text =
            said(QT_TRANSLATE_NOOP("engine::SetVerifier", "OK: %1 (%2 files, %3 verified)"))
                .arg(where)
                .arg(filesChecked)
                .arg(QLocale().formattedDataSize(bytesChecked, 1, QLocale::DataSizeIecFormat));
        if (caKey == CaKeyState::Verified) {
            text += said(QT_TRANSLATE_NOOP("engine::SetVerifier", "; CA key opened and checked"));
        } else if (caKey == CaKeyState::NotChecked) {
            text += said(QT_TRANSLATE_NOOP("engine::SetVerifier",
                                           "; CA key present, not opened (no password given)"));
        }
        return text;
    }
    return said(
               QT_TRANSLATE_NOOP("engine::SetVerifier",
                                 "FAILED: %1: %2 missing, %3 changed, %4 extra, %5 other problems"))
        .arg(where)
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

void checkCaKey(VerifyReport &report, const QString &keyPassword)
{
    QList<ManifestFile> keys;
    for (const ManifestFile &file : report.manifest.files) {
        if (file.kind == QLatin1String(kCaKeyKind)) {
            keys.append(file);
        }
    }
    if (keys.isEmpty()) {
        return;
    }
    const ManifestFile &key = keys.first();
    report.caKeyFile = key.path;
    auto fail = [&report](const QString &why) {
        report.caKey = CaKeyState::Failed;
        report.caKeyDetail = why;
        report.problems.append(why);
    };
    if (keys.size() > 1) {
        fail(QCoreApplication::translate("engine::SetVerifier",
                                         "the manifest lists %1 CA key files; a set holds one")
                 .arg(keys.size()));
        return;
    }
    if (key.path.contains(QLatin1Char('/')) ||
        !key.path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)) {
        fail(QCoreApplication::translate("engine::SetVerifier",
                                         "the CA key %1 is not a .p12 file at the set root")
                 .arg(key.path));
        return;
    }
    const bool damaged =
        report.missing.contains(key.path) ||
        std::any_of(report.changed.begin(), report.changed.end(), [&](const QString &line) {
            return line.startsWith(key.path + QLatin1Char(':'));
        });
    if (damaged) {
        // Already listed as missing or changed; say what it means for the key.
        report.caKey = CaKeyState::Failed;
        report.caKeyDetail =
            QCoreApplication::translate(
                "engine::SetVerifier", "the CA key %1 is missing or changed: it cannot be restored")
                .arg(key.path);
        return;
    }
    if (keyPassword.isEmpty()) {
        report.caKey = CaKeyState::NotChecked;
        report.caKeyDetail =
            QCoreApplication::translate("engine::SetVerifier",
                                        "the CA key %1 is present and listed in the "
                                        "manifest; not opened (no password given)")
                .arg(key.path);
        return;
    }
    QFile file(report.setPath + QLatin1Char('/') + key.path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("engine::SetVerifier", "the CA key %1 cannot be read: %2")
                 .arg(key.path, file.errorString()));
        return;
    }
    const CaKeyInspection inspection = CaKeyFile::inspect(file.read(16 << 20), keyPassword);
    if (!inspection.opened) {
        fail(QCoreApplication::translate("engine::SetVerifier", "the CA key %1: %2")
                 .arg(key.path, inspection.error));
        return;
    }
    if (!inspection.hasKey || !inspection.keyMatchesCertificate) {
        fail(QCoreApplication::translate(
                 "engine::SetVerifier",
                 "the CA key %1 holds no private key that belongs to its certificate")
                 .arg(key.path));
        return;
    }
    if (inspection.keyCertificateCommonName.compare(report.manifest.caName, Qt::CaseInsensitive) !=
        0) {
        fail(QCoreApplication::translate(
                 "engine::SetVerifier",
                 "the CA key %1 holds the certificate of \"%2\", not of the CA "
                 "\"%3\" the set came from")
                 .arg(key.path, inspection.keyCertificateCommonName, report.manifest.caName));
        return;
    }
    if (!report.manifest.caCertificateSha256.isEmpty() &&
        !inspection.certificateSha256s.contains(report.manifest.caCertificateSha256)) {
        fail(QCoreApplication::translate(
                 "engine::SetVerifier",
                 "the CA key %1 does not hold the CA certificate recorded at backup "
                 "time (SHA-256 %2)")
                 .arg(key.path, report.manifest.caCertificateSha256));
        return;
    }
    report.caKey = CaKeyState::Verified;
    report.caKeyDetail =
        QCoreApplication::translate("engine::SetVerifier",
                                    "the CA key %1 opens with the password and its key "
                                    "belongs to the certificate of %2 (%3)")
            .arg(key.path, inspection.keyCertificateCommonName, inspection.encryption);
}

} // namespace

VerifyReport SetVerifier::verify(const QString &setPath, const ProgressCallback &progress,
                                 const std::atomic<bool> *cancel, const QString &keyPassword)
{
    return check(setPath, true, progress, cancel, keyPassword);
}

VerifyReport SetVerifier::inspect(const QString &setPath)
{
    return check(setPath, false, {}, nullptr, QString());
}

VerifyReport SetVerifier::check(const QString &setPath, bool hashFiles,
                                const ProgressCallback &progress, const std::atomic<bool> *cancel,
                                const QString &keyPassword, bool withChain)
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
        if (!hashFiles) {
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
    checkCaKey(report, keyPassword);

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
        for (const QString &link : std::as_const(report.chain)) {
            if (!withChain || link == setInfo.fileName()) {
                continue;
            }
            const VerifyReport linked = check(setInfo.absolutePath() + QLatin1Char('/') + link,
                                              hashFiles, {}, cancel, QString(), false);
            if (!linked.ok) {
                QStringList why = linked.problems;
                for (const QString &missing : linked.missing) {
                    why.append(QStringLiteral("%1 is missing").arg(missing));
                }
                why.append(linked.changed);
                if (!linked.manifestError.isEmpty()) {
                    why.prepend(linked.manifestError);
                }
                report.damagedLinks.append(link);
                report.problems.append(
                    QStringLiteral("%1, which this set depends on, fails its check: %2")
                        .arg(link, why.join(QStringLiteral("; "))));
            }
        }
    } else {
        report.chain = QStringList{setInfo.fileName()};
    }

    report.ok = report.missing.isEmpty() && report.extra.isEmpty() && report.changed.isEmpty() &&
                report.problems.isEmpty();
    return report;
}

} // namespace engine
