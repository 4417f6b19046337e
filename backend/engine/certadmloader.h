// SPDX-License-Identifier: Apache-2.0
// Loads the certadm library the way both executables do: --certadm-library, then
// CERTSRV_BACKUP_CERTADM_LIBRARY, then the platform default (beside the executable elsewhere
// than Windows).
#pragma once

#include "certadm/certadmlibrary.h"

#include <QString>

#include <memory>

namespace engine {

// The loaded certadm library, as the front ends hold and pass it (they never call into it).
using CertadmHandle = std::shared_ptr<const certadm::CertadmLibrary>;

CertadmHandle loadCertadmLibrary(const QString &commandLinePath, QString *error);

} // namespace engine
