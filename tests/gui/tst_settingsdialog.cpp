// SPDX-License-Identifier: Apache-2.0
// The settings dialog keeps a default destination only where sets can go: a relative path, a
// file, a read-only folder and a kernel file system are refused with the reason, and the dialog
// stays open to fix it; a good folder (also one still to be created) is kept.
#include "ui/settingsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

class TestSettingsDialog final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Types `destination` and presses OK; returns the reason shown, or "accepted".
    static QString confirm(ui::SettingsDialog &dialog, const QString &destination)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("defaultDestinationEdit"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("destinationProblem"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (edit == nullptr || problem == nullptr || ok == nullptr) {
            return QStringLiteral("controls missing");
        }
        edit->setText(destination);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(ok, Qt::LeftButton);
        // The folder is looked at off the GUI thread: an answer is a reason or the dialog closing.
        if (!QTest::qWaitFor([&] { return !accepted.isEmpty() || problem->isVisible(); }, 10000)) {
            return QStringLiteral("no answer");
        }
        return accepted.isEmpty() ? problem->text() : QStringLiteral("accepted");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusesWithTheReason_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("reason");
        QTest::newRow("relative") << QStringLiteral("backups") << QStringLiteral("not a full path");
        QTest::newRow("file") << QStringLiteral("FILE") << QStringLiteral("is a file");
#ifdef Q_OS_LINUX
        QTest::newRow("kernel") << QStringLiteral("/proc/ca-backups")
                                << QStringLiteral("operating system's state");
#endif
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("Enter the folder");
    }

    void refusesWithTheReason()
    {
        QFETCH(QString, destination);
        QFETCH(QString, reason);
        if (destination == QLatin1String("FILE")) {
            destination = m_dir.filePath(QStringLiteral("a-file"));
            QFile file(destination);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        ui::SettingsDialog dialog({m_dir.path(), 7});
        dialog.show();
        const QString answer = confirm(dialog, destination);
        QVERIFY2(answer.contains(reason), qPrintable(answer));
        QVERIFY(dialog.isVisible());
        // The reason shows whole: the dialog grew by its lines.
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("destinationProblem"));
        QTRY_VERIFY2(problem->height() >= problem->heightForWidth(problem->width()),
                     qPrintable(QStringLiteral("%1 px high, needs %2")
                                    .arg(problem->height())
                                    .arg(problem->heightForWidth(problem->width()))));
    }

    void readOnlyFolderIsRefused()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0) {
            QSKIP("root writes into read-only folders");
        }
#else
        QSKIP("a folder's read-only attribute does not keep files out on Windows");
#endif
        const QString folder = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        ui::SettingsDialog dialog({m_dir.path(), 7});
        dialog.show();
        const QString answer = confirm(dialog, folder + QStringLiteral("/sets"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        QVERIFY2(answer.contains(QStringLiteral("cannot be written")), qPrintable(answer));
    }

    void keepsAGoodFolder()
    {
        ui::SettingsDialog dialog({m_dir.path(), 7});
        dialog.findChild<QSpinBox *>(QStringLiteral("warningDaysSpin"))->setValue(14);
        dialog.show();
        // A folder the first backup creates: its parent decides.
        const QString folder = m_dir.filePath(QStringLiteral("CA backups/new"));
        QCOMPARE(confirm(dialog, QDir::toNativeSeparators(folder)), QStringLiteral("accepted"));
        QCOMPARE(dialog.values().defaultDestination, folder);
        QCOMPARE(dialog.values().fullBackupWarningDays, 14);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
