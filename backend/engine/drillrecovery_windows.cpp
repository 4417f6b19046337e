// SPDX-License-Identifier: Apache-2.0
#include "drillrecovery.h"

#include "certadm/hresult.h"

#include <QDir>
#include <QProcess>

#include <windows.h>

namespace engine {
namespace {

// esent.h's JetExternalRestoreW and JET_RSTMAP_W, with the layout the SDK gives them.
struct JetRestoreMapW {
    wchar_t *szDatabaseName;
    wchar_t *szNewDatabaseName;
};
using JetStatusCallback = long(__stdcall *)(unsigned long long, unsigned long, unsigned long,
                                            void *);
using PfnJetExternalRestoreW = long(__stdcall *)(wchar_t *szCheckpointFilePath,
                                                 wchar_t *szNewLogPath, JetRestoreMapW *rgrstmap,
                                                 long crstfilemap, wchar_t *szBackupLogPath,
                                                 long genLow, long genHigh, JetStatusCallback pfn);

constexpr int kEsentutlTimeoutMs = 30 * 60 * 1000;

// Runs esentutl with `arguments`; true when it exits 0. `output` gets what it printed.
bool esentutl(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("esentutl.exe"), arguments);
    if (!process.waitForFinished(kEsentutlTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *output = QStringLiteral("esentutl did not finish");
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

DrillRecovery DrillRecoveryRunner::recoverWithoutLibrary(const certadm::CertadmLibrary &library,
                                                         const DrillInput &input)
{
    Q_UNUSED(library)
    DrillRecovery result;
    HMODULE esent = LoadLibraryExW(L"esent.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    const auto restore = esent == nullptr
                             ? nullptr
                             : reinterpret_cast<PfnJetExternalRestoreW>(reinterpret_cast<void *>(
                                   GetProcAddress(esent, "JetExternalRestoreW")));
    if (restore == nullptr) {
        result.message = tr("esent.dll or its JetExternalRestoreW is not available: the drill "
                            "cannot recover the copy.");
        result.hresult = static_cast<qint32>(0x80004001u);
        if (esent != nullptr) {
            FreeLibrary(esent);
        }
        return result;
    }
    const QString folder = QDir::toNativeSeparators(input.scratchFolder);
    const QString database = folder + QLatin1Char('\\') + input.databaseName;
    std::wstring checkpoint = folder.toStdWString();
    std::wstring logs = folder.toStdWString();
    std::wstring backupLogs = folder.toStdWString();
    std::wstring saved = input.savedDatabasePath.toStdWString();
    std::wstring target = database.toStdWString();
    JetRestoreMapW map{saved.data(), target.data()};
    const long jetError =
        restore(checkpoint.data(), logs.data(), &map, 1, backupLogs.data(),
                static_cast<long>(input.genLow), static_cast<long>(input.genHigh), nullptr);
    FreeLibrary(esent);
    if (jetError < 0) {
        const auto hr = static_cast<HRESULT>(0xC8000000u | static_cast<unsigned>(-jetError));
        result.hresult = hr;
        result.message = tr("Hard recovery of log generations %1 to %2 failed with %3 (JET error "
                            "%4)")
                             .arg(input.genLow)
                             .arg(input.genHigh)
                             .arg(QString::fromStdString(certadm::formatHresult(hr)))
                             .arg(jetError);
        return result;
    }
    result.checks.append(tr("Hard recovery (JetExternalRestoreW) replayed log generations %1 to "
                            "%2")
                             .arg(input.genLow)
                             .arg(input.genHigh));
    QString output;
    if (!esentutl({QStringLiteral("/mh"), database}, &output) ||
        !output.contains(QLatin1String("Clean Shutdown"), Qt::CaseInsensitive)) {
        result.hresult = static_cast<qint32>(0xC80004B6u);
        result.message = tr("esentutl /mh does not show a clean shutdown: %1").arg(output);
        return result;
    }
    result.checks.append(tr("esentutl /mh: the database is in a clean shutdown state"));
    if (!esentutl({QStringLiteral("/g"), database, QStringLiteral("/o")}, &output)) {
        result.hresult = static_cast<qint32>(0xC80004B6u);
        result.message = tr("esentutl /g (integrity) failed: %1").arg(output);
        return result;
    }
    result.checks.append(tr("esentutl /g: integrity check passed"));
    if (!esentutl({QStringLiteral("/k"), database, QStringLiteral("/o")}, &output)) {
        result.hresult = static_cast<qint32>(0xC80004B6u);
        result.message = tr("esentutl /k (checksums) failed: %1").arg(output);
        return result;
    }
    result.checks.append(tr("esentutl /k: every page checksum is sound"));
    result.ok = true;
    return result;
}

} // namespace engine
