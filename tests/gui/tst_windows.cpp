// SPDX-License-Identifier: Apache-2.0
// Every window, dialog and wizard page as it first shows, in English, German and French:
// - it fits an 800 x 600 screen with its title bar, each label, button and check box gets the
//   room its text needs (a word-wrapped label the height of all its lines), and no toolbar
//   button hides behind the overflow;
// - no two controls of a page share an Alt+letter (buttons count while hidden, labels while
//   shown), no label shows a literal "&" because its mnemonic has no control to go to, and every
//   control has a name a screen reader can announce.
#include "ui/backupwizard.h"
#include "ui/mainwindow.h"
#include "ui/restorewizard.h"
#include "ui/settingsdialog.h"
#include "testlanguage.h"
#include "testwindows.h"
#include "windowchecks.h"

#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

namespace {

// The problems of both checks, each line said with the check that found it.
QStringList both(const QStringList &fit, const QStringList &keyboard)
{
    QStringList problems;
    for (const QString &problem : fit) {
        problems.append(QStringLiteral("fit: ") + problem);
    }
    for (const QString &problem : keyboard) {
        problems.append(QStringLiteral("keyboard: ") + problem);
    }
    return problems;
}

// The main window's menus, tabs and toolbar: the menu titles, the tabs and the history's label
// show together; each menu's entries among themselves. Every toolbar button shows.
QStringList mainWindowKeyboardProblems(QMainWindow &window)
{
    QList<QAbstractButton *> owned;
    const auto standIn = [&owned](const QString &text, const QString &name) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        owned.append(button);
        return static_cast<QAbstractButton *>(button);
    };
    QList<QAbstractButton *> shown;
    QStringList problems;
    const QList<QAction *> menus = window.menuBar()->actions();
    if (menus.size() < 4) {
        problems.append(
            QStringLiteral("the menu bar has %1 menus, not File, Backup, Profiles, Help")
                .arg(menus.size()));
    }
    for (QAction *menu : menus) {
        shown.append(standIn(menu->text(), QStringLiteral("menu")));
        QWidget entries;
        QList<QAbstractButton *> items;
        for (QAction *item : menu->menu()->actions()) {
            if (!item->isSeparator()) {
                items.append(standIn(item->text(), item->objectName()));
            }
        }
        for (const QString &problem : testing::keyboardProblems(&entries, items)) {
            problems.append(menu->text() + QStringLiteral(": ") + problem);
        }
    }
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            shown.append(standIn(tabs->tabText(i), QStringLiteral("tab")));
        }
    }
    problems += testing::keyboardProblems(&window, shown);
    qDeleteAll(owned);
    return problems;
}

QStringList toolbarOverflow(QMainWindow &window)
{
    QStringList problems;
    for (QToolBar *toolbar : window.findChildren<QToolBar *>()) {
        for (QAction *action : toolbar->actions()) {
            QWidget *button = toolbar->widgetForAction(action);
            if (!action->isSeparator() && action->isVisible() &&
                (button == nullptr || !button->isVisible())) {
                problems.append(
                    QStringLiteral("toolbar: \"%1\" is behind the overflow").arg(action->text()));
            }
        }
    }
    return problems;
}

} // namespace

class TestWindows final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    testing::TestLanguage m_language;

private Q_SLOTS:
    void initTestCase()
    {
        // Whatever the test's own screen, each window is brought down to what 800 x 600 leaves.
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { m_language.reset(); }

    void fitCheckSeesClippedText()
    {
        // The checker itself: a label squeezed below its text and a wrapped one without height.
        QWidget window;
        window.setObjectName(QStringLiteral("window"));
        auto *plain =
            new QLabel(QStringLiteral("A label whose text is longer than its room"), &window);
        plain->setGeometry(0, 0, 40, 20);
        auto *wrapped = new QLabel(QStringLiteral("Words that wrap onto many lines in a narrow "
                                                  "label that is one line high"),
                                   &window);
        wrapped->setWordWrap(true);
        wrapped->setGeometry(0, 30, 60, 16);
        window.resize(200, 100);
        QCOMPARE(testing::clippedTexts(&window).size(), 2);
        plain->resize(plain->minimumSizeHint());
        wrapped->resize(60, wrapped->heightForWidth(60));
        QVERIFY2(testing::clippedTexts(&window).isEmpty(),
                 qPrintable(testing::clippedTexts(&window).join(QLatin1Char('\n'))));
    }

    void keyboardCheckReadsMnemonics()
    {
        // The checker itself: a clash and a label without a buddy are found.
        QWidget window;
        auto *first = new QLabel(QStringLiteral("&Server:"), &window);
        first->setBuddy(new QLineEdit(&window));
        new QGroupBox(QStringLiteral("&Settings"), &window);
        new QLabel(QStringLiteral("&Destination:"), &window);
        new QLabel(QStringLiteral("Fish && chips"), &window);
        const QStringList problems = testing::keyboardProblems(&window);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Alt+s")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("no buddy")));
    }

    void keyboardCheckFindsUnnamedControls()
    {
        // The walk itself: a field without label or name is found, a labelled one is not.
        QWidget window;
        auto *label = new QLabel(QStringLiteral("Server:"), &window);
        label->setBuddy(new QLineEdit(&window));
        auto *unnamed = new QLineEdit(&window);
        unnamed->setObjectName(QStringLiteral("unnamedEdit"));
        const QStringList problems = testing::unnamedControls(&window);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("unnamedEdit")),
                 qPrintable(problems.first()));
        unnamed->setAccessibleName(QStringLiteral("Notes"));
        QVERIFY(testing::unnamedControls(&window).isEmpty());
    }

    void backupWizard_data() { testing::TestLanguage::addRows(); }
    void backupWizard()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        ui::BackupWizard wizard(nullptr, {});
        const QStringList problems =
            both(testing::wizardFitProblems(wizard), testing::wizardKeyboardProblems(wizard));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void restoreWizard_data() { testing::TestLanguage::addRows(); }
    void restoreWizard()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        for (const auto mode : {ui::RestoreWizard::Mode::Restore, ui::RestoreWizard::Mode::Drill}) {
            ui::RestoreWizard wizard(mode, nullptr, QString());
            const QStringList problems =
                both(testing::wizardFitProblems(wizard), testing::wizardKeyboardProblems(wizard));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void profileDialog_data() { testing::TestLanguage::addRows(); }
    void profileDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        testing::ProfileDialogUnderTest under(
            m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(language)));
        QVERIFY2(under.loaded(), qPrintable(under.error()));
        const QStringList problems = both(testing::windowProblems(under.dialog()),
                                          testing::keyboardProblems(under.dialog()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void settingsDialog_data() { testing::TestLanguage::addRows(); }
    void settingsDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        ui::SettingsDialog dialog({m_dir.path(), 7});
        const QStringList problems =
            both(testing::windowProblems(&dialog), testing::keyboardProblems(&dialog));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void mainWindow_data() { testing::TestLanguage::addRows(); }
    void mainWindow()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        ui::MainWindow window(nullptr, QStringLiteral("No library in this test."));
        QStringList fit = testing::windowProblems(&window); // shows it: the toolbar after
        fit += toolbarOverflow(window);
        const QStringList problems = both(fit, mainWindowKeyboardProblems(window));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestWindows)
#include "tst_windows.moc"
