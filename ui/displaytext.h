// SPDX-License-Identifier: Apache-2.0
// Figures and times as the windows show them, in the operator's locale ("266,0 MiB",
// "02.12.26 09:00"): one form for every table and page.
#pragma once

#include <QDateTime>
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

} // namespace ui
