// SPDX-License-Identifier: Apache-2.0
// `certsrv-backup-cli profiles list|show|add|remove|export|import`: saved profiles from the
// command line, their key passwords in the OS keychain. `backup --profile NAME` runs one.
#pragma once

#include "command.h"

namespace cli {

class ProfilesCommand : public CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)
public:
    ProfilesCommand(); // with its subcommands
    QString description() const override;
};

} // namespace cli
