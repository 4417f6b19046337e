// SPDX-License-Identifier: Apache-2.0
// Walks the backup wizard as an operator does, with mouse and keys: the server typed and checked,
// the type chosen, the destination typed, the summary, Start. Shared by the GUI tests of the
// Linux build and the Windows build under Wine. On a failed check the helper returns early with
// the test marked failed (QTest's macros), which the caller's next check then reports as well.
#pragma once

#include "ui/backupwizard.h"
#include "ui/summarypage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace testing {

inline QAbstractButton *nextButton(ui::BackupWizard *wizard)
{
    return wizard->button(QWizard::NextButton);
}

inline QLabel *resultLabel(ui::BackupWizard *wizard)
{
    return wizard->findChild<QLabel *>(QStringLiteral("resultLabel"));
}

// Types a server name on page 1 and asks for the online check.
inline void chooseServer(ui::BackupWizard *wizard, const QString &server)
{
    QCOMPARE(wizard->currentId(), int(ui::BackupWizard::ServerPageId));
    auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("serverCombo"));
    QVERIFY(combo != nullptr);
    combo->lineEdit()->clear();
    combo->setFocus();
    QTest::keyClicks(combo->lineEdit(), server);
    auto *check = wizard->findChild<QPushButton *>(QStringLiteral("checkServerButton"));
    QTest::mouseClick(check, Qt::LeftButton);
}

struct WizardWalk {
    QString server;
    QString caName; // what the destination preview must name
    QString destination;
    bool logsOnly = false;
    QString profileName;      // saves the choices as a profile when set
    bool stopAtStart = false; // leaves the Start click to the caller
};

// From page 1 to the progress page, started; the backup then runs. With `stopAtStart`, to the
// summary page with Start visible.
inline void walkToStart(ui::BackupWizard *wizard, const WizardWalk &walk)
{
    chooseServer(wizard, walk.server);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 10000);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::BackupWizard::TypePageId));
    auto *radio = wizard->findChild<QRadioButton *>(walk.logsOnly ? QStringLiteral("logsRadio")
                                                                  : QStringLiteral("fullRadio"));
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(4, radio->height() / 2));
    QVERIFY(radio->isChecked());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::BackupWizard::DestinationPageId));
    auto *dest = wizard->findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
    dest->selectAll();
    QTest::keyClicks(dest, walk.destination);
    QTRY_VERIFY(nextButton(wizard)->isEnabled());
    auto *preview = wizard->findChild<QLabel *>(QStringLiteral("setPathPreview"));
    if (!walk.caName.isEmpty()) {
        QVERIFY2(preview->text().contains(walk.caName), qPrintable(preview->text()));
    }
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::BackupWizard::SummaryPageId));
    const QString summary = wizard->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY(summary.contains(walk.server));
    // The walk takes no key: the summary says that the set will not hold it.
    QVERIFY2(summary.contains(ui::SummaryPage::tr("not included: the set restores the database, "
                                                  "not the CA's private key")),
             qPrintable(summary));
    QAbstractButton *start = wizard->button(QWizard::CommitButton);
    QVERIFY(start->isVisible());
    if (!walk.profileName.isEmpty()) {
        auto *save = wizard->findChild<QCheckBox *>(QStringLiteral("saveProfileCheck"));
        QVERIFY(save->isVisible());
        save->setChecked(true);
        auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
        name->clear();
        QTest::keyClicks(name, walk.profileName);
    }
    if (walk.stopAtStart) {
        return;
    }
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ui::BackupWizard::ProgressPageId));
    // A commit page: no way back once it started.
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() ||
            !wizard->button(QWizard::BackButton)->isEnabled());
}

} // namespace testing
