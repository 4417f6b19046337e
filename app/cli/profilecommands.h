// SPDX-License-Identifier: Apache-2.0
// `certsrv-backup-cli profiles list|show|add|remove|export|import` and `backup --profile NAME`:
// saved profiles from the command line, their key passwords in the OS keychain, and unattended
// profile runs for schedulers.
#pragma once

class QCommandLineParser;

namespace cli {

struct Options;

int runProfiles(const QCommandLineParser &parser, const Options &o);
int runProfileBackup(const QCommandLineParser &parser, const Options &o);

} // namespace cli
