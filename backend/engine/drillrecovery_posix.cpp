// SPDX-License-Identifier: Apache-2.0
#include "drillrecovery.h"

namespace engine {

DrillRecovery DrillRecoveryRunner::recoverWithoutLibrary(const certadm::CertadmLibrary &library,
                                                         const DrillInput &input)
{
    Q_UNUSED(input)
    DrillRecovery result;
    result.message = tr("The certadm library %1 offers no database recovery, so a drill "
                        "cannot run with it (drills use esent.dll on Windows and the "
                        "simulator's library elsewhere).")
                         .arg(QString::fromStdString(library.path()));
    result.hresult = static_cast<qint32>(0x80004001u);
    return result;
}

} // namespace engine
