// SPDX-License-Identifier: Apache-2.0
// The commands of certsrv-backup-cli: backup, verify, list, servers, online, and (in
// profilecommands.cpp) profiles. Each builds a request for the engine, shows its signals and
// returns a documented exit code.
#pragma once

#include "certadmlibrary.h"

#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace cli {

struct Options;

// Parses `arguments` (argv as given) and runs the command; returns the process exit code.
int runCommandLine(const QStringList &arguments);

// Loads the certadm library named by --certadm-library (or the default); on failure prints why
// (as JSON with `json`) and sets *exitCode.
std::shared_ptr<const certadm::CertadmLibrary>
loadLibraryOrReport(const QCommandLineParser &parser, const Options &o, bool json, int *exitCode);

} // namespace cli
