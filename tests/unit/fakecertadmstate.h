// SPDX-License-Identifier: Apache-2.0
// The script of the fake certadm library that the engine under test loaded: loading the same file
// again gives the module already loaded (dlopen and LoadLibrary alike), whose one state the test
// then sets and reads.
#pragma once

#include "fakecertadm.h"

#include <QLibrary>
#include <QString>

inline FakeCertadmState *fakeCertadmState(const char *path)
{
    QLibrary library(QString::fromUtf8(path));
    const auto getState =
        reinterpret_cast<PfnFakeCertadmGetState>(library.resolve("FakeCertadmGetState"));
    return getState != nullptr ? getState() : nullptr; // never unloaded: the engine holds it too
}
