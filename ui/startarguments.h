// SPDX-License-Identifier: Apache-2.0
// The desktop application's command line, in one place for both of its sides: main() reads it,
// and an elevated restart writes it so that the new copy resumes where the operator was (the
// wizard's choices, the profile being run, the certadm library). The key password is never on
// a command line: a restart with "include key" asks for it again.
#pragma once

#include "backupwizard.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace ui {

struct StartArguments {
    QString certadmLibrary; // --certadm-library; empty: the usual lookup
    bool wizard = false;    // --wizard: open the wizard with `choices`
    WizardChoices choices;  // server, type, destination, keep logs, include key
    QString profile;        // --profile: run this saved profile at once
    bool verbose = false;   // --verbose: diagnostics (certsrv.* at info level) on stderr
};

// Adds the options that startArgumentsFrom() reads.
void addStartOptions(QCommandLineParser &parser);
// What a parser that was given addStartOptions() found.
StartArguments startArgumentsFrom(const QCommandLineParser &parser);
// The arguments (without the program) that startArgumentsFrom() reads back as `start`.
QStringList startArgumentList(const StartArguments &start);

} // namespace ui
