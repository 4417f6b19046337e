// SPDX-License-Identifier: Apache-2.0
#include "terminalprogress.h"

#include "clioutput.h"

#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace cli {

QString TerminalProgress::bytes(qint64 value)
{
    return QLocale::c().formattedDataSize(value, 1, QLocale::DataSizeIecFormat);
}

QString TerminalProgress::duration(qint64 seconds)
{
    if (seconds < 60) {
        return QStringLiteral("%1s").arg(seconds);
    }
    if (seconds < 3600) {
        return QStringLiteral("%1m %2s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1h %2m")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

void TerminalProgress::update(const engine::BackupProgress &progress)
{
    if (!m_enabled) {
        return;
    }
    constexpr int kWidth = 28;
    const double fraction = progress.bytesTotal > 0
                                ? std::min(1.0, static_cast<double>(progress.bytesDone) /
                                                    static_cast<double>(progress.bytesTotal))
                                : 0.0;
    const int filled = static_cast<int>(fraction * kWidth);
    const QString bar =
        QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('-'));
    const QString eta = progress.etaSeconds >= 0
                            ? QStringLiteral("ETA %1").arg(duration(progress.etaSeconds))
                            : QStringLiteral("ETA --");
    const QString line = QStringLiteral("\r[%1] %2% %3/%4%5 %6/s %7  %8")
                             .arg(bar)
                             .arg(static_cast<int>(fraction * 100), 3)
                             .arg(bytes(progress.bytesDone), bytes(progress.bytesTotal),
                                  progress.totalIsEstimate ? QStringLiteral("~") : QString(),
                                  bytes(static_cast<qint64>(progress.bytesPerSecond)), eta,
                                  progress.currentFile.left(24));
    writeText(stderr, line + QStringLiteral("\033[K"));
    std::fflush(stderr);
    m_lineOpen = true;
}

void TerminalProgress::finish()
{
    if (m_enabled && m_lineOpen) {
        std::fputs("\n", stderr);
        std::fflush(stderr);
        m_lineOpen = false;
    }
}

} // namespace cli
