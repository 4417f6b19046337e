// SPDX-License-Identifier: Apache-2.0
// `certsrv-backup-cli backup`: a backup of a CA into a new set, with the settings given, or a
// saved profile's unattended run (--profile NAME) with its secrets, retention and run log.
#pragma once

#include "command.h"

namespace cli {

class BackupCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    BackupCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;

private:
    int runProfile(const QCommandLineParser &parser);
};

} // namespace cli
