// SPDX-License-Identifier: Apache-2.0
// The recovery half of a restore drill: hard recovery of a scratch copy of a chain, then checks
// of the recovered database. A certadm library that exports the simulator's stand-ins
// (recovery_abi.h) recovers its own database on every OS (drillrecovery.cpp); otherwise
// drillrecovery_windows.cpp uses esent.dll's JetExternalRestoreW, then esentutl /mh, /g and /k,
// and drillrecovery_posix.cpp says that no recovery is available.
#pragma once

#include "certadm/certadmlibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace engine {

struct DrillRecovery {
    bool ok = false;
    qint32 hresult = 0;
    QString message;          // why recovery or a check failed
    QStringList checks;       // what was checked and found, one line each
    qint64 certificates = -1; // when the platform can count them
    qint64 highestSerial = -1;
};

struct DrillInput {
    QString scratchFolder;     // holds the database and every log of the chain
    QString databaseName;      // file name of the database in the scratch folder
    QString savedDatabasePath; // 'D' of certbkxp.dat
    quint32 genLow = 0;
    quint32 genHigh = 0;
};

class DrillRecoveryRunner {
    Q_DECLARE_TR_FUNCTIONS(DrillRecoveryRunner)
public:
    static DrillRecovery run(const certadm::CertadmLibrary &library, const DrillInput &input);

private:
    // The platform's recovery, for a library without the stand-ins.
    static DrillRecovery recoverWithoutLibrary(const certadm::CertadmLibrary &library,
                                               const DrillInput &input);
};

} // namespace engine
