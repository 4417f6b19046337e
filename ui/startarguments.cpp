// SPDX-License-Identifier: Apache-2.0
#include "startarguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace ui {
namespace {

const QString kLibrary = QStringLiteral("certadm-library");
const QString kWizard = QStringLiteral("wizard");
const QString kServer = QStringLiteral("server");
const QString kType = QStringLiteral("type");
const QString kDest = QStringLiteral("dest");
const QString kKeepLogs = QStringLiteral("keep-logs");
const QString kIncludeKey = QStringLiteral("include-key");
const QString kProfile = QStringLiteral("profile");
const QString kVerbose = QStringLiteral("verbose");

QString option(const QString &name)
{
    return QStringLiteral("--") + name;
}

// "--name=value": a value that starts with a dash stays a value.
QString option(const QString &name, const QString &value)
{
    return option(name) + QLatin1Char('=') + value;
}

} // namespace

void addStartOptions(QCommandLineParser &parser)
{
    // The "main" context: these words were first written in app/gui/main.cpp.
    parser.addOptions({
        {kLibrary, QCoreApplication::translate("main", "The certadm library to load."),
         QStringLiteral("path")},
        {kWizard, QCoreApplication::translate("main", "Open the backup wizard.")},
        {kServer, QCoreApplication::translate("main", "Server for the wizard."),
         QStringLiteral("name")},
        {kType, QCoreApplication::translate("main", "full or logs."), QStringLiteral("type")},
        {kDest, QCoreApplication::translate("main", "Destination folder."), QStringLiteral("dir")},
        {kKeepLogs, QCoreApplication::translate("main", "Keep the CA's logs.")},
        {kIncludeKey, QCoreApplication::translate("main", "Include the CA key in the backup (the "
                                                          "wizard asks for its password).")},
        {kProfile, QCoreApplication::translate("main", "Run the saved profile now."),
         QStringLiteral("name")},
        {kVerbose, QCoreApplication::translate("main", "Print diagnostics and the job's log "
                                                       "lines on standard error.")},
    });
}

StartArguments startArgumentsFrom(const QCommandLineParser &parser)
{
    StartArguments start;
    start.certadmLibrary = parser.value(kLibrary);
    start.wizard = parser.isSet(kWizard);
    start.choices.server = parser.value(kServer);
    start.choices.destination = QDir::fromNativeSeparators(parser.value(kDest));
    start.choices.destinationChosen = !start.choices.destination.isEmpty();
    engine::parseSetType(parser.value(kType), &start.choices.type);
    start.choices.keepLogs = parser.isSet(kKeepLogs);
    start.choices.includeKey = parser.isSet(kIncludeKey);
    start.profile = parser.value(kProfile);
    start.verbose = parser.isSet(kVerbose);
    return start;
}

QStringList startArgumentList(const StartArguments &start)
{
    QStringList arguments;
    if (start.verbose) {
        arguments << option(kVerbose);
    }
    if (!start.certadmLibrary.isEmpty()) {
        arguments << option(kLibrary, start.certadmLibrary);
    }
    if (!start.profile.isEmpty()) {
        arguments << option(kProfile, start.profile);
    }
    if (start.wizard) {
        const WizardChoices &c = start.choices;
        arguments << option(kWizard) << option(kServer, c.server)
                  << option(kType, engine::setTypeName(c.type)) << option(kDest, c.destination);
        if (c.keepLogs) {
            arguments << option(kKeepLogs);
        }
        if (c.includeKey) {
            arguments << option(kIncludeKey);
        }
    }
    return arguments;
}

} // namespace ui
