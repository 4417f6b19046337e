// SPDX-License-Identifier: Apache-2.0
// `certsrv-backup-cli list DIR`: the sets under a destination, with their chains.
#pragma once

#include "command.h"

namespace cli {

class ListCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    ListCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace cli
