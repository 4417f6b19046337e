// SPDX-License-Identifier: Apache-2.0
// The certadm library, JSON error objects and exit codes shared by the commands.
#include "commandsupport.h"

#include "engine/certadmloader.h"
#include "engine/errortext.h"
#include "exitcodes.h"
#include "terminal.h"

#include <QCoreApplication>

namespace cli {

std::shared_ptr<const certadm::CertadmLibrary> loadLibraryOrReport(const QString &path, bool json,
                                                                   int *exitCode)
{
    QString error;
    auto library = engine::loadCertadmLibrary(path, &error);
    if (!library) {
        if (json) {
            printJson(QJsonObject{
                {QStringLiteral("ok"), false},
                {QStringLiteral("error"),
                 errorJson(certadm::kHrFail, QStringLiteral("load"), error,
                           QCoreApplication::translate("CommandSupport",
                                                       "Install the Certificate Services tools "
                                                       "or pass --certadm-library."))}});
        } else {
            err(error);
        }
        *exitCode = ExitFailed;
    }
    return library;
}

int exitCodeFor(certadm::ErrorCategory category)
{
    switch (category) {
    case certadm::ErrorCategory::None:
        return ExitSuccess;
    case certadm::ErrorCategory::NeedsElevation:
        return ExitNeedsElevation;
    case certadm::ErrorCategory::ServerUnavailable:
        return ExitServerOffline;
    default:
        return ExitFailed;
    }
}

QJsonObject errorJson(HRESULT hr, const QString &call, const QString &message,
                      const QString &action)
{
    const engine::ErrorText d = engine::describeError(hr);
    return QJsonObject{{QStringLiteral("hresult"), d.code},
                       {QStringLiteral("symbol"), d.symbol},
                       {QStringLiteral("call"), call},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("action"), action}};
}

void warnRunLog(const QString &error)
{
    if (!error.isEmpty()) {
        err(QCoreApplication::translate("CommandSupport", "warning: cannot write the run log: %1")
                .arg(error));
    }
}

} // namespace cli
