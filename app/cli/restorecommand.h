// SPDX-License-Identifier: Apache-2.0
// `certsrv-backup-cli restore SET`: the chain that ends at SET restored into the CA on this
// computer (undone on failure or cancel), or, with --drill, proven restorable on a scratch copy.
#pragma once

#include "command.h"

namespace cli {

class RestoreCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    RestoreCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace cli
