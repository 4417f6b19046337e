// SPDX-License-Identifier: Apache-2.0
// The logging categories: warnings and above by default, and --verbose (enableVerboseLogging)
// turns every certsrv.* category up to info, without the job's lines where the front end
// prints those itself.
#include "engine/enginelog.h"
#include "platform/platformlog.h"
#include "profiles/profileslog.h"

#include <QCoreApplication>
#include <QTest>

class TestLogging final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // One function: the rules are process-wide and only ever turned up.
    void defaultsThenVerbose()
    {
        for (const QLoggingCategory *category :
             {&engine::lcEngine(), &engine::lcJob(), &profiles::lcProfiles(),
              &platform::lcPlatform()}) {
            QVERIFY2(QByteArray(category->categoryName()).startsWith("certsrv."),
                     category->categoryName());
            QVERIFY2(category->isWarningEnabled(), category->categoryName());
            QVERIFY2(!category->isInfoEnabled(), category->categoryName());
            QVERIFY2(!category->isDebugEnabled(), category->categoryName());
        }
        QVERIFY(!engine::verboseLoggingEnabled());

        engine::enableVerboseLogging(false);
        QVERIFY(engine::verboseLoggingEnabled());
        QVERIFY(engine::lcEngine().isInfoEnabled());
        QVERIFY(profiles::lcProfiles().isInfoEnabled());
        QVERIFY(platform::lcPlatform().isInfoEnabled());
        QVERIFY(!engine::lcJob().isInfoEnabled());
        QVERIFY(!engine::lcEngine().isDebugEnabled());

        engine::enableVerboseLogging(true);
        QVERIFY(engine::lcJob().isInfoEnabled());
        QVERIFY(engine::lcEngine().isInfoEnabled());
    }
};

int main(int argc, char **argv)
{
    // The environment's rules would win over the ones under test.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging.moc"
