// SPDX-License-Identifier: Apache-2.0
// The main window's table models: consistent for QAbstractItemModelTester, typed roles, sorting
// by value; and the window itself: one CA under two names is one row, F5 reads profiles saved
// elsewhere, and every table is a single tab stop.
#include "ui/historymodel.h"
#include "ui/mainwindow.h"
#include "ui/profilemodel.h"
#include "profiles/profilestore.h"
#include "engine/runlog.h"
#include "ui/servermodel.h"
#include "testlanguage.h"
#include "ui/uiresources.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QHeaderView>
#include <QScrollBar>
#include <QDir>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

engine::RunRecord run(const QString &server, const QString &caName, const QString &time,
                      engine::RunOutcome outcome, const QString &setPath = QString())
{
    engine::RunRecord record;
    record.time = QDateTime::fromString(time, Qt::ISODate);
    record.server = server;
    record.caName = caName;
    record.outcome = outcome;
    record.setPath = setPath;
    record.bytes = 1024;
    record.seconds = 2.5;
    return record;
}

engine::InventoryServer server(const QString &name, const QString &caName)
{
    engine::InventoryServer s;
    s.server = name;
    s.caName = caName;
    return s;
}

} // namespace

class TestModels final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void init()
    {
        QFile::remove(engine::RunLog().path());
        QFile::remove(profiles::ProfileStore().path());
        ui::MainWindow::Settings settings;
        settings.defaultDestination = m_home.filePath(QStringLiteral("backups"));
        ui::MainWindow::saveSettings(settings);
    }

    void serverModel()
    {
        ui::ServerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        engine::InventoryServer ca01 = server(QStringLiteral("CA01"), QStringLiteral("Root CA"));
        ca01.aliases = QStringList{QStringLiteral("ca01.contoso.local")};
        ca01.lastBackup = run(QStringLiteral("CA01"), QStringLiteral("Root CA"),
                              QStringLiteral("2026-12-01T10:00:00Z"), engine::RunOutcome::Failed);
        model.setServers({ca01, server(QStringLiteral("CA02"), QString())}, 7);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ui::ServerModel::ColumnCount));
        const QModelIndex state = model.index(0, ui::ServerModel::StateColumn);
        QCOMPARE(state.data().toString(), ui::ServerModel::tr("Checking..."));
        QCOMPARE(state.data(ui::ServerModel::OnlineStateRole).toInt(),
                 int(engine::OnlineState::Unknown));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOnline(ui::OnlineChecker::describe(
            QStringLiteral("ca01"),
            engine::classifyOnline(static_cast<qint32>(0x800706BA), false)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(state.data().toString(), ui::ServerModel::tr("Unreachable"));
        QCOMPARE(state.data(ui::ServerModel::OnlineStateRole).toInt(),
                 int(engine::OnlineState::Unreachable));
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("0x800706BA")));
        QVERIFY(model.index(0, ui::ServerModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("ca01.contoso.local")));
        QCOMPARE(model.index(0, 0).data(ui::ServerModel::ServerRole).toString(),
                 QStringLiteral("CA01"));
        QCOMPARE(model.index(0, 0).data(ui::ServerModel::CaNameRole).toString(),
                 QStringLiteral("Root CA"));
        QCOMPARE(model.rowOf(QStringLiteral("CA01.contoso.local")), 0);

        // A new inventory keeps the answer of a server that stays.
        model.setServers({ca01}, 7);
        QCOMPARE(model.index(0, ui::ServerModel::StateColumn).data().toString(),
                 ui::ServerModel::tr("Unreachable"));
        QCOMPARE(model.index(0, ui::ServerModel::LastFullColumn).data().toString(),
                 ui::ServerModel::tr("no full set found"));
    }

    void historyModelSortsByValue()
    {
        ui::HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<engine::HistoryEntry> entries;
        entries.append({engine::HistoryEntry::Origin::RunLog,
                        run(QStringLiteral("CA01"), QString(),
                            QStringLiteral("2026-12-01T09:00:00Z"), engine::RunOutcome::Failed)});
        entries.append(
            {engine::HistoryEntry::Origin::SetOnDisk,
             run(QStringLiteral("CA02"), QString(), QStringLiteral("2026-12-02T09:00:00Z"),
                 engine::RunOutcome::Succeeded, QStringLiteral("/b/CA02/set"))});
        entries[1].run.bytes = 100;
        entries.append(
            {engine::HistoryEntry::Origin::RunLog,
             run(QStringLiteral("CA03"), QString(), QStringLiteral("2026-11-30T09:00:00Z"),
                 engine::RunOutcome::Succeeded, QStringLiteral("/b/CA03/set"))});
        entries[2].run.bytes = 5000;
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.newestRow(), 1);
        QCOMPARE(model.rowOfKey(QStringLiteral("/b/CA03/set")), 2);
        QCOMPARE(model.index(1, 0).data(ui::HistoryModel::SetPathRole).toString(),
                 QStringLiteral("/b/CA02/set"));
        QCOMPARE(model.index(0, 0).data(ui::HistoryModel::SetPathRole).toString(), QString());
        QCOMPARE(model.index(0, 0).data(ui::HistoryModel::KeyRole).toString(),
                 entries.at(0).run.time.toString(Qt::ISODateWithMs));
        QCOMPARE(model.index(1, ui::HistoryModel::ResultColumn).data().toString(),
                 ui::HistoryModel::tr("Set on disk"));

        // The same list again changes nothing; a new run in front is an insertion.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setEntries(entries);
        QCOMPARE(reset.size() + inserted.size(), 0);
        QList<engine::HistoryEntry> more = entries;
        more.prepend({engine::HistoryEntry::Origin::RunLog,
                      run(QStringLiteral("CA04"), QString(), QStringLiteral("2026-12-03T09:00:00Z"),
                          engine::RunOutcome::Succeeded, QStringLiteral("/b/CA04/set"))});
        model.setEntries(more);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOfKey(QStringLiteral("/b/CA04/set")), 0);
        model.setEntries(entries); // a run left the log: everything anew
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::HistoryModel::SortRole);
        proxy.sort(ui::HistoryModel::TimeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ui::HistoryModel::ServerColumn).data().toString(),
                 QStringLiteral("CA02"));
        QCOMPARE(proxy.index(2, ui::HistoryModel::ServerColumn).data().toString(),
                 QStringLiteral("CA03"));
        // By size in bytes, not by the text "100 bytes" against "4.9 KiB".
        proxy.sort(ui::HistoryModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ui::HistoryModel::ServerColumn).data().toString(),
                 QStringLiteral("CA03"));
        QCOMPARE(proxy.index(1, ui::HistoryModel::ServerColumn).data().toString(),
                 QStringLiteral("CA02"));
    }

    void historyFiguresFollowTheLocale()
    {
        // "2,5 s" beside "1,0 KiB" in German, not "2.5 s".
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ui::HistoryModel model;
        model.setEntries(
            {{engine::HistoryEntry::Origin::RunLog,
              run(QStringLiteral("CA01"), QString(), QStringLiteral("2026-12-01T09:00:00Z"),
                  engine::RunOutcome::Succeeded, QStringLiteral("/b/CA01/set"))}});
        const QString duration = model.index(0, ui::HistoryModel::DurationColumn).data().toString();
        const QString size = model.index(0, ui::HistoryModel::SizeColumn).data().toString();
        QLocale::setDefault(previous);
        QCOMPARE(duration, QStringLiteral("2,5 s"));
        QVERIFY2(size.contains(QLatin1Char(',')), qPrintable(size));
    }

    void failuresInTheOperatorsLanguage()
    {
        // A run the CLI recorded in English: a known code is described in German, with its
        // next step; an unknown code keeps the recorded words.
        testing::TestLanguage language;
        QVERIFY(language.use(QStringLiteral("de")));
        engine::RunRecord rpc =
            run(QStringLiteral("CA01"), QString(), QStringLiteral("2026-12-01T09:00:00Z"),
                engine::RunOutcome::Failed);
        rpc.hresult = QStringLiteral("0x800706BA");
        rpc.message = QStringLiteral("The RPC server is unavailable.");
        rpc.action = QStringLiteral("Check that the server is running.");
        engine::RunRecord odd = rpc;
        odd.time = odd.time.addSecs(60);
        odd.hresult = QStringLiteral("0x8FFF1234");
        odd.message = QStringLiteral("Something only this run knows.");
        engine::RunRecord cancelled = rpc;
        cancelled.time = cancelled.time.addSecs(120);
        cancelled.outcome = engine::RunOutcome::Cancelled;
        ui::HistoryModel model;
        model.setEntries({{engine::HistoryEntry::Origin::RunLog, rpc},
                          {engine::HistoryEntry::Origin::RunLog, odd},
                          {engine::HistoryEntry::Origin::RunLog, cancelled}});
        const QModelIndex failed = model.index(0, ui::HistoryModel::ResultColumn);
        QVERIFY2(failed.data().toString().contains(QStringLiteral("RPC-Server")),
                 qPrintable(failed.data().toString()));
        const QString tip = failed.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("0x800706BA")), qPrintable(tip));
        QVERIFY2(!tip.contains(rpc.action), qPrintable(tip)); // the German next step instead
        QVERIFY2(tip.contains(rpc.message), qPrintable(tip)); // the recorded words kept there
        QVERIFY(
            model.index(1, ui::HistoryModel::ResultColumn).data().toString().contains(odd.message));

        // States as icons; red for failures only, not for a cancellation.
        QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QModelIndex cancel = model.index(2, ui::HistoryModel::ResultColumn);
        QVERIFY(!cancel.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(failed.data(Qt::ForegroundRole).isValid());
        QVERIFY(!cancel.data(Qt::ForegroundRole).isValid());

        ui::ServerModel servers;
        engine::InventoryServer ca01 = server(QStringLiteral("CA01"), QString());
        ca01.lastBackup = cancelled;
        engine::InventoryServer ca02 = server(QStringLiteral("CA02"), QString());
        ca02.lastBackup = rpc;
        ca02.lastFull = QDateTime::currentDateTimeUtc().addDays(-30);
        servers.setServers({ca01, ca02}, 7);
        const QModelIndex lastCancelled = servers.index(0, ui::ServerModel::LastBackupColumn);
        const QModelIndex lastFailed = servers.index(1, ui::ServerModel::LastBackupColumn);
        QVERIFY(!lastCancelled.data(Qt::ForegroundRole).isValid());
        QVERIFY(lastFailed.data(Qt::ForegroundRole).isValid());
        QVERIFY(lastFailed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("RPC-Server")));
        QVERIFY(!lastFailed.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!servers.index(0, ui::ServerModel::StateColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        const QModelIndex oldFull = servers.index(1, ui::ServerModel::LastFullColumn);
        QVERIFY(!oldFull.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(oldFull.data(Qt::ToolTipRole).toString().contains(QStringLiteral("7")));
    }

    void profileModel()
    {
        ui::ProfileModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        profiles::Profile nightly;
        nightly.name = QStringLiteral("Nightly");
        nightly.server = QStringLiteral("CA01");
        nightly.keepFull = 3;
        model.setProfiles({nightly});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nightly")), 0);
        QCOMPARE(model.index(0, ui::ProfileModel::ServerColumn).data().toString(),
                 QStringLiteral("CA01"));
        QCOMPARE(model.index(0, ui::ProfileModel::ServerColumn)
                     .data(ui::ProfileModel::NameRole)
                     .toString(),
                 QStringLiteral("Nightly"));
        model.setProfiles({});
        QCOMPARE(model.rowCount(), 0);
    }

    void twoNamesOfOneCaAreOneRow()
    {
        const engine::RunLog log;
        const QString root = QStringLiteral("Contoso Root CA");
        QVERIFY(log.append(run(QStringLiteral("CA01"), root, QStringLiteral("2026-12-01T10:00:00Z"),
                               engine::RunOutcome::Failed)));
        QVERIFY(
            log.append(run(QStringLiteral("ca01.contoso.local"), root,
                           QStringLiteral("2026-12-02T10:00:00Z"), engine::RunOutcome::Failed)));
        QVERIFY(
            log.append(run(QStringLiteral("CA02"), QStringLiteral("Other CA"),
                           QStringLiteral("2026-12-02T11:00:00Z"), engine::RunOutcome::Failed)));
        ui::MainWindow window(nullptr, QStringLiteral("No library in this test."));
        QSignalSpy refreshed(&window, &ui::MainWindow::refreshed);
        QVERIFY(refreshed.wait(10000));
        auto *table = window.findChild<QTableView *>(QStringLiteral("serverTable"));
        QVERIFY(table != nullptr);
        QCOMPARE(table->model()->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            names << table->model()->index(row, 0).data(ui::ServerModel::ServerRole).toString();
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("ca01.contoso.local"), QStringLiteral("CA02")}));
        // The history keeps both runs, each under the name it was run with.
        QCOMPARE(
            window.findChild<QTableView *>(QStringLiteral("historyTable"))->model()->rowCount(), 3);
    }

    void serverTableFitsAnSmallWindow()
    {
        // German, 800 px, a server whose last run failed and one without a full set: the table
        // does not scroll sideways, also after a refresh that makes texts longer.
        testing::TestLanguage language;
        QVERIFY(language.use(QStringLiteral("de")));
        const engine::RunLog log;
        QVERIFY(log.append(run(QStringLiteral("CA01"), QStringLiteral("Contoso Issuing CA 01"),
                               QStringLiteral("2026-12-01T10:00:00Z"),
                               engine::RunOutcome::Succeeded, QStringLiteral("/b/CA01/set"))));
        ui::MainWindow window(nullptr, QStringLiteral("No library in this test."));
        QSignalSpy refreshed(&window, &ui::MainWindow::refreshed);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        auto *table = window.findChild<QTableView *>(QStringLiteral("serverTable"));
        int headers = 0;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            headers += table->horizontalHeader()->sectionSizeHint(column);
        }
        if (headers > table->viewport()->width()) {
            // Wine without fonts draws every letter as a wide box.
            QSKIP("this platform's font makes the column headers alone wider than 800 px");
        }
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);

        engine::RunRecord failed =
            run(QStringLiteral("CA02.corp.contoso.example"), QStringLiteral("Contoso Policy CA"),
                QStringLiteral("2026-12-02T10:00:00Z"), engine::RunOutcome::Failed);
        failed.type = engine::SetType::LogsOnly;
        failed.hresult = QStringLiteral("0x800706BA");
        QVERIFY(log.append(failed));
        window.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(table->model()->rowCount(), 2);
        QCoreApplication::processEvents(); // the scroll range follows the new widths
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    }

    void emptyTablesSayWhatToDo()
    {
        // Once loaded, an empty table says what to do first; it says nothing while loading, and
        // goes when a row comes.
        ui::MainWindow window(nullptr, QStringLiteral("No library in this test."));
        QSignalSpy refreshed(&window, &ui::MainWindow::refreshed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *servers = window.findChild<QLabel *>(QStringLiteral("serverTableEmptyState"));
        auto *history = window.findChild<QLabel *>(QStringLiteral("historyTableEmptyState"));
        QVERIFY(servers != nullptr && history != nullptr);
        if (refreshed.isEmpty()) {
            QVERIFY(servers->isHidden());
        }
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        QVERIFY(servers->isVisible());
        QVERIFY(servers->text().contains(QStringLiteral("Ctrl+N")));
        QVERIFY(history->isVisible());

        QVERIFY(engine::RunLog().append(run(QStringLiteral("CA01"), QStringLiteral("Root CA"),
                                            QStringLiteral("2026-12-01T10:00:00Z"),
                                            engine::RunOutcome::Succeeded)));
        window.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 10000);
        QVERIFY(servers->isHidden());
        QVERIFY(history->isHidden());
    }

    void refreshReadsProfilesSavedElsewhere()
    {
        ui::MainWindow window(nullptr, QStringLiteral("No library in this test."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("profileTable"));
        QCOMPARE(table->model()->rowCount(), 0);
        // As the command line saves one while the window is open.
        profiles::ProfileStore elsewhere;
        QString error;
        QVERIFY2(elsewhere.load(&error), qPrintable(error));
        profiles::Profile profile;
        profile.name = QStringLiteral("From the CLI");
        profile.server = QStringLiteral("CA09");
        profile.destination = m_home.filePath(QStringLiteral("cli"));
        QVERIFY2(elsewhere.save(profile, &error), qPrintable(error));
        QSignalSpy refreshed(&window, &ui::MainWindow::refreshed);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(refreshed.wait(10000));
        auto *servers = window.findChild<QTableView *>(QStringLiteral("serverTable"));
        bool listed = false;
        for (int row = 0; row < servers->model()->rowCount(); ++row) {
            listed |= servers->model()->index(row, 0).data(ui::ServerModel::ServerRole) ==
                      QStringLiteral("CA09");
        }
        QVERIFY(listed);
    }

    void tablesAreSortableSingleTabStops()
    {
        ui::MainWindow window(nullptr, QStringLiteral("No library in this test."));
        const QList<QTableView *> tables = window.findChildren<QTableView *>();
        QCOMPARE(tables.size(), 3);
        for (const QTableView *table : tables) {
            QVERIFY2(!table->tabKeyNavigation(), qPrintable(table->objectName()));
            QVERIFY2(table->isSortingEnabled(), qPrintable(table->objectName()));
            QVERIFY(qobject_cast<const QSortFilterProxyModel *>(table->model()) != nullptr);
        }
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Run log, settings, profiles and simulated servers of this test only.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("CERTSRV_SIM_HOME", home.filePath(QStringLiteral("sim")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CertSrvBackupManagerTests"));
    QApplication::setApplicationName(QStringLiteral("tst_models"));
    ui::initResources();
    TestModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_models.moc"
