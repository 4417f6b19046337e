// SPDX-License-Identifier: Apache-2.0
// The desktop application's command line: what an elevated restart writes is what main() reads
// back, with every choice kept (include key, the profile, the certadm library) and the key
// password never on it.
#include "ui/startarguments.h"

#include <QCommandLineParser>
#include <QTest>

namespace {

// Reads `arguments` the way main() does.
ui::StartArguments parse(const QStringList &arguments, bool *ok)
{
    QCommandLineParser parser;
    ui::addStartOptions(parser);
    *ok = parser.parse(QStringList{QStringLiteral("certsrv-backup")} + arguments);
    return ui::startArgumentsFrom(parser);
}

} // namespace

class TestStartArguments final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardChoicesRoundTrip()
    {
        ui::StartArguments start;
        start.certadmLibrary = QStringLiteral("/opt/cert adm/libcertadm-sim.so");
        start.wizard = true;
        start.choices.server = QStringLiteral("-CA01"); // a value, not an option
        start.choices.type = engine::SetType::LogsOnly;
        start.choices.destination = QStringLiteral("/srv/back ups");
        start.choices.keepLogs = true;
        start.choices.includeKey = true;
        start.choices.keyPassword = QStringLiteral("s3cret-pw");
        const QStringList arguments = ui::startArgumentList(start);
        for (const QString &argument : arguments) {
            QVERIFY2(!argument.contains(QStringLiteral("s3cret-pw")), qPrintable(argument));
        }
        QVERIFY(arguments.contains(QStringLiteral("--include-key")));
        QVERIFY(arguments.contains(QStringLiteral("--keep-logs")));

        bool ok = false;
        const ui::StartArguments read = parse(arguments, &ok);
        QVERIFY2(ok, qPrintable(arguments.join(QLatin1Char(' '))));
        QCOMPARE(read.certadmLibrary, start.certadmLibrary);
        QVERIFY(read.wizard);
        QCOMPARE(read.choices.server, start.choices.server);
        QCOMPARE(read.choices.type, engine::SetType::LogsOnly);
        QCOMPARE(read.choices.destination, start.choices.destination);
        QVERIFY(read.choices.keepLogs);
        QVERIFY(read.choices.includeKey);
        QVERIFY(read.choices.keyPassword.isEmpty());
        QVERIFY(read.profile.isEmpty());
    }

    void withoutTheOptionalChoices()
    {
        ui::StartArguments start;
        start.wizard = true;
        start.choices.server = QStringLiteral("CA01");
        start.choices.destination = QStringLiteral("/b");
        const QStringList arguments = ui::startArgumentList(start);
        QVERIFY(!arguments.contains(QStringLiteral("--include-key")));
        QVERIFY(!arguments.contains(QStringLiteral("--keep-logs")));
        bool ok = false;
        const ui::StartArguments read = parse(arguments, &ok);
        QVERIFY(ok);
        QVERIFY(read.certadmLibrary.isEmpty());
        QCOMPARE(read.choices.type, engine::SetType::Full);
        QVERIFY(!read.choices.includeKey);
        QVERIFY(!read.choices.keepLogs);
    }

    void profileRunRoundTrip()
    {
        ui::StartArguments start;
        start.certadmLibrary = QStringLiteral("C:/Windows/System32/certadm.dll");
        start.profile = QStringLiteral("Nightly --full");
        const QStringList arguments = ui::startArgumentList(start);
        QVERIFY(!arguments.contains(QStringLiteral("--wizard")));
        bool ok = false;
        const ui::StartArguments read = parse(arguments, &ok);
        QVERIFY(ok);
        QCOMPARE(read.profile, start.profile);
        QCOMPARE(read.certadmLibrary, start.certadmLibrary);
        QVERIFY(!read.wizard);
    }

    void verboseRoundTrip()
    {
        ui::StartArguments start;
        start.profile = QStringLiteral("Nightly");
        start.verbose = true;
        const QStringList arguments = ui::startArgumentList(start);
        QVERIFY(arguments.contains(QStringLiteral("--verbose")));
        bool ok = false;
        const ui::StartArguments read = parse(arguments, &ok);
        QVERIFY(ok);
        QVERIFY(read.verbose);
        QCOMPARE(read.profile, start.profile);

        start.verbose = false;
        QVERIFY(!ui::startArgumentList(start).contains(QStringLiteral("--verbose")));
        QVERIFY(!parse(ui::startArgumentList(start), &ok).verbose);
    }

    void nothingToResume() { QVERIFY(ui::startArgumentList(ui::StartArguments()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestStartArguments)
#include "tst_startarguments.moc"
