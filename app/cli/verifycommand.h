// SPDX-License-Identifier: Apache-2.0
// `certsrv-backup-cli verify SET`: a set re-hashed against its manifest, its chain and CA key.
#pragma once

#include "command.h"

namespace cli {

class VerifyCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    VerifyCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace cli
