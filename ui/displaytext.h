// SPDX-License-Identifier: Apache-2.0
// Figures and times as the windows show them, in the operator's locale ("266,0 MiB",
// "02.12.26 09:00"): one form for every table and page.
#pragma once

#include "engine/runlog.h"
#include "engine/serverinventory.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QString>

namespace ui {

inline QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

inline QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// A failed run's meaning and next step in the operator's language. The run log keeps the words
// of the program that ran it (the CLI under a scheduler speaks the scheduler's language): a known
// code is described anew; an unknown or a generic one keeps the recorded words.
struct FailureText {
    QString meaning;
    QString action;
    QString recorded; // the recorded message, for a tooltip when `meaning` replaced it
};
FailureText failureText(const engine::RunRecord &run);

// The state icons of the tables and the server list.
const QIcon &onlineIcon(engine::OnlineState state);
const QIcon &outcomeIcon(engine::RunOutcome outcome);

} // namespace ui
