// SPDX-License-Identifier: Apache-2.0
// What several commands share beyond the terminal: the certadm library of --certadm-library,
// the error object of the JSON results, the exit code of an engine error, the keychain's wait.
#pragma once

#include "certadm/certadmlibrary.h"
#include "certadm/hresult.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace cli {

// How long a command waits for the keychain before it reports that it does not answer.
inline constexpr int kKeychainTimeoutMs = 15000;

// Loads the certadm library `path` names (empty: the default); on failure prints why (as JSON
// with `json`) and sets *exitCode.
std::shared_ptr<const certadm::CertadmLibrary> loadLibraryOrReport(const QString &path, bool json,
                                                                   int *exitCode);

int exitCodeFor(certadm::ErrorCategory category);
QJsonObject errorJson(HRESULT hr, const QString &call, const QString &message,
                      const QString &action);

// "warning: cannot write the run log: ..." on standard error, when `error` says so.
void warnRunLog(const QString &error);

} // namespace cli
