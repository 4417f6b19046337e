// SPDX-License-Identifier: Apache-2.0
// A one-line progress bar with rate and ETA for an interactive terminal (on standard error).
#pragma once

#include "backuptypes.h"

#include <QString>

namespace cli {

class TerminalProgress {
public:
    explicit TerminalProgress(bool enabled) : m_enabled(enabled) {}
    void update(const engine::BackupProgress &progress);
    void finish(); // ends the line so later output starts clean

    // "1.5 GiB", "12.0 MiB/s", "3m 05s": shared with the summaries.
    static QString bytes(qint64 value);
    static QString duration(qint64 seconds);

private:
    bool m_enabled;
    bool m_lineOpen = false;
};

} // namespace cli
