// SPDX-License-Identifier: Apache-2.0
// The profile editor: validation, the key password going to the keychain, and a keychain that
// is unavailable offering "ask me each time" or "keep for this session" instead of storing the
// secret anywhere else.
#include "fakesecretstore.h"
#include "profiles/memorysecretstore.h"
#include "ui/profiledialog.h"
#include "profiles/profilestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// Clicks the button with `text` on the next message box that shows.
void answerNextMessageBox(const QString &text)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == text) {
                    button->click();
                    timer->deleteLater();
                    return;
                }
            }
        }
    });
    timer->start(30);
}

} // namespace

class TestProfileDialog final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    void fill(ui::ProfileDialog &dialog, const QString &name, const QString &password,
              const QString &confirm)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(name);
        dialog.findChild<QComboBox *>(QStringLiteral("profileServerCombo"))
            ->setEditText(QStringLiteral("CA01"));
        dialog.findChild<QLineEdit *>(QStringLiteral("profileDestinationEdit"))
            ->setText(m_dir.filePath(QStringLiteral("backups")));
        dialog.findChild<QCheckBox *>(QStringLiteral("profileIncludeKeyCheck"))->setChecked(true);
        dialog.findChild<QRadioButton *>(QStringLiteral("profileKeyKeychainRadio"))
            ->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("profileKeyPasswordEdit"))->setText(password);
        dialog.findChild<QLineEdit *>(QStringLiteral("profileKeyConfirmEdit"))->setText(confirm);
    }

    profiles::Profile keyedProfile(const QString &name) const
    {
        profiles::Profile p;
        p.name = name;
        p.server = QStringLiteral("CA01");
        p.destination = m_dir.filePath(QStringLiteral("backups"));
        p.includeKey = true;
        p.keyPasswordSource = profiles::KeyPasswordSource::Keychain;
        return p;
    }

    QString error(ui::ProfileDialog &dialog)
    {
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("profileErrorLabel"));
        return label->isHidden() ? QString() : label->text();
    }

private Q_SLOTS:
    void passwordGoesToTheKeychain()
    {
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("a.ini")));
        QString loadError;
        QVERIFY(store.load(&loadError));
        profiles::FakeSecretStore keychain;
        profiles::MemorySecretStore session;
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Create, profiles::Profile(), &store,
                                 &keychain, &session, {QStringLiteral("CA01")});
        fill(dialog, QStringLiteral("Nightly"), QStringLiteral("s3cret!-nightly-key"),
             QStringLiteral("other"));
        dialog.accept();
        QVERIFY(error(dialog).contains(QStringLiteral("differ")));
        QVERIFY(!store.find(QStringLiteral("Nightly")));

        fill(dialog, QStringLiteral("Nightly"), QStringLiteral("s3cret!-nightly-key"),
             QStringLiteral("s3cret!-nightly-key"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(store.find(QStringLiteral("Nightly")).has_value());
        QCOMPARE(
            keychain.contents().value(profiles::keyPasswordSecretKey(QStringLiteral("Nightly"))),
            QStringLiteral("s3cret!-nightly-key"));
        QVERIFY(!dialog.usesSessionSecret());
        // The profile file never holds the password.
        QFile ini(store.path());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("s3cret!-nightly-key"));
    }

    void unavailableKeychainKeepsForTheSession()
    {
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("b.ini")));
        QString loadError;
        QVERIFY(store.load(&loadError));
        profiles::FakeSecretStore keychain;
        keychain.setBehaviour(profiles::SecretStatus::Unavailable,
                              QStringLiteral("No keychain service available"));
        profiles::MemorySecretStore session;
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Create, profiles::Profile(), &store,
                                 &keychain, &session, {});
        fill(dialog, QStringLiteral("Weekly"), QStringLiteral("weekly-key-pw-123"),
             QStringLiteral("weekly-key-pw-123"));
        answerNextMessageBox(ui::ProfileDialog::tr("Keep for this session"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.usesSessionSecret());
        QVERIFY(keychain.contents().isEmpty());
        const profiles::SecretResult kept =
            session.readBlocking(profiles::keyPasswordSecretKey(QStringLiteral("Weekly")));
        QVERIFY(kept.ok());
        QCOMPARE(kept.secret, QStringLiteral("weekly-key-pw-123"));
    }

    void unavailableKeychainAskEachTime()
    {
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("c.ini")));
        QString loadError;
        QVERIFY(store.load(&loadError));
        profiles::FakeSecretStore keychain;
        keychain.setBehaviour(profiles::SecretStatus::Denied, QStringLiteral("locked"));
        profiles::MemorySecretStore session;
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Create, profiles::Profile(), &store,
                                 &keychain, &session, {});
        fill(dialog, QStringLiteral("Monthly"), QStringLiteral("monthly-key-pw"),
             QStringLiteral("monthly-key-pw"));
        answerNextMessageBox(ui::ProfileDialog::tr("Ask me each time"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<profiles::Profile> saved = store.find(QStringLiteral("Monthly"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->keyPasswordSource, profiles::KeyPasswordSource::AskEachTime);
        QVERIFY(keychain.contents().isEmpty());
        QVERIFY(
            !session.readBlocking(profiles::keyPasswordSecretKey(QStringLiteral("Monthly"))).ok());
    }

    void dialogGoneBeforeTheKeychainAnswers()
    {
        // The main window closes the editor (or the application quits) while the keychain is
        // still answering: the late answer must not reach the deleted dialog.
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("e.ini")));
        QString loadError;
        QVERIFY(store.load(&loadError));
        profiles::FakeSecretStore keychain;
        keychain.setAnswerDelay(100);
        profiles::MemorySecretStore session;
        auto *dialog = new ui::ProfileDialog(ui::ProfileDialog::Mode::Create, profiles::Profile(),
                                             &store, &keychain, &session, {});
        fill(*dialog, QStringLiteral("Late"), QStringLiteral("late-key-pw-9"),
             QStringLiteral("late-key-pw-9"));
        dialog->accept();
        QVERIFY(!dialog->isEnabled()); // waiting for the keychain
        QCOMPARE(keychain.calls(), 1);
        delete dialog;
        QTRY_COMPARE(keychain.answers(), 1);
        // The answer was dropped: nothing saved the profile on behalf of the gone dialog.
        QVERIFY(!store.find(QStringLiteral("Late")).has_value());
    }

    void renameMovesTheKeyPassword()
    {
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("f.ini")));
        QString storeError;
        QVERIFY(store.load(&storeError));
        const profiles::Profile old = keyedProfile(QStringLiteral("Old"));
        QVERIFY2(store.save(old, &storeError), qPrintable(storeError));
        profiles::FakeSecretStore keychain;
        QVERIFY(
            keychain
                .writeBlocking(profiles::keyPasswordSecretKey(old.name), QStringLiteral("old-pw"))
                .ok());
        profiles::MemorySecretStore session;
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Edit, old, &store, &keychain, &session,
                                 {});
        fill(dialog, QStringLiteral("New"), QStringLiteral("new-key-password"),
             QStringLiteral("new-key-password"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.find(QStringLiteral("New")));
        QTRY_VERIFY(!keychain.contents().contains(profiles::keyPasswordSecretKey(old.name)));
        QCOMPARE(keychain.contents().value(profiles::keyPasswordSecretKey(QStringLiteral("New"))),
                 QStringLiteral("new-key-password"));
    }

    void failedRenameKeepsTheOldKeyPassword()
    {
        // The profile is removed by another program (the CLI) while it is being renamed here: the
        // rename fails, is said, and the old profile's key password is not deleted.
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("g.ini")));
        QString storeError;
        QVERIFY(store.load(&storeError));
        const profiles::Profile old = keyedProfile(QStringLiteral("Old"));
        QVERIFY2(store.save(old, &storeError), qPrintable(storeError));
        profiles::FakeSecretStore keychain;
        const QString oldKey = profiles::keyPasswordSecretKey(old.name);
        QVERIFY(keychain.writeBlocking(oldKey, QStringLiteral("old-pw")).ok());
        profiles::MemorySecretStore session;
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Edit, old, &store, &keychain, &session,
                                 {});
        profiles::ProfileStore cli(store.path());
        QVERIFY(cli.load(&storeError));
        QVERIFY(cli.remove(old.name, &storeError));

        fill(dialog, QStringLiteral("New"), QStringLiteral("new-key-password"),
             QStringLiteral("new-key-password"));
        dialog.accept();
        QTRY_VERIFY(dialog.isEnabled()); // the keychain answered, the store was tried
        QVERIFY2(error(dialog).contains(QStringLiteral("no longer exists")),
                 qPrintable(error(dialog)));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        profiles::ProfileStore reread(store.path());
        QVERIFY(reread.load(&storeError));
        QVERIFY(reread.profiles().isEmpty());
        QCOMPARE(keychain.answers(), 2); // the blocking write above and the dialog's write
        QCOMPARE(keychain.contents().value(oldKey), QStringLiteral("old-pw"));
    }

    void weakKeyPasswordIsRefusedWithTheReason()
    {
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("weak.ini")));
        QString loadError;
        QVERIFY(store.load(&loadError));
        profiles::FakeSecretStore keychain;
        profiles::MemorySecretStore session;
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Create, profiles::Profile(), &store,
                                 &keychain, &session, {});
        fill(dialog, QStringLiteral("Weak"), QStringLiteral("short-pw"),
             QStringLiteral("short-pw"));
        dialog.accept();
        QVERIFY2(error(dialog).contains(QStringLiteral("at least 12")), qPrintable(error(dialog)));
        QVERIFY(error(dialog).contains(QStringLiteral("sign as the CA")));
        fill(dialog, QStringLiteral("Weak"), QStringLiteral("abababababababab"),
             QStringLiteral("abababababababab"));
        dialog.accept();
        QVERIFY2(error(dialog).contains(QStringLiteral("too few different")),
                 qPrintable(error(dialog)));
        QCOMPARE(keychain.calls(), 0);
        QVERIFY(!store.find(QStringLiteral("Weak")).has_value());
        fill(dialog, QStringLiteral("Weak"), QStringLiteral("three words passphrase"),
             QStringLiteral("three words passphrase"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(store.find(QStringLiteral("Weak")).has_value());
    }

    void editingKeepsALogsOnlyProfileLogsOnly()
    {
        // The type and the key password source are two choices: choosing one must not clear
        // the other (an hourly logs-only profile must not become an hourly full backup).
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("types.ini")));
        QString storeError;
        QVERIFY(store.load(&storeError));
        profiles::Profile hourly = keyedProfile(QStringLiteral("Hourly"));
        hourly.type = engine::SetType::LogsOnly;
        QVERIFY2(store.save(hourly, &storeError), qPrintable(storeError));
        profiles::FakeSecretStore keychain;
        profiles::MemorySecretStore session;
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Edit, hourly, &store, &keychain, &session,
                                 {});
        auto *logs = dialog.findChild<QRadioButton *>(QStringLiteral("profileLogsRadio"));
        auto *full = dialog.findChild<QRadioButton *>(QStringLiteral("profileFullRadio"));
        auto *keychainRadio =
            dialog.findChild<QRadioButton *>(QStringLiteral("profileKeyKeychainRadio"));
        auto *ask = dialog.findChild<QRadioButton *>(QStringLiteral("profileKeyAskRadio"));
        QVERIFY(logs->isChecked());
        QVERIFY(keychainRadio->isChecked());
        QVERIFY(!full->isChecked());
        ask->click();
        QVERIFY(ask->isChecked());
        QVERIFY(logs->isChecked());
        full->click();
        logs->click();
        QVERIFY(ask->isChecked());
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<profiles::Profile> saved = store.find(QStringLiteral("Hourly"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->type, engine::SetType::LogsOnly);
        QCOMPARE(saved->keyPasswordSource, profiles::KeyPasswordSource::AskEachTime);
    }

    void duplicateNeedsAnotherName()
    {
        profiles::ProfileStore store(m_dir.filePath(QStringLiteral("d.ini")));
        QString loadError;
        QVERIFY(store.load(&loadError));
        profiles::Profile existing;
        existing.name = QStringLiteral("Daily");
        existing.server = QStringLiteral("CA01");
        existing.destination = m_dir.filePath(QStringLiteral("backups"));
        QString saveError;
        QVERIFY2(store.save(existing, &saveError), qPrintable(saveError));
        profiles::FakeSecretStore keychain;
        profiles::MemorySecretStore session;
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Duplicate, existing, &store, &keychain,
                                 &session, {});
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
        QCOMPARE(name->text(), ui::ProfileDialog::tr("%1 (copy)").arg(QStringLiteral("Daily")));
        name->setText(QStringLiteral("daily"));
        dialog.accept();
        QVERIFY(error(dialog).contains(QStringLiteral("exists")));
        name->setText(QStringLiteral("Daily 2"));
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.profiles().size(), 2);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    TestProfileDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profiledialog.moc"
