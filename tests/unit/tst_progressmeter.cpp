// SPDX-License-Identifier: Apache-2.0
// Progress: at most ten updates a second, a rate over a window, an ETA only once steady.
#include "engine/progressmeter.h"

#include <QTest>

using namespace engine;

class TestProgressMeter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rateLimit()
    {
        ProgressMeter meter;
        int emitted = 0;
        for (qint64 t = 0; t < 1000; ++t) { // one sample a millisecond for a second
            meter.sample(t, t * 1000);
            emitted += meter.shouldEmit(t) ? 1 : 0;
        }
        QCOMPARE(emitted, 10);
    }

    void rateOverWindow()
    {
        ProgressMeter meter(100, 3000);
        for (qint64 t = 0; t <= 10000; t += 100) {
            meter.sample(t, t * 2000); // 2 MB/s
        }
        QCOMPARE(qRound(meter.bytesPerSecond()), 2000000);
        // The rate follows a change within the window.
        for (qint64 t = 10100; t <= 14000; t += 100) {
            meter.sample(t, 20000000 + (t - 10000) * 1000);
        }
        QCOMPARE(qRound(meter.bytesPerSecond()), 1000000);
    }

    void etaOnlyWhenSteady()
    {
        ProgressMeter meter;
        meter.sample(0, 0);
        meter.sample(500, 500000);
        QCOMPARE(meter.etaSeconds(1000000), qint64(-1));
        for (qint64 t = 600; t <= 2500; t += 100) {
            meter.sample(t, t * 1000);
        }
        QCOMPARE(meter.etaSeconds(10000000), qint64(10));
    }

    void noRateWithoutTime()
    {
        ProgressMeter meter;
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        meter.sample(5, 100);
        meter.sample(5, 200);
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        QCOMPARE(meter.etaSeconds(100), qint64(-1));
    }
};

QTEST_APPLESS_MAIN(TestProgressMeter)
#include "tst_progressmeter.moc"
