// SPDX-License-Identifier: Apache-2.0
// Nothing is cut off on an 800 x 600 screen, in English, German or French: every window, dialog
// and wizard page fits the screen with its title bar, and each of its labels, buttons and check
// boxes gets the room its text needs (a word-wrapped label the height of all its lines).
#include "backupwizard.h"
#include "mainwindow.h"
#include "restorewizard.h"
#include "settingsdialog.h"
#include "testlanguage.h"
#include "testwindows.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

namespace {

// What a window manager's title bar and frame take from an 800 x 600 screen.
constexpr int kFrameWidth = 10;
constexpr int kFrameHeight = 40;
const QSize kScreen(800, 600);
const QSize kRoom = kScreen - QSize(kFrameWidth, kFrameHeight);

QString nameOf(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                            : widget->objectName(),
             text.left(60));
}

// The texts below `root` that do not get the room they need, as `root` is laid out now.
QStringList clippedTexts(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->window() != root->window()) {
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty() || label->pixmap().cacheKey() != 0) {
                continue;
            }
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (label->height() < needed) {
                    problems.append(QStringLiteral("%1: %2 px high, its lines need %3")
                                        .arg(nameOf(label, label->text()))
                                        .arg(label->height())
                                        .arg(needed));
                }
            } else if (label->width() < label->minimumSizeHint().width()) {
                problems.append(QStringLiteral("%1: %2 px wide, its text needs %3")
                                    .arg(nameOf(label, label->text()))
                                    .arg(label->width())
                                    .arg(label->minimumSizeHint().width()));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width()) {
                problems.append(QStringLiteral("%1: %2 px wide, its text needs %3")
                                    .arg(nameOf(button, button->text()))
                                    .arg(button->width())
                                    .arg(button->minimumSizeHint().width()));
            }
        }
    }
    return problems;
}

// A top-level window as it first shows: it fits the screen, and so do its texts.
QStringList windowProblems(QWidget *window)
{
    QStringList problems;
    window->show();
    if (!QTest::qWaitForWindowExposed(window)) {
        return {QStringLiteral("the window did not show")};
    }
    // Where a window manager would make it as small as it can be, to fit the screen.
    window->resize(window->size().boundedTo(kRoom).expandedTo(window->minimumSizeHint()));
    if (window->layout() != nullptr) {
        window->layout()->activate();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    if (window->width() > kRoom.width() || window->height() > kRoom.height()) {
        problems.append(QStringLiteral("%1 is %2 x %3: more than an 800 x 600 screen has")
                            .arg(window->objectName())
                            .arg(window->width())
                            .arg(window->height()));
    }
    problems += clippedTexts(window);
    return problems;
}

// Every page of `wizard` laid out in the room its current page has.
QStringList wizardProblems(QWizard &wizard)
{
    QStringList problems = windowProblems(&wizard);
    const QRect area = wizard.currentPage()->geometry();
    for (const int id : wizard.pageIds()) {
        QWizardPage *page = wizard.page(id);
        page->setGeometry(area);
        page->layout()->invalidate();
        page->layout()->activate();
        const int needed = page->layout()->hasHeightForWidth()
                               ? page->layout()->totalHeightForWidth(area.width())
                               : page->layout()->totalMinimumSize().height();
        if (needed > area.height()) {
            problems.append(QStringLiteral("page %1 (%2) needs %3 px of height, has %4")
                                .arg(id)
                                .arg(QString::fromLatin1(page->metaObject()->className()))
                                .arg(needed)
                                .arg(area.height()));
        }
        for (const QString &problem : clippedTexts(page)) {
            problems.append(
                QStringLiteral("page %1 (%2): %3")
                    .arg(id)
                    .arg(QString::fromLatin1(page->metaObject()->className()), problem));
        }
    }
    return problems;
}

} // namespace

class TestLayoutFit final : public QObject {
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

    void checkerSeesClippedText()
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
        QCOMPARE(clippedTexts(&window).size(), 2);
        plain->resize(plain->minimumSizeHint());
        wrapped->resize(60, wrapped->heightForWidth(60));
        QVERIFY2(clippedTexts(&window).isEmpty(),
                 qPrintable(clippedTexts(&window).join(QLatin1Char('\n'))));
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

    void profileDialog_data() { testing::TestLanguage::addRows(); }
    void profileDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        testing::ProfileDialogUnderTest under(
            m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(language)));
        QVERIFY2(under.loaded(), qPrintable(under.error()));
        const QStringList problems = windowProblems(under.dialog());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void settingsDialog_data() { testing::TestLanguage::addRows(); }
    void settingsDialog()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        ui::SettingsDialog dialog({m_dir.path(), 7});
        const QStringList problems = windowProblems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void mainWindow_data() { testing::TestLanguage::addRows(); }
    void mainWindow()
    {
        QFETCH(QString, language);
        QVERIFY(m_language.use(language));
        ui::MainWindow window(nullptr, QStringLiteral("No library in this test."));
        QStringList problems = windowProblems(&window);
        // Every toolbar button shows: none is hidden behind the toolbar's overflow arrow.
        for (QToolBar *toolbar : window.findChildren<QToolBar *>()) {
            for (QAction *action : toolbar->actions()) {
                QWidget *button = toolbar->widgetForAction(action);
                if (!action->isSeparator() && action->isVisible() &&
                    (button == nullptr || !button->isVisible())) {
                    problems.append(QStringLiteral("toolbar: \"%1\" is behind the overflow")
                                        .arg(action->text()));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
