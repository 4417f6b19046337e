// SPDX-License-Identifier: Apache-2.0
// The recovery half of a restore drill: hard recovery of a scratch copy of a chain, then checks
// of the recovered database. One implementation per OS: drillrecovery_windows.cpp (esent.dll's
// JetExternalRestoreW, then esentutl /mh, /g and /k), drillrecovery_posix.cpp (the simulator's
// stand-ins exported by its client library, recovery_abi.h).
#pragma once

#include "certadmlibrary.h"

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
};

} // namespace engine
