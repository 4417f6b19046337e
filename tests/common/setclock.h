// SPDX-License-Identifier: Apache-2.0
// Set names have a one-second resolution (<UTC yyyyMMdd-HHmmss>-full): a test that makes another
// set and needs it to have a name of its own, sorting after the last one, waits until the clock
// has left the second that set is named after. A wait on that condition, not a fixed time.
#pragma once

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

namespace testing {

// The UTC second a set's folder name gives (".../20260101-120000-full"); invalid when none.
inline QDateTime setNameTime(const QString &setPath)
{
    const QString stamp = QFileInfo(setPath).fileName().left(15);
    const QDateTime local = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
    return local.isValid() ? QDateTime(local.date(), local.time(), QTimeZone::utc()) : QDateTime();
}

// Waits (serving events) until the current UTC second is later than that of `since` (now when
// invalid or not given); false when that has not happened within `timeoutMs`.
inline bool waitForANewSecond(QDateTime since = QDateTime(), int timeoutMs = 5000)
{
    if (!since.isValid()) {
        since = QDateTime::currentDateTimeUtc();
    }
    const qint64 second = since.toSecsSinceEpoch();
    const QDeadlineTimer deadline(timeoutMs);
    while (QDateTime::currentDateTimeUtc().toSecsSinceEpoch() <= second) {
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

} // namespace testing
