// SPDX-License-Identifier: Apache-2.0
// `certsrv-backup-cli online --server NAME`: whether Certificate Services answers there.
#pragma once

#include "command.h"

namespace cli {

class OnlineCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(OnlineCommand)
public:
    OnlineCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace cli
