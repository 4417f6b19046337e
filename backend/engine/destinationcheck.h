// SPDX-License-Identifier: Apache-2.0
// Whether a folder can take backup sets, asked before anything is written there: by the backup
// itself, by the wizard's destination page and by the settings (off the GUI thread where the
// folder may be slow to answer, a share for instance).
#pragma once

#include "certadm/certbcli_abi.h"

#include <QCoreApplication>
#include <QString>

namespace engine {

struct DestinationProblem {
    HRESULT hr = 0;
    QString message;  // empty when the folder will do
    QString existing; // the nearest part of the folder that exists (the backup makes the rest)
    bool ok() const { return message.isEmpty(); }
};

class DestinationCheck {
    Q_DECLARE_TR_FUNCTIONS(engine::DestinationCheck)
public:
    // The nearest part of `folder` that exists (the backup creates the rest), when it is a file,
    // read-only or not writable for this account, or a file system of the operating system's
    // own (/proc, /sys, /dev) rather than a disk.
    static DestinationProblem problemOf(const QString &folder);
    // The same for a folder an operator typed, which must also be a full path: a relative one
    // would depend on the folder the program happened to start in.
    static DestinationProblem problemOfTyped(const QString &folder);
};

} // namespace engine
