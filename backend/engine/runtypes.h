// SPDX-License-Identifier: Apache-2.0
// The typed values that describe a run as a whole: what kind of run it was, who started it and
// how it ended. They are words only at the edges (the run log, the CLI's JSON and text, the
// GUI's labels); inside, code compares enums.
#pragma once

namespace engine {

// How a run ended.
enum class RunOutcome { Succeeded, Failed, Cancelled };

// Who started a run. A profile run also carries the profile's name, next to this value.
enum class RunSource { Wizard, CommandLine, Profile };

// What a run did. Only backups exist today; the run log already records the kind so that
// restores and restore drills can be added without another format change.
enum class RunKind { Backup, Restore, Drill };

} // namespace engine
