// SPDX-License-Identifier: Apache-2.0
#include "certadmloader.h"

#include "enginelog.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace engine {

std::shared_ptr<const certadm::CertadmLibrary> loadCertadmLibrary(const QString &commandLinePath,
                                                                  QString *error)
{
    std::optional<std::string> fromCommandLine;
    if (!commandLinePath.isEmpty()) {
        fromCommandLine = QFile::encodeName(commandLinePath).toStdString();
    }
    const QByteArray environment = qgetenv(certadm::kLibraryEnvironmentVariable);
    const std::string path = certadm::resolveLibraryPath(
        fromCommandLine, environment.isEmpty() ? nullptr : environment.constData(),
        QFile::encodeName(QCoreApplication::applicationDirPath()).toStdString());
    std::string reason;
    std::shared_ptr<const certadm::CertadmLibrary> library =
        certadm::CertadmLibrary::load(path, reason);
    if (!library) {
        // The front end tells the operator; this says which path the lookup chose.
        qCInfo(lcEngine).noquote()
            << "certadm library not loaded:" << QString::fromStdString(reason);
        if (error != nullptr) {
            *error = QString::fromStdString(reason);
        }
        return library;
    }
    qCInfo(lcEngine).noquote() << "certadm library loaded:" << QFile::decodeName(path.c_str());
    return library;
}

} // namespace engine
