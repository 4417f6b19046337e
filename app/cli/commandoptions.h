// SPDX-License-Identifier: Apache-2.0
// The options that more than one command takes, each defined here once: its name, its value and
// its description. An option that only one command takes is defined in that command's file.
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

namespace cli {

class CommandOptions {
    Q_DECLARE_TR_FUNCTIONS(CommandOptions)
public:
    static QCommandLineOption json();
    static QCommandLineOption verbose();
    static QCommandLineOption certadmLibrary();
    static QCommandLineOption server();
    static QCommandLineOption type();
    static QCommandLineOption dest();
    static QCommandLineOption keepLogs();
    static QCommandLineOption verify();
    static QCommandLineOption noVerify();
    static QCommandLineOption drillAfter();
    static QCommandLineOption withKey();
    static QCommandLineOption replace();
    // Their meaning differs from command to command: each says what it does there.
    static QCommandLineOption keyPasswordStdin(const QString &description);
    static QCommandLineOption profile(const QString &description);
};

} // namespace cli
