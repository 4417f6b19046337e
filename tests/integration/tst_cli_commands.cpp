// SPDX-License-Identifier: Apache-2.0
// certsrv-backup-cli's commands: each takes only its own options, the help is generated from
// them, unknown commands are named, and the tool speaks the operator's language (German, French)
// while its --json results stay the same in every language.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QProcessEnvironment>
#include <QTest>

#include "simulatorfixture.h"

using testing::ProcessRun;

class TestCliCommands final : public QObject {
    Q_OBJECT
private:
    testing::SimulatorFixture m_sim{QStringLiteral(CERTSRV_BIN_DIR)};

    ProcessRun cli(const QStringList &args,
                   const QProcessEnvironment &extra = QProcessEnvironment())
    {
        return m_sim.run(QStringLiteral("certsrv-backup-cli"), args, extra);
    }
    static QProcessEnvironment language(const QString &language, const QString &locale)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        return env;
    }
    static QProcessEnvironment german()
    {
        return language(QStringLiteral("de"), QStringLiteral("de_DE.UTF-8"));
    }
    static QProcessEnvironment french()
    {
        return language(QStringLiteral("fr"), QStringLiteral("fr_FR.UTF-8"));
    }
    static QString text(const QByteArray &bytes) { return QString::fromUtf8(bytes); }
    // Whether this Qt has its own German and French texts (QCommandLineParser's).
    static bool qtTranslated()
    {
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        return QFile::exists(folder + QStringLiteral("/qtbase_de.qm")) &&
               QFile::exists(folder + QStringLiteral("/qtbase_fr.qm"));
    }
    QString folder(const QString &name)
    {
        const QString path = m_sim.path(name);
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.isValid()); }

    void foreignOptionIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("command");
        const QString set = folder(QStringLiteral("set"));
        const QString dir = folder(QStringLiteral("dest"));
        const QString file = m_sim.path(QStringLiteral("profiles.json"));
        QTest::newRow("verify --keep-full")
            << QStringList{QStringLiteral("verify"), set, QStringLiteral("--keep-full"),
                           QStringLiteral("3")}
            << QStringLiteral("--keep-full") << QStringLiteral("verify");
        QTest::newRow("list --with-key")
            << QStringList{QStringLiteral("list"), dir, QStringLiteral("--with-key")}
            << QStringLiteral("--with-key") << QStringLiteral("list");
        QTest::newRow("servers --dest")
            << QStringList{QStringLiteral("servers"), QStringLiteral("--dest"), dir}
            << QStringLiteral("--dest") << QStringLiteral("servers");
        QTest::newRow("online --drill")
            << QStringList{QStringLiteral("online"), QStringLiteral("--server"),
                           QStringLiteral("CA01"), QStringLiteral("--drill")}
            << QStringLiteral("--drill") << QStringLiteral("online");
        QTest::newRow("restore --keep-logs")
            << QStringList{QStringLiteral("restore"), set, QStringLiteral("--keep-logs")}
            << QStringLiteral("--keep-logs") << QStringLiteral("restore");
        QTest::newRow("backup --keep-full")
            << QStringList{QStringLiteral("backup"),
                           QStringLiteral("--server"),
                           QStringLiteral("CA01"),
                           QStringLiteral("--dest"),
                           dir,
                           QStringLiteral("--keep-full"),
                           QStringLiteral("2")}
            << QStringLiteral("--keep-full") << QStringLiteral("backup");
        QTest::newRow("verify --certadm-library")
            << QStringList{QStringLiteral("verify"), set, QStringLiteral("--certadm-library"),
                           QStringLiteral("x.so")}
            << QStringLiteral("--certadm-library") << QStringLiteral("verify");
        QTest::newRow("profiles list --server")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("list"),
                           QStringLiteral("--server"), QStringLiteral("CA01")}
            << QStringLiteral("--server") << QStringLiteral("profiles list");
        QTest::newRow("profiles add --scratch")
            << QStringList{QStringLiteral("profiles"),
                           QStringLiteral("add"),
                           QStringLiteral("Nightly"),
                           QStringLiteral("--server"),
                           QStringLiteral("CA01"),
                           QStringLiteral("--dest"),
                           dir,
                           QStringLiteral("--scratch"),
                           dir}
            << QStringLiteral("--scratch") << QStringLiteral("profiles add");
        QTest::newRow("profiles remove --replace")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("remove"),
                           QStringLiteral("Nightly"), QStringLiteral("--replace")}
            << QStringLiteral("--replace") << QStringLiteral("profiles remove");
        QTest::newRow("profiles export --replace")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("export"), file,
                           QStringLiteral("--replace")}
            << QStringLiteral("--replace") << QStringLiteral("profiles export");
        QTest::newRow("profiles import --include-secrets")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("import"), file,
                           QStringLiteral("--include-secrets")}
            << QStringLiteral("--include-secrets") << QStringLiteral("profiles import");
        // Options before the command's name are the command's: still refused when foreign.
        QTest::newRow("--keep-full list")
            << QStringList{QStringLiteral("--keep-full"), QStringLiteral("3"),
                           QStringLiteral("list"), dir}
            << QStringLiteral("--keep-full") << QStringLiteral("list");
    }

    void foreignOptionIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        QFETCH(QString, command);
        const ProcessRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out);
        const QString error = text(run.err);
        QVERIFY2(
            error.contains(QStringLiteral("%1 does not take the option %2.").arg(command, option)),
            run.err);
        QVERIFY2(error.contains(QStringLiteral("certsrv-backup-cli help %1").arg(command)),
                 run.err);
        // Nothing was done: no profile saved, no file written.
        QVERIFY(!QFile::exists(m_sim.path(QStringLiteral("profiles.json"))));
        const ProcessRun profiles =
            cli({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(profiles.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(profiles.out).array().size(), 0);
    }

    void commandHelpShowsItsOwnOptions_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("own");
        QTest::addColumn<QStringList>("foreign");
        QTest::newRow("verify") << QStringList{QStringLiteral("verify")}
                                << QStringList{QStringLiteral("--key-password-stdin"),
                                               QStringLiteral("--profile <name>"),
                                               QStringLiteral("--json"), QStringLiteral("SET")}
                                << QStringList{QStringLiteral("--keep-full"),
                                               QStringLiteral("--with-key"),
                                               QStringLiteral("--dest"),
                                               QStringLiteral("--certadm-library")};
        QTest::newRow("list") << QStringList{QStringLiteral("list")}
                              << QStringList{QStringLiteral("--json"), QStringLiteral("DIR")}
                              << QStringList{QStringLiteral("--server"),
                                             QStringLiteral("--with-key"),
                                             QStringLiteral("--key-password-stdin")};
        QTest::newRow("restore") << QStringList{QStringLiteral("restore")}
                                 << QStringList{QStringLiteral("--drill"),
                                                QStringLiteral("--scratch <dir>"),
                                                QStringLiteral("--stop-service"),
                                                QStringLiteral("--certadm-library")}
                                 << QStringList{QStringLiteral("--keep-full"),
                                                QStringLiteral("--dest"),
                                                QStringLiteral("--include-secrets")};
        QTest::newRow("backup")
            << QStringList{QStringLiteral("backup")}
            << QStringList{QStringLiteral("--server <name>"), QStringLiteral("--dest <dir>"),
                           QStringLiteral("--profile <name>"), QStringLiteral("--drill-after")}
            << QStringList{QStringLiteral("--keep-full"), QStringLiteral("--drill "),
                           QStringLiteral("--replace"), QStringLiteral("--notes")};
        QTest::newRow("profiles add")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("add")}
            << QStringList{QStringLiteral("--keep-full <N>"), QStringLiteral("--ask-key-password"),
                           QStringLiteral("--replace"), QStringLiteral("NAME")}
            << QStringList{QStringLiteral("--json"), QStringLiteral("--drill "),
                           QStringLiteral("--include-secrets"),
                           QStringLiteral("--certadm-library")};
    }

    void commandHelpShowsItsOwnOptions()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, own);
        QFETCH(QStringList, foreign);
        const ProcessRun help = cli(QStringList{QStringLiteral("help")} + command);
        QCOMPARE(help.exitCode, 0);
        const QString usage = text(help.out);
        QVERIFY2(usage.contains(QStringLiteral("Usage: certsrv-backup-cli %1 [options]")
                                    .arg(command.join(QLatin1Char(' ')))),
                 help.out);
        for (const QString &option : own) {
            QVERIFY2(usage.contains(option), qPrintable(option + QLatin1Char('\n') + usage));
        }
        for (const QString &option : foreign) {
            QVERIFY2(!usage.contains(option), qPrintable(option + QLatin1Char('\n') + usage));
        }
        // `COMMAND --help` shows the same.
        const ProcessRun dashed = cli(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(dashed.exitCode, 0);
        QCOMPARE(dashed.out, help.out);
    }

    void toolHelpListsTheCommands()
    {
        const ProcessRun help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString usage = text(help.out);
        for (const QString &command :
             {QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("restore"),
              QStringLiteral("list"), QStringLiteral("servers"), QStringLiteral("online"),
              QStringLiteral("profiles"), QStringLiteral("help")}) {
            QVERIFY2(usage.contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')),
                     qPrintable(command + QLatin1Char('\n') + usage));
        }
        QVERIFY2(usage.contains(QStringLiteral("Re-hash a set against its manifest")), help.out);
        QVERIFY2(usage.contains(QStringLiteral("\n  130  cancelled")), help.out);
        // No command's options in the tool's help.
        QVERIFY2(!usage.contains(QStringLiteral("--keep-full")), help.out);
        QCOMPARE(cli({QStringLiteral("help")}).out, help.out);
        // The profiles' subcommands, in their own help.
        const ProcessRun profiles = cli({QStringLiteral("help"), QStringLiteral("profiles")});
        QCOMPARE(profiles.exitCode, 0);
        for (const QString &command :
             {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("add"),
              QStringLiteral("remove"), QStringLiteral("export"), QStringLiteral("import")}) {
            QVERIFY2(
                text(profiles.out).contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')),
                profiles.out);
        }
    }

    void unknownCommandIsNamed()
    {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("frobnicate")},
              QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")},
              QStringList{QStringLiteral("--json"), QStringLiteral("frobnicate")}}) {
            const ProcessRun run = cli(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("unknown command \"frobnicate\""), run.err);
            QVERIFY2(run.err.contains("backup, verify, restore, list, servers, online, profiles, "
                                      "help"),
                     run.err);
        }
        const ProcessRun profiles = cli({QStringLiteral("profiles"), QStringLiteral("frobnicate")});
        QCOMPARE(profiles.exitCode, 2);
        QVERIFY2(profiles.err.contains("unknown command \"profiles frobnicate\""), profiles.err);
        QVERIFY2(profiles.err.contains("list, show, add, remove, export, import"), profiles.err);
        const ProcessRun none = cli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("no command given"), none.err);
    }

    void optionsBeforeTheCommandAreItsOwn()
    {
        const QString dir = folder(QStringLiteral("empty"));
        const ProcessRun run = cli({QStringLiteral("--json"), QStringLiteral("list"), dir});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(run.out).object().contains(QStringLiteral("sets")),
                 run.out);
    }

    void germanHelpAndErrors()
    {
        const ProcessRun help = cli({QStringLiteral("help"), QStringLiteral("verify")}, german());
        QCOMPARE(help.exitCode, 0);
        const QString usage = text(help.out);
        QVERIFY2(usage.contains(QStringLiteral("Prüft einen Satz erneut")), help.out);
        QVERIFY2(usage.contains(QStringLiteral("Der Ordner des Satzes.")), help.out);
        QVERIFY2(!usage.contains(QStringLiteral("Re-hash a set")), help.out);
        if (qtTranslated()) {
            QVERIFY2(usage.contains(QStringLiteral("Optionen:")), help.out);
        }
        const ProcessRun tool = cli({QStringLiteral("--help")}, german());
        QVERIFY2(text(tool.out).contains(QStringLiteral("Befehle:")), tool.out);
        QVERIFY2(text(tool.out).contains(QStringLiteral("Sichert eine Zertifizierungsstelle")),
                 tool.out);

        const ProcessRun foreign = cli({QStringLiteral("verify"), folder(QStringLiteral("set")),
                                        QStringLiteral("--keep-full"), QStringLiteral("3")},
                                       german());
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY2(text(foreign.err)
                     .contains(QStringLiteral("verify nimmt die Option --keep-full nicht an.")),
                 foreign.err);
        QVERIFY2(text(foreign.err).contains(QStringLiteral("certsrv-backup-cli help verify")),
                 foreign.err);
        const ProcessRun missing = cli({QStringLiteral("verify")}, german());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(text(missing.err).contains(QStringLiteral("verify braucht SET.")), missing.err);
    }

    void frenchHelpAndErrors()
    {
        const ProcessRun help = cli({QStringLiteral("help"), QStringLiteral("verify")}, french());
        QCOMPARE(help.exitCode, 0);
        const QString usage = text(help.out);
        QVERIFY2(usage.contains(QStringLiteral("Recalcule les empreintes d'un jeu")), help.out);
        QVERIFY2(!usage.contains(QStringLiteral("Re-hash a set")), help.out);
        if (qtTranslated()) {
            QVERIFY2(usage.contains(QStringLiteral("Options :")), help.out);
        }
        const ProcessRun foreign = cli(
            {QStringLiteral("list"), folder(QStringLiteral("dest")), QStringLiteral("--with-key")},
            french());
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY2(
            text(foreign.err).contains(QStringLiteral("list n'accepte pas l'option --with-key.")),
            foreign.err);
        const ProcessRun unknown = cli({QStringLiteral("frobnicate")}, french());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(text(unknown.err).contains(QStringLiteral("commande inconnue « frobnicate »")),
                 unknown.err);
    }

    void jsonIsTheSameInEveryLanguage()
    {
        // A folder that is no set: the engine's messages say why, in the text in German.
        const QString notASet = folder(QStringLiteral("not a set"));
        QFile stray(notASet + QStringLiteral("/manifest.json"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("{\"format\": \"something else\"}");
        stray.close();
        // An unfinished set of an interrupted run: `list` removes it and says so, every time.
        const QString dest = folder(QStringLiteral("listed"));
        const auto run = [&dest](TestCliCommands *test, const QStringList &arguments,
                                 const QProcessEnvironment &env) {
            QDir().mkpath(dest + QStringLiteral("/CA/20240101-000000-full.partial/DataBase"));
            return test->cli(arguments, env);
        };
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("verify"), notASet, QStringLiteral("--json")},
              QStringList{QStringLiteral("list"), dest, QStringLiteral("--json")},
              QStringList{QStringLiteral("online"), QStringLiteral("--server"),
                          QStringLiteral("NOSUCHCA"), QStringLiteral("--json")}}) {
            const ProcessRun english = run(this, arguments, {});
            const ProcessRun inGerman = run(this, arguments, german());
            const ProcessRun inFrench = run(this, arguments, french());
            QVERIFY2(!english.out.isEmpty(), english.err);
            QVERIFY2(QJsonDocument::fromJson(english.out).isObject(), english.out);
            QCOMPARE(inGerman.exitCode, english.exitCode);
            QCOMPARE(inFrench.exitCode, english.exitCode);
            QCOMPARE(inGerman.out, english.out);
            QCOMPARE(inFrench.out, english.out);
        }
        // The same unreachable server in text: the engine's words are German there.
        const QStringList online{QStringLiteral("online"), QStringLiteral("--server"),
                                 QStringLiteral("NOSUCHCA")};
        const ProcessRun english = cli(online);
        const ProcessRun inGerman = cli(online, german());
        QCOMPARE(inGerman.exitCode, 4);
        QVERIFY2(inGerman.out != english.out, inGerman.out);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
