// SPDX-License-Identifier: Apache-2.0
// Keyboard access of every window, dialog and wizard page, in English, German and French: no two
// controls of a page share an Alt+letter (buttons count while hidden, labels while shown), and no
// label shows a literal "&" because its mnemonic has no control to go to; and every control has a
// name a screen reader can announce.
#include "backupwizard.h"
#include "mainwindow.h"
#include "restorewizard.h"
#include "settingsdialog.h"
#include "testlanguage.h"
#include "testwindows.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The letter after a single '&' (lower case), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString nameOf(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                            : widget->objectName(),
             text);
}

// The controls below `root` that a screen reader would announce without a name: the walk a
// screen reader makes, through the accessibility tree (tables and lists as one control each).
QStringList unnamedControls(QWidget *root)
{
    static const QList<QAccessible::Role> controls{
        QAccessible::Button,   QAccessible::CheckBox,   QAccessible::RadioButton,
        QAccessible::ComboBox, QAccessible::SpinBox,    QAccessible::EditableText,
        QAccessible::Table,    QAccessible::List,       QAccessible::Tree,
        QAccessible::Slider,   QAccessible::PageTabList};
    QStringList problems;
    QList<QAccessibleInterface *> pending{QAccessible::queryAccessibleInterface(root)};
    while (!pending.isEmpty()) {
        QAccessibleInterface *node = pending.takeFirst();
        if (node == nullptr) {
            continue;
        }
        auto *widget = qobject_cast<QWidget *>(node->object());
        if (widget != nullptr && widget != root && !widget->isVisibleTo(root)) {
            continue;
        }
        const QAccessible::Role role = node->role();
        if (controls.contains(role)) {
            if (node->text(QAccessible::Name).trimmed().isEmpty()) {
                problems.append(QStringLiteral("%1 has no accessible name")
                                    .arg(widget != nullptr ? nameOf(widget, QString())
                                                           : QString::number(role)));
            }
            if (role == QAccessible::Table || role == QAccessible::List ||
                role == QAccessible::Tree) {
                continue; // its cells are data, named by their text
            }
        }
        for (int i = 0; i < node->childCount(); ++i) {
            pending.append(node->child(i));
        }
    }
    return problems;
}

// The problems of the controls below `root` that the user sees together with it, plus `extra`
// (a wizard's own buttons): every letter used twice, every label whose '&' goes nowhere.
QStringList problemsOf(QWidget *root, const QList<QAbstractButton *> &extra = {})
{
    QMultiMap<QChar, QString> letters;
    QStringList problems;
    auto add = [&](const QWidget *widget, const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull()) {
            letters.insert(letter, nameOf(widget, text));
        }
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QAbstractButton *button : extra) {
        if (button != nullptr) {
            add(button, button->text());
        }
    }
    for (QWidget *widget : std::as_const(widgets)) {
        // Buttons count even while hidden: a page shows different ones as a run goes on (Retry,
        // Open folder beside Finish), and each must keep its letter.
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button, button->text());
            continue;
        }
        if (!widget->isVisibleTo(root)) {
            continue;
        }
        if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            add(box, box->title());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->textFormat() == Qt::RichText || mnemonicOf(label->text()).isNull()) {
                continue;
            }
            if (label->buddy() == nullptr) {
                problems.append(QStringLiteral("%1 shows its '&': it has no buddy control")
                                    .arg(nameOf(label, label->text())));
            } else {
                add(label, label->text());
            }
        }
    }
    problems += unnamedControls(root);
    for (const QChar letter : letters.uniqueKeys()) {
        const QStringList users = letters.values(letter);
        if (users.size() > 1) {
            problems.append(
                QStringLiteral("Alt+%1: %2").arg(letter, users.join(QStringLiteral(", "))));
        }
    }
    return problems;
}

// The wizard's own buttons that show on page `id` (Back after the first page, Next or Commit
// before the last, Finish on the last, Cancel always), with that page's texts.
QList<QAbstractButton *> wizardButtons(QWizard &wizard, int id, QList<QAbstractButton *> *owned)
{
    const QWizardPage *page = wizard.page(id);
    QList<QWizard::WizardButton> shown{QWizard::CancelButton};
    if (id != wizard.startId()) {
        shown.append(QWizard::BackButton);
    }
    if (page->nextId() == -1 || page->isFinalPage()) {
        shown.append(QWizard::FinishButton);
    } else {
        shown.append(page->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    }
    QList<QAbstractButton *> buttons;
    for (const QWizard::WizardButton which : shown) {
        // A stand-in with the page's text and the real button's name, for the report.
        auto *button = new QPushButton(page->buttonText(which));
        button->setObjectName(wizard.button(which)->objectName());
        owned->append(button);
        buttons.append(button);
    }
    return buttons;
}

// Every page of `wizard` as it first shows, with the wizard's buttons.
QStringList wizardProblems(QWizard &wizard)
{
    QStringList problems;
    const QList<int> ids = wizard.pageIds();
    for (const int id : ids) {
        QList<QAbstractButton *> owned;
        const QStringList pageProblems =
            problemsOf(wizard.page(id), wizardButtons(wizard, id, &owned));
        qDeleteAll(owned);
        for (const QString &problem : pageProblems) {
            problems.append(QStringLiteral("page %1 (%2): %3")
                                .arg(id)
                                .arg(wizard.page(id)->metaObject()->className(), problem));
        }
    }
    return problems;
}

} // namespace

class TestAccelerators final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    testing::TestLanguage m_language;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_language.reset(); }

    void mnemonicsAreRead()
    {
        // The checker itself: a clash and a label without a buddy are found.
        QWidget window;
        auto *first = new QLabel(QStringLiteral("&Server:"), &window);
        first->setBuddy(new QLineEdit(&window));
        new QGroupBox(QStringLiteral("&Settings"), &window);
        new QLabel(QStringLiteral("&Destination:"), &window);
        new QLabel(QStringLiteral("Fish && chips"), &window);
        const QStringList problems = problemsOf(&window);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Alt+s")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("no buddy")));
    }

    void unnamedControlsAreFound()
    {
        // The walk itself: a field without label or name is found, a labelled one is not.
        QWidget window;
        auto *label = new QLabel(QStringLiteral("Server:"), &window);
        label->setBuddy(new QLineEdit(&window));
        auto *unnamed = new QLineEdit(&window);
        unnamed->setObjectName(QStringLiteral("unnamedEdit"));
        const QStringList problems = unnamedControls(&window);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("unnamedEdit")),
                 qPrintable(problems.first()));
        unnamed->setAccessibleName(QStringLiteral("Notes"));
        QVERIFY(unnamedControls(&window).isEmpty());
    }

    void profileDialog_data() { testing::TestLanguage::addRows(); }
    void profileDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        testing::ProfileDialogUnderTest under(
            m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(language)));
        QVERIFY2(under.loaded(), qPrintable(under.error()));
        const QStringList problems = problemsOf(under.dialog());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void settingsDialog_data() { testing::TestLanguage::addRows(); }
    void settingsDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        ui::SettingsDialog dialog({m_dir.path(), 7});
        const QStringList problems = problemsOf(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void backupWizard_data() { testing::TestLanguage::addRows(); }
    void backupWizard()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        ui::BackupWizard wizard(nullptr, {});
        const QStringList problems = wizardProblems(wizard);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void mainWindow_data() { testing::TestLanguage::addRows(); }
    void mainWindow()
    {
        // The menu titles, the tabs and the history's label show together; each menu's entries
        // among themselves.
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        ui::MainWindow window(nullptr, QStringLiteral("No library in this test."));
        QList<QAbstractButton *> owned;
        const auto standIn = [&owned](const QString &text, const QString &name) {
            auto *button = new QPushButton(text);
            button->setObjectName(name);
            owned.append(button);
            return static_cast<QAbstractButton *>(button);
        };
        QList<QAbstractButton *> shown;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QStringList problems;
        for (QAction *menu : menus) {
            shown.append(standIn(menu->text(), QStringLiteral("menu")));
            QWidget entries;
            QList<QAbstractButton *> items;
            for (QAction *item : menu->menu()->actions()) {
                if (!item->isSeparator()) {
                    items.append(standIn(item->text(), item->objectName()));
                }
            }
            for (const QString &problem : problemsOf(&entries, items)) {
                problems.append(menu->text() + QStringLiteral(": ") + problem);
            }
        }
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                shown.append(standIn(tabs->tabText(i), QStringLiteral("tab")));
            }
        }
        problems += problemsOf(&window, shown);
        qDeleteAll(owned);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void restoreWizard_data() { testing::TestLanguage::addRows(); }
    void restoreWizard()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        for (const auto mode : {ui::RestoreWizard::Mode::Restore, ui::RestoreWizard::Mode::Drill}) {
            ui::RestoreWizard wizard(mode, nullptr, QString());
            const QStringList problems = wizardProblems(wizard);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
