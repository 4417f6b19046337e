// SPDX-License-Identifier: Apache-2.0
// The checks that look at every window, dialog and wizard page as it first shows (tst_windows):
// whether it fits an 800 x 600 screen with every text whole, and its keyboard access. Each check
// returns what is wrong, one line per problem, naming the control.
#pragma once

#include <QAbstractButton>
#include <QAccessible>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QMultiMap>
#include <QPushButton>
#include <QStringList>
#include <QTest>
#include <QWizard>

namespace testing {

// A control as a report names it: its object name (or class) and text.
inline QString nameOf(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                            : widget->objectName(),
             text.left(60));
}

// ---- Fit: nothing is cut off on an 800 x 600 screen.

// What a window manager's title bar and frame take from an 800 x 600 screen.
inline constexpr int kFrameWidth = 10;
inline constexpr int kFrameHeight = 40;
inline const QSize kScreen(800, 600);
inline const QSize kRoom = kScreen - QSize(kFrameWidth, kFrameHeight);

// The texts below `root` that do not get the room they need, as `root` is laid out now.
inline QStringList clippedTexts(QWidget *root)
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
inline QStringList windowProblems(QWidget *window)
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
inline QStringList wizardFitProblems(QWizard &wizard)
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

// ---- Keyboard: no two controls of a page share an Alt+letter, no label shows a literal "&",
// every control has a name a screen reader announces.

// The letter after a single '&' (lower case), or a null QChar.
inline QChar mnemonicOf(const QString &text)
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

// The controls below `root` that a screen reader would announce without a name: the walk a
// screen reader makes, through the accessibility tree (tables and lists as one control each).
inline QStringList unnamedControls(QWidget *root)
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
inline QStringList keyboardProblems(QWidget *root, const QList<QAbstractButton *> &extra = {})
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
inline QList<QAbstractButton *> wizardButtons(QWizard &wizard, int id,
                                              QList<QAbstractButton *> *owned)
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
inline QStringList wizardKeyboardProblems(QWizard &wizard)
{
    QStringList problems;
    const QList<int> ids = wizard.pageIds();
    for (const int id : ids) {
        QList<QAbstractButton *> owned;
        const QStringList pageProblems =
            keyboardProblems(wizard.page(id), wizardButtons(wizard, id, &owned));
        qDeleteAll(owned);
        for (const QString &problem : pageProblems) {
            problems.append(QStringLiteral("page %1 (%2): %3")
                                .arg(id)
                                .arg(wizard.page(id)->metaObject()->className(), problem));
        }
    }
    return problems;
}

} // namespace testing
