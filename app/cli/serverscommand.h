// SPDX-License-Identifier: Apache-2.0
// `certsrv-backup-cli servers`: the servers this machine knows, one per CA, with their state.
#pragma once

#include "command.h"

namespace cli {

class ServersCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ServersCommand)
public:
    ServersCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace cli
