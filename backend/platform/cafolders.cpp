// SPDX-License-Identifier: Apache-2.0
#include "cafolders.h"

#include <QDir>
#include <QFileInfo>

namespace platform {

bool CaFolderLookup::contains(const QString &folder, const QString &path)
{
    if (folder.isEmpty() || path.isEmpty()) {
        return false;
    }
    // Symbolic links resolved where the paths exist, so that a link into CertLog is caught too.
    auto clean = [](const QString &p) {
        const QFileInfo info(QDir::fromNativeSeparators(p));
        const QString canonical = info.canonicalFilePath();
        return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    };
    const QString f = clean(folder);
    const QString p = clean(path);
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    if (p.compare(f, cs) == 0) {
        return true;
    }
    const QString prefix = f.endsWith(QLatin1Char('/')) ? f : f + QLatin1Char('/');
    return p.startsWith(prefix, cs);
}

QString CaFolderLookup::destinationProblem(const CaFolders &folders, const QString &destination)
{
    const struct {
        const QString &folder;
        QString what;
    } checks[] = {
        {folders.database, tr("database folder")},
        {folders.logs, tr("log folder")},
        {folders.system, tr("system folder")},
    };
    for (const auto &check : checks) {
        if (contains(check.folder, destination)) {
            return tr("The destination %1 is inside the CA's own %2 (%3): a backup there is lost "
                      "together with the CA, and a restore would overwrite it.")
                .arg(QDir::toNativeSeparators(destination), check.what,
                     QDir::toNativeSeparators(check.folder));
        }
    }
    return {};
}

} // namespace platform
