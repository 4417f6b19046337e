// SPDX-License-Identifier: Apache-2.0
// The drill's recovery through the library's own stand-ins (the simulator's, on every OS: its
// database is not an ESE database, so esent.dll could not recover it even on Windows).
#include "drillrecovery.h"

#include "certadm/certlist.h"
#include "certadm/hresult.h"
#include "certadm/utf16.h"

#include <QDir>

namespace engine {
namespace {

std::u16string utf16Of(const QString &text)
{
    return certadm::toUtf16(text.toStdString());
}

// A multi-string from the library, each entry a line; released with CertSrvBackupFree.
QStringList takeLines(const certadm::CertadmLibrary &library, WCHAR *list)
{
    QStringList lines;
    if (list == nullptr) {
        return lines;
    }
    for (const WCHAR *entry = list; *entry != 0;) {
        std::u16string text;
        while (*entry != 0) {
            text.push_back(static_cast<char16_t>(*entry++));
        }
        ++entry;
        lines.append(QString::fromStdString(certadm::toUtf8(text)));
    }
    library.functions().backupFree(list);
    return lines;
}

} // namespace

DrillRecovery DrillRecoveryRunner::run(const certadm::CertadmLibrary &library,
                                       const DrillInput &input)
{
    DrillRecovery result;
    const certadm::DrillFunctions &fn = library.drillFunctions();
    if (fn.externalRestore == nullptr || fn.checkDatabase == nullptr) {
        return recoverWithoutLibrary(library, input);
    }
    const QString database = input.scratchFolder + QLatin1Char('/') + input.databaseName;
    std::u16string saved = utf16Of(input.savedDatabasePath);
    std::u16string target = utf16Of(database);
    const std::u16string folder = utf16Of(input.scratchFolder);
    CSEDB_RSTMAPW map{reinterpret_cast<WCHAR *>(saved.data()),
                      reinterpret_cast<WCHAR *>(target.data())};
    WCHAR *message = nullptr;
    const HRESULT hr =
        fn.externalRestore(certadm::apiString(folder), certadm::apiString(folder), &map, 1,
                           certadm::apiString(folder), input.genLow, input.genHigh, &message);
    const QStringList why = takeLines(library, message);
    if (!certadm::hrSucceeded(hr)) {
        result.hresult = hr;
        result.message = tr("Hard recovery of log generations %1 to %2 failed with %3: %4")
                             .arg(input.genLow)
                             .arg(input.genHigh)
                             .arg(QString::fromStdString(certadm::formatHresult(hr)),
                                  why.join(QStringLiteral("; ")));
        return result;
    }
    result.checks.append(tr("Hard recovery replayed log generations %1 to %2 onto the database")
                             .arg(input.genLow)
                             .arg(input.genHigh));

    CertSimDatabaseCheck check{};
    WCHAR *problems = nullptr;
    const std::u16string path = utf16Of(database);
    const HRESULT checked = fn.checkDatabase(certadm::apiString(path), &check, &problems);
    QStringList found = takeLines(library, problems);
    found.removeAll(QString());
    if (!certadm::hrSucceeded(checked)) {
        result.hresult = checked;
        result.message = tr("The recovered database cannot be checked (%1)")
                             .arg(QString::fromStdString(certadm::formatHresult(checked)));
        return result;
    }
    result.certificates = static_cast<qint64>(check.certificates);
    result.highestSerial = static_cast<qint64>(check.highestSerial);
    if (!found.isEmpty()) {
        result.hresult = static_cast<qint32>(0xC80004B6u); // JET_errDatabaseCorrupted
        result.message =
            tr("The recovered database is damaged: %1").arg(found.join(QStringLiteral("; ")));
        return result;
    }
    result.checks.append(tr("Every page checksum and certificate record of the recovered "
                            "database is sound"));
    result.checks.append(tr("%1 certificates, serials 1 to %2 without a gap")
                             .arg(check.certificates)
                             .arg(check.highestSerial));
    result.ok = true;
    return result;
}

} // namespace engine
