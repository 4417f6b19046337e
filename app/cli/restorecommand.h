// SPDX-License-Identifier: Apache-2.0
// certsrv-backup-cli restore SET [--server NAME] [--database-only | --key-only]
//   [--key-password-stdin] [--stop-service] [--start] [--force] [--json]
// certsrv-backup-cli restore --drill SET [--scratch DIR] [--json]
#pragma once

class QCommandLineParser;

namespace cli {

struct Options;

int runRestore(const QCommandLineParser &parser, const Options &o);

} // namespace cli
